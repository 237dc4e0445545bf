using System.ComponentModel;
using ShipSim.Cli.Commands;
using ShipSim.Scenarios.Files;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Demo;

/// <summary>
/// Plays the demo's story (docs/scenarios/demo.yaml, embedded) with the same runner as <c>run</c>: live in the
/// terminal (every screen, every node's role over time, the airlocks, the fault and command just applied), or as a
/// text timeline with each takeover and its tick when the output is not a terminal or with <c>--no-live</c>.
/// <c>--baseline</c> plays the same story with one programmable block and no failover beside it. Exit 0 when every
/// expectation of the story is met and no invariant broke (in either run), 1 otherwise.
/// </summary>
public sealed class DemoCommand : ToolCommand<DemoCommand.Settings>
{
    public const double DefaultSpeed = 10;
    public const double MaxSpeed = 10_000;
    /// <summary>The width text output is laid out for when it goes to a file or a pipe.</summary>
    public const int TextWidth = 160;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--seed <N>")]
        [Description("Play with this seed instead of the story's (update slots and every other random choice).")]
        public long? Seed { get; set; }

        [CommandOption("--speed <X>")]
        [Description("Game time per wall-clock time in the live view (default 10: ten seconds of game per second). Text output is not paced.")]
        public double Speed { get; set; } = DefaultSpeed;

        [CommandOption("--no-live")]
        [Description("Print the timeline as text (also when the output is not a terminal).")]
        public bool NoLive { get; set; }

        [CommandOption("--baseline")]
        [Description("Also play the same story with one programmable block and no failover, side by side, and compare.")]
        public bool Baseline { get; set; }

        [CommandOption("--report <FILE>")]
        [Description("Write the HTML report of the story (with --baseline, the baseline's beside it as FILE-baseline.html).")]
        public string? ReportFile { get; set; }

        public override ValidationResult Validate()
        {
            if (Seed is < 0)
                return ValidationResult.Error("--seed must not be negative");
            if (double.IsNaN(Speed) || Speed <= 0 || Speed > MaxSpeed)
                return ValidationResult.Error($"--speed must be more than 0 and at most {MaxSpeed:0}");
            if (ReportFile != null && (ReportFile.Length == 0 || Directory.Exists(ReportFile)))
                return ValidationResult.Error($"--report takes a file name, not '{ReportFile}'");
            return ValidationResult.Success();
        }
    }

    /// <summary>Whether the live view can run: an interactive terminal that takes ANSI codes, output not redirected.</summary>
    static bool CanGoLive(IAnsiConsole console) =>
        console.Profile.Capabilities is { Interactive: true, Ansi: true } && !Console.IsOutputRedirected;

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var story = DemoStory.Definition(settings.Seed);
        var baselineStory = settings.Baseline ? DemoStory.Baseline(story) : null;
        var output = Terminal.Out;
        var live = !settings.NoLive && CanGoLive(output);
        ScenarioRunner.ScenarioRun? main = null, baseline = null;
        try
        {
            void Start()
            {
                main = ScenarioRunner.Start(story);
                if (baselineStory != null)
                    baseline = ScenarioRunner.Start(baselineStory);
            }
            if (live)
                output.Status().Start("Packing RedundantAirlock as MDK2 does and compiling it for every programmable block...", _ => Start());
            else
                Start();
        }
        catch (ScenarioException e)
        {
            foreach (var error in e.Errors)
                Terminal.Error.WriteLine("error: " + error);
            throw new ToolException($"the demo's story does not play ({e.Errors.Count} error(s))");
        }
        if (!live && !output.Profile.Capabilities.Interactive)
            output.Profile.Width = Math.Max(output.Profile.Width, TextWidth); // a file or a pipe: one line per event
        using (main)
        using (baseline)
        {
            if (live)
                new DemoLive(main!, baseline, settings.Speed).Play(output, cancellationToken);
            var outcome = main!.Finish();
            var baselineOutcome = baseline?.Finish();
            DemoText.Print(output, outcome, baselineOutcome, timeline: !live);
            if (settings.ReportFile != null)
            {
                WriteReport(outcome, settings.ReportFile);
                if (baselineOutcome != null)
                    WriteReport(baselineOutcome, BaselineReportFile(settings.ReportFile));
            }
            var passed = outcome.Passed && (baselineOutcome == null || baselineOutcome.Violations.Count == 0);
            return passed ? ShipSimApp.Ok : ShipSimApp.Failed;
        }
    }

    /// <summary>"demo.html" → "demo-baseline.html".</summary>
    public static string BaselineReportFile(string report)
    {
        var folder = Path.GetDirectoryName(report) ?? "";
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(report) + "-baseline" + Path.GetExtension(report));
    }

    static void WriteReport(ScenarioOutcome outcome, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder != null && !Directory.Exists(folder))
            throw new ToolException($"cannot write {path}: the folder {folder} does not exist");
        try
        {
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            ScenarioReport.Write(outcome, writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"cannot write {path}: {e.Message}", e);
        }
        Terminal.Out.MarkupLine($"Report: [bold]{Markup.Escape(path)}[/]");
    }
}
