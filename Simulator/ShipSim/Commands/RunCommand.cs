using System.ComponentModel;
using ShipSim.Scenarios.Files;
using ShipSim.World.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>Plays a scenario file (docs/scenarios.md): prints the timeline (faults, commands, role changes, airlock
/// phases), the expectations met and failed and any invariant broken; writes the HTML report and the trace when
/// asked. Exit 0 when every expectation is met and no invariant broke, 1 otherwise or when the file is not a valid
/// scenario (each error with its line and column).</summary>
public sealed class RunCommand : ToolCommand<RunCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<SCENARIO>")]
        [Description("The scenario file (YAML, docs/scenarios.md).")]
        public string Scenario { get; set; } = "";

        [CommandOption("--report <FILE>")]
        [Description("Write a self-contained HTML report: the timeline of roles, airlocks, doors and air, and every screen at any moment.")]
        public string? ReportFile { get; set; }

        [CommandOption("--trace <FILE>")]
        [Description("Write the per-tick JSON-lines trace (blocks that changed, runs, messages).")]
        public string? Trace { get; set; }

        [CommandOption("--seed <N>")]
        [Description("Play with this seed instead of the scenario's.")]
        public long? Seed { get; set; }

        [CommandOption("--quiet")]
        [Description("Print only the verdict and what failed.")]
        public bool Quiet { get; set; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Scenario))
                return ValidationResult.Error("run needs a scenario file");
            if (Seed is < 0)
                return ValidationResult.Error("--seed must not be negative");
            foreach (var (option, file) in new[] { ("--report", ReportFile), ("--trace", Trace) })
            {
                if (file == null)
                    continue;
                if (file.Length == 0 || Directory.Exists(file))
                    return ValidationResult.Error($"{option} takes a file name, not '{file}'");
            }
            if (ReportFile != null && Trace != null && Path.GetFullPath(ReportFile) == Path.GetFullPath(Trace))
                return ValidationResult.Error("--report and --trace name the same file");
            return ValidationResult.Success();
        }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        if (Directory.Exists(settings.Scenario))
            throw new ToolException($"{settings.Scenario} is a folder; run takes a scenario file");
        if (!File.Exists(settings.Scenario))
            throw new ToolException($"{settings.Scenario}: scenario file not found");
        ScenarioOutcome outcome;
        try
        {
            var definition = ScenarioReader.ReadFile(settings.Scenario);
            if (settings.Seed is { } seed)
                definition = definition with { Seed = seed };
            using var trace = settings.Trace != null ? OpenWriter(settings.Trace) : null;
            outcome = ScenarioRunner.Run(definition, trace);
        }
        catch (ScenarioException e)
        {
            foreach (var error in e.Errors)
                Terminal.Error.WriteLine("error: " + error);
            Terminal.Error.WriteLine($"{e.Errors.Count} error(s) in {settings.Scenario}; nothing was played");
            return ShipSimApp.Failed;
        }
        Print(outcome, settings.Quiet);
        if (settings.ReportFile != null)
        {
            using (var writer = OpenWriter(settings.ReportFile))
                ScenarioReport.Write(outcome, writer);
            Terminal.Out.MarkupLine($"Report: [bold]{Markup.Escape(settings.ReportFile)}[/]");
        }
        if (settings.Trace != null)
            Terminal.Out.MarkupLine($"Trace: [bold]{Markup.Escape(settings.Trace)}[/]");
        return outcome.Passed ? ShipSimApp.Ok : ShipSimApp.Failed;
    }

    static StreamWriter OpenWriter(string path)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder != null && !Directory.Exists(folder))
                throw new ToolException($"cannot write {path}: the folder {folder} does not exist");
            return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"cannot write {path}: {e.Message}", e);
        }
    }

    static string Time(long tick) => $"{tick,6} ({TimeSpan.FromSeconds((double)tick / SimWorld.TicksPerSecond):m\\:ss\\.ff})";

    static void Print(ScenarioOutcome outcome, bool quiet)
    {
        var definition = outcome.Definition;
        var output = Terminal.Out;
        output.MarkupLine($"[bold]{Markup.Escape(definition.Name)}[/]: {outcome.Ship.Nodes.Count} programmable block(s), {outcome.Ship.Airlocks.Count} airlock(s), " +
            $"seed {definition.Seed}, {outcome.Recording.Ticks:N0} ticks, {outcome.Runs:N0} script runs");
        if (!quiet)
        {
            var lines = new List<(long Tick, int Order, string Text)>();
            foreach (var mark in outcome.Recording.Marks)
                lines.Add((mark.Tick, 0, mark.Kind switch
                {
                    "fault" => $"[red]fault[/]    {Markup.Escape(mark.Text)}",
                    "command" or "press" => $"[blue]{mark.Kind,-8}[/] {Markup.Escape(mark.Text)}",
                    "met" => $"[green]met[/]      {Markup.Escape(mark.Text)}",
                    "failed" => $"[red]FAILED[/]   {Markup.Escape(mark.Text)}",
                    _ => $"[red]{Markup.Escape(mark.Kind)}[/] {Markup.Escape(mark.Text)}",
                }));
            foreach (var node in outcome.Recording.Nodes)
                foreach (var change in node.Roles.Skip(1))
                    lines.Add((change.Tick, 1, $"[yellow]role[/]     {Markup.Escape(node.Name)}: {Markup.Escape(change.Value)}"));
            foreach (var airlock in outcome.Recording.Airlocks)
                foreach (var change in airlock.Phases.Skip(1))
                    lines.Add((change.Tick, 2, $"[grey]airlock[/]  {Markup.Escape(airlock.Name)}: {Markup.Escape(change.Value)}"));
            foreach (var (tick, _, text) in lines.OrderBy(l => l.Tick).ThenBy(l => l.Order))
                output.MarkupLine($"[grey]{Time(tick)}[/] {text}");
        }
        foreach (var failed in outcome.Failed)
            output.MarkupLine($"[red]FAILED[/] {Markup.Escape(failed.ToString())}");
        foreach (var violation in outcome.Violations)
            output.MarkupLine($"[red]VIOLATION[/] {Markup.Escape(violation.ToString())}");
        var met = outcome.Expectations.Count(e => e.Passed);
        output.MarkupLine(outcome.Passed
            ? $"[green]PASSED[/]: {met} of {outcome.Expectations.Count} expectation(s) met, no invariant broken"
            : $"[red]FAILED[/]: {met} of {outcome.Expectations.Count} expectation(s) met, {outcome.Violations.Count} invariant violation(s)");
    }
}
