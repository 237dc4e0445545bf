using ShipSim.Scenarios.Files;
using ShipSim.World.Core;
using Spectre.Console;

namespace ShipSim.Cli.Demo;

/// <summary>The demo as text: the timeline (faults, commands and presses, roles, airlock phases, each takeover with
/// its tick), the takeovers, and with a baseline what failover changed; then the verdict.</summary>
static class DemoText
{
    public static string Time(long tick) => TimeSpan.FromSeconds((double)tick / SimWorld.TicksPerSecond).ToString(@"m\:ss\.ff", System.Globalization.CultureInfo.InvariantCulture);

    public static void Print(IAnsiConsole output, ScenarioOutcome outcome, ScenarioOutcome? baseline, bool timeline)
    {
        var takeovers = DemoStory.Takeovers(outcome.Ship, outcome.Recording);
        Header(output, outcome);
        if (timeline)
        {
            output.WriteLine();
            Timeline(output, outcome, takeovers);
        }
        output.WriteLine();
        output.MarkupLine("[bold]Takeovers[/]");
        foreach (var takeover in takeovers)
            output.MarkupLine("  " + Markup.Escape(takeover.ToString()));
        if (baseline != null)
        {
            output.WriteLine();
            Header(output, baseline);
            if (timeline)
            {
                output.WriteLine();
                Timeline(output, baseline, DemoStory.Takeovers(baseline.Ship, baseline.Recording));
            }
            output.WriteLine();
            Compare(output, outcome, baseline, takeovers);
        }
        output.WriteLine();
        foreach (var failed in outcome.Failed)
            output.MarkupLine($"[red]FAILED[/] {Markup.Escape(failed.ToString())}");
        foreach (var violation in outcome.Violations.Concat(baseline?.Violations ?? []))
            output.MarkupLine($"[red]VIOLATION[/] {Markup.Escape(violation.ToString())}");
        var met = outcome.Expectations.Count(e => e.Passed);
        output.MarkupLine(outcome.Passed
            ? $"[green]PASSED[/]: {met} of {outcome.Expectations.Count} expectation(s) of the story met, no invariant broken"
            : $"[red]FAILED[/]: {met} of {outcome.Expectations.Count} expectation(s) of the story met, {outcome.Violations.Count} invariant violation(s)");
        if (baseline != null)
            output.MarkupLine(baseline.Violations.Count == 0
                ? "Baseline: no invariant broken (its failed expectations are what failover prevents)"
                : $"[red]Baseline: {baseline.Violations.Count} invariant violation(s)[/]");
    }

    static void Header(IAnsiConsole output, ScenarioOutcome outcome)
    {
        var ship = outcome.Ship;
        var nodes = DemoStory.ShipNodes(ship);
        output.MarkupLine($"[bold]{Markup.Escape(outcome.Definition.Name)}[/]");
        output.MarkupLine($"{nodes.Count} programmable block(s) on the ship ({Markup.Escape(string.Join(", ", nodes.Select(i => ship.Nodes[i].CustomName)))}), " +
            $"{ship.Airlocks.Count} airlock(s), seed {outcome.Definition.Seed}, {outcome.Recording.Ticks:N0} ticks ({Time(outcome.Recording.Ticks)} of game time), {outcome.Runs:N0} script runs");
    }

    static void Timeline(IAnsiConsole output, ScenarioOutcome outcome, List<Takeover> takeovers)
    {
        var lines = new List<(long Tick, int Order, string Text)>();
        foreach (var mark in outcome.Recording.Marks)
            lines.Add((mark.Tick, 0, mark.Kind switch
            {
                "fault" => $"[red]fault[/]     {Markup.Escape(mark.Text)}",
                "command" or "press" => $"[blue]{mark.Kind,-9}[/] {Markup.Escape(mark.Text)}",
                "met" => $"[green]met[/]       {Markup.Escape(mark.Text)}",
                "failed" => $"[red]NOT MET[/]   {Markup.Escape(mark.Text)}",
                _ => $"[red]{Markup.Escape(mark.Kind),-9}[/] {Markup.Escape(mark.Text)}",
            }));
        foreach (var takeover in takeovers)
            lines.Add((takeover.Tick, 1, $"[bold yellow]TAKEOVER[/]  {Markup.Escape(takeover.ToString())}"));
        foreach (var node in outcome.Recording.Nodes)
            foreach (var change in node.Roles)
                lines.Add((change.Tick, 2, $"[yellow]role[/]      {Markup.Escape(node.Name)}: {Markup.Escape(change.Value)}"));
        foreach (var airlock in outcome.Recording.Airlocks)
            foreach (var change in airlock.Phases.Skip(1))
                lines.Add((change.Tick, 3, $"[grey]airlock[/]   {Markup.Escape(airlock.Name)}: {Markup.Escape(change.Value)}"));
        foreach (var (tick, _, text) in lines.OrderBy(l => l.Tick).ThenBy(l => l.Order))
            output.MarkupLine($"[grey]{tick,6} {Time(tick)}[/]  {text}");
    }

    /// <summary>The first loss of the leader, side by side: who took over, each airlock that was mid-cycle, each press
    /// or command given in that tick; then what was left of the story, and the expectations.</summary>
    static void Compare(IAnsiConsole output, ScenarioOutcome main, ScenarioOutcome baseline, List<Takeover> takeovers)
    {
        var table = new Table().Title("[bold]What failover changed[/]").Border(TableBorder.Rounded)
            .AddColumn("").AddColumn($"with failover ({DemoStory.ShipNodes(main.Ship).Count} PBs)").AddColumn("baseline (one PB)");
        var loss = takeovers.FirstOrDefault(t => t.From != null && t.Why.EndsWith("destroyed", StringComparison.Ordinal));
        if (loss != null)
        {
            var tick = loss.Tick;
            var baseLeft = baseline.Recording.Nodes.Where((n, i) => DemoStory.ShipNodes(baseline.Ship).Contains(i))
                .Count(n => ScenarioRecording.At(n.Roles, tick) is "active" or "standby" or "starting");
            table.AddRow(Markup.Escape($"tick {tick}: {loss.Why}"), Markup.Escape($"{loss.Node} takes over in tick {tick}"),
                baseLeft == 0 ? "[red]no programmable block left: nothing runs the airlocks from here on[/]" : $"{baseLeft} block(s) left");
            for (var i = 0; i < main.Recording.Airlocks.Count; i++)
            {
                var track = main.Recording.Airlocks[i];
                var phase = ScenarioRecording.At(track.Phases, tick);
                if (phase is not (AirlockPhases.Depressurizing or AirlockPhases.Pressurizing or AirlockPhases.Moving))
                    continue;
                var done = track.Phases.FirstOrDefault(p => p.Tick > tick && p.Value is AirlockPhases.OpenInside or AirlockPhases.OpenOutside);
                var baseTrack = baseline.Recording.Airlocks[i];
                var later = Math.Min(baseline.Recording.Ticks, tick + 6 * SimWorld.TicksPerSecond);
                var screens = baseline.Ship.Airlocks[i].Screens;
                var lcd = (screens.Count > 0 ? screens[0].Surface.Shown : null)?.Replace("\n", ", ", StringComparison.Ordinal);
                table.AddRow(Markup.Escape($"{track.Name}, {phase} at tick {tick}"),
                    done.Tick > 0 ? Markup.Escape($"cycle finished: {done.Value} at tick {done.Tick}") : "[red]not finished[/]",
                    DemoStory.Openings(baseTrack, tick, baseline.Recording.Ticks) == 0
                        ? $"[red]stuck mid-cycle[/]: {Markup.Escape(DemoStory.StateAt(baseTrack, later))}" + (lcd is { Length: > 0 } ? Markup.Escape($"; its LCD still reads \"{lcd}\"") : "")
                        : Markup.Escape($"finished: {DemoStory.StateAt(baseTrack, later)}"));
            }
            foreach (var press in main.Recording.Marks.Where(m => m.Tick == tick && m.Kind is "press" or "command"))
            {
                var target = press.Text.StartsWith("press ", StringComparison.Ordinal) ? press.Text[6..] : press.Text;
                if (DemoStory.AirlockOf(main.Ship, target) is not { } i)
                    continue;
                var window = tick + 15 * SimWorld.TicksPerSecond;
                var runs = DemoStory.Openings(main.Recording.Airlocks[i], tick, window);
                var opened = main.Recording.Airlocks[i].Phases.FirstOrDefault(p => p.Tick >= tick && p.Value is AirlockPhases.OpenInside or AirlockPhases.OpenOutside);
                var baseRuns = DemoStory.Openings(baseline.Recording.Airlocks[i], tick, window);
                var baseMoved = baseline.Recording.Airlocks[i].Phases.Any(p => p.Tick >= tick && p.Tick < window);
                table.AddRow(Markup.Escape($"{press.Text}, in that tick"),
                    runs == 1 ? Markup.Escape($"run once: {main.Recording.Airlocks[i].Name} {opened.Value} at tick {opened.Tick}") : $"[red]run {runs} times[/]",
                    baseRuns == 0 && !baseMoved ? $"[red]lost[/]: {Markup.Escape(main.Recording.Airlocks[i].Name)}'s doors never moved" : Markup.Escape($"{baseRuns} cycle(s)"));
            }
            var after = baseline.Recording.Marks.Count(m => m.Tick > tick && m.Kind is "press" or "command");
            if (baseLeft == 0 && after > 0)
                table.AddRow("the rest of the story", Markup.Escape(string.Join("\n", takeovers.Where(t => t.Tick > tick).Select(t => t.ToString()))),
                    $"[red]{after} later press(es) and command(s) with no block to run them[/]");
        }
        var met = main.Expectations.Count(e => e.Passed);
        var baseMet = baseline.Expectations.Count(e => e.Passed);
        table.AddRow("expectations", $"{met} of {main.Expectations.Count} met",
            Markup.Escape($"{baseMet} of {baseline.Expectations.Count} met (the airlock ones)"));
        output.Write(table);
        foreach (var failed in baseline.Failed)
            output.MarkupLine($"  [grey]baseline, not met:[/] {Markup.Escape(failed.ToString())}");
    }
}
