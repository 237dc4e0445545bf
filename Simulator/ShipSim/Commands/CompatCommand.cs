using System.ComponentModel;
using ShipSim.Cli.Compat;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>Game-compiles and runs the public scripts of the compatibility corpus; prints a line per script and
/// (with --out) writes the report. The corpus is fetched outside the repository (see docs/compat.md).</summary>
public sealed class CompatCommand : Command<CompatCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--corpus <DIR>")]
        [Description("Folder holding the fetched repositories, one per <owner>+<name>.")]
        public string Corpus { get; set; } = "";

        [CommandOption("--manifest <FILE>")]
        [Description("The corpus list. Default docs/compat-corpus.json of the repository.")]
        public string? Manifest { get; set; }

        [CommandOption("--minutes <M>")]
        [Description("Game time each script runs. Default 10.")]
        [DefaultValue(10.0)]
        public double Minutes { get; set; } = 10;

        [CommandOption("--out <FILE>")]
        [Description("Write the Markdown report there.")]
        public string? Out { get; set; }

        [CommandOption("--only <ID>")]
        [Description("Run only the script with this id.")]
        public string? Only { get; set; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Corpus))
                return ValidationResult.Error("--corpus is required");
            if (!Directory.Exists(Corpus))
                return ValidationResult.Error($"--corpus: no folder {Corpus}");
            if (Minutes <= 0 || Minutes > 600)
                return ValidationResult.Error("--minutes must be above 0 and at most 600");
            if (Manifest != null && !File.Exists(Manifest))
                return ValidationResult.Error($"--manifest: no file {Manifest}");
            ManifestPath = Path.GetFullPath(Manifest ?? Path.Combine(ShipSim.Scenarios.ScriptCatalog.RepositoryRoot(), "docs", "compat-corpus.json"));
            try
            {
                Loaded = CompatManifest.Load(ManifestPath);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                return ValidationResult.Error($"--manifest: {e.Message}");
            }
            if (Only != null && Loaded.Scripts.All(s => s.Id != Only))
                return ValidationResult.Error($"--only: no script with id '{Only}' in {ManifestPath}");
            return base.Validate();
        }

        /// <summary>The manifest, read while validating.</summary>
        internal CompatManifest Loaded { get; private set; } = new([]);
        internal string ManifestPath { get; private set; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var manifestPath = settings.ManifestPath;
        var entries = settings.Loaded.Scripts.Where(s => settings.Only == null || s.Id == settings.Only).ToList();

        var results = new List<CompatResult>();
        foreach (var entry in entries)
        {
            CompatResult result;
            try
            {
                result = CompatRunner.Run(entry, settings.Corpus, settings.Minutes);
            }
            catch (InvalidDataException e)
            {
                // A manifest entry whose world names blocks it does not build: the manifest needs fixing.
                Report.Failure($"{manifestPath}: {e.Message}");
                return 1;
            }
            results.Add(result);
            AnsiConsole.MarkupLine(Markup.Escape($"{entry.Id,-32} compile={result.Compile,-10} run={result.Run,-11} runs={result.Runs,6} max={result.MaxInstructions,6} {result.WallSeconds,6:0.0}s")
                + (result.RunError != null ? " [red]" + Markup.Escape(result.RunError.Split('\n')[0]) + "[/]" : "")
                + (result.CompileErrors.Count > 0 ? " [red]" + Markup.Escape(result.CompileErrors[0]) + "[/]" : ""));
        }
        if (settings.Out != null)
        {
            var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(settings.Out))!, Path.GetFullPath(manifestPath)).Replace('\\', '/');
            File.WriteAllText(settings.Out, CompatReport.Write(results, settings.Minutes, "docs/" + Path.GetFileName(relative)));
            AnsiConsole.MarkupLine($"Report written to [bold]{Markup.Escape(settings.Out)}[/]");
        }
        return 0;
    }
}
