using System.Diagnostics;
using ShipSim.Scenarios.Files;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ShipSim.Cli.Demo;

/// <summary>
/// The demo live in the terminal (a Spectre.Console live display): each PB's screen and each LCD as it reads in game,
/// every node's role over time, each airlock's doors, vent and oxygen, the fault and the command just applied, and
/// the takeovers. Game time runs at <c>speed</c> times wall time (as fast as the simulator goes when it cannot keep
/// up); with a baseline both runs step in lockstep and show side by side.
/// </summary>
public sealed class DemoLive(ScenarioRunner.ScenarioRun main, ScenarioRunner.ScenarioRun? baseline, double speed)
{
    const int FrameMs = 50;
    const int LaneWidth = 48;

    public void Play(IAnsiConsole console, CancellationToken cancellation)
    {
        console.Live(Render())
            .AutoClear(false)
            .Overflow(VerticalOverflow.Ellipsis)
            .Cropping(VerticalOverflowCropping.Top)
            .Start(context =>
            {
                var clock = Stopwatch.StartNew();
                while (!main.Done && !cancellation.IsCancellationRequested)
                {
                    var frameEnd = clock.Elapsed + TimeSpan.FromMilliseconds(FrameMs);
                    var target = (long)(clock.Elapsed.TotalSeconds * speed * SimWorld.TicksPerSecond);
                    while (!main.Done && main.Tick < target && clock.Elapsed < frameEnd)
                    {
                        main.Step();
                        baseline?.Step();
                    }
                    context.UpdateTarget(Render());
                    var rest = frameEnd - clock.Elapsed;
                    if (rest > TimeSpan.Zero)
                        Thread.Sleep(rest);
                }
                context.UpdateTarget(Render());
            });
    }

    IRenderable Render()
    {
        var header = new Markup($"[bold]{Markup.Escape(main.Definition.Name)}[/]\n" +
            $"game time [bold]{DemoText.Time(main.Tick)}[/] (tick {main.Tick:N0} of {main.Ticks:N0})   speed {speed:0.##}x   seed {main.Definition.Seed}");
        if (baseline == null)
            return new Rows(header, Body(main, compact: false));
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow(
            new Panel(Body(main, compact: true)).Header($"with failover: {DemoStory.ShipNodes(main.Ship).Count} PBs").Expand(),
            new Panel(Body(baseline, compact: true)).Header("baseline: one PB, no failover").Expand());
        return new Rows(header, grid);
    }

    static IRenderable Body(ScenarioRunner.ScenarioRun run, bool compact)
    {
        var parts = new List<IRenderable> { Now(run), Roles(run, compact), Airlocks(run) };
        parts.Add(Screens(run, compact));
        parts.Add(Events(run, compact ? 5 : 7));
        return new Rows(parts);
    }

    static IRenderable Now(ScenarioRunner.ScenarioRun run)
    {
        var marks = run.Recording.Marks;
        var fault = marks.LastOrDefault(m => m.Kind == "fault");
        var command = marks.LastOrDefault(m => m.Kind is "command" or "press");
        return new Markup(
            "[red]fault:[/] " + (fault != null ? Markup.Escape($"{fault.Text} (tick {fault.Tick})") : "[grey]none yet[/]") + "\n" +
            "[blue]command:[/] " + (command != null ? Markup.Escape($"{command.Text} (tick {command.Tick})") : "[grey]none yet[/]"));
    }

    static string Colour(string role) => role switch
    {
        "active" => "green",
        "standby" => "deepskyblue1",
        "starting" => "yellow",
        "running" => "green",
        _ => "red",
    };

    static string Glyph(string role) => role switch
    {
        "active" or "running" => "█",
        "standby" => "▒",
        "starting" => "░",
        "destroyed" => "✕",
        _ => "×",
    };

    /// <summary>Each node's role now and a lane of its roles over the whole story so far.</summary>
    static IRenderable Roles(ScenarioRunner.ScenarioRun run, bool compact)
    {
        var width = compact ? LaneWidth / 2 : LaneWidth;
        var table = new Table().Border(TableBorder.Simple).AddColumn("node").AddColumn("role").AddColumn($"roles over {DemoText.Time(run.Ticks)}");
        foreach (var node in run.Recording.Nodes)
        {
            var role = node.Roles.Count > 0 ? node.Roles[^1].Value : "";
            var lane = new System.Text.StringBuilder();
            for (var c = 0; c < width; c++)
            {
                var tick = (c + 1) * run.Ticks / width;
                if (tick > run.Tick)
                {
                    lane.Append("[grey]·[/]");
                    continue;
                }
                var at = ScenarioRecording.At(node.Roles, tick) ?? "";
                lane.Append('[').Append(Colour(at)).Append(']').Append(Glyph(at)).Append("[/]");
            }
            table.AddRow(Markup.Escape(node.Name), $"[{Colour(role)}]{Markup.Escape(role)}[/]", lane.ToString());
        }
        return table;
    }

    /// <summary>Each airlock: its phase as the world shows it, each side's doors, the vent, the chamber's oxygen.</summary>
    static IRenderable Airlocks(ScenarioRunner.ScenarioRun run)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("airlock").AddColumn("phase").AddColumn("inner").AddColumn("outer").AddColumn("vent").AddColumn("O2");
        for (var i = 0; i < run.Ship.Airlocks.Count; i++)
        {
            var view = run.Ship.Airlocks[i];
            var track = run.Recording.Airlocks[i];
            var phase = track.Phases.Count > 0 ? track.Phases[^1].Value : view.Phase;
            var level = Math.Clamp(view.Level, 0, 1);
            var filled = (int)Math.Round(level * 10);
            var bar = $"[deepskyblue1]{new string('█', filled)}[/][grey]{new string('░', 10 - filled)}[/] {level * 100,3:0}%";
            table.AddRow(Markup.Escape(track.Name), Phase(phase), Side(view.Inner), Side(view.Outer), Vent(view.Vents), bar);
        }
        return table;
    }

    static string Phase(string phase) => phase switch
    {
        AirlockPhases.BothOpen => $"[red bold]{phase}[/]",
        AirlockPhases.Depressurizing or AirlockPhases.Pressurizing or AirlockPhases.Moving => $"[yellow]{phase}[/]",
        _ => phase,
    };

    static string Side(IReadOnlyList<SimDoor> doors)
    {
        var state = AirlockView.SideState(doors);
        var text = state == "open" ? "[green]open[/]" : state == "closed" ? "closed" : $"[yellow]{state}[/]";
        return AirlockView.Locked(doors) ? text + " [red]locked[/]" : text;
    }

    static string Vent(IReadOnlyList<SimAirVent> vents)
    {
        var vent = vents.FirstOrDefault(v => !v.Closed);
        if (vent == null)
            return "[grey]none[/]";
        if (!vent.IsWorking)
            return "[red]off[/]";
        return vent.Depressurize ? $"[yellow]out[/] {vent.Status}" : $"in {vent.Status}";
    }

    /// <summary>Every PB's main screen and every LCD, as they read in game (dark while the block is off).</summary>
    static IRenderable Screens(ScenarioRunner.ScenarioRun run, bool compact)
    {
        var panels = new List<IRenderable>();
        var maxLines = compact ? 5 : 9;
        var width = compact ? 34 : 44;
        foreach (var pb in run.Ship.Nodes)
        {
            var role = ScenarioRecording.Role(pb);
            var text = pb.Closed ? "(destroyed)" : pb.Surfaces[0].Shown;
            panels.Add(Screen(pb.CustomName, $"[{Colour(role)}]{Markup.Escape(role)}[/]", text, maxLines, width));
        }
        foreach (var lcd in run.Ship.World.BlocksOf<SimTextPanel>())
        {
            if (compact && run.Ship.Airlocks.All(a => !a.Screens.Contains(lcd)))
                continue;
            var name = run.Ship.Nodes.Count > 0 && lcd.Grid != run.Ship.Nodes[0].Grid ? lcd.Grid.CustomName + "/" + lcd.CustomName : lcd.CustomName;
            panels.Add(Screen(name, name.EndsWith("LCD", StringComparison.Ordinal) ? "" : "(LCD)", lcd.Surface.Shown, maxLines, width));
        }
        return new Columns(panels) { Expand = false };
    }

    static Panel Screen(string name, string label, string text, int maxLines, int width)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Length > width - 4 ? l[..(width - 5)] + "…" : l).Take(maxLines).ToList();
        var body = lines.Count == 0 || lines.All(l => l.Length == 0) ? new Markup("[grey](dark)[/]") : (IRenderable)new Text(string.Join("\n", lines));
        return new Panel(body) { Width = width }.Header(label.Length > 0 ? $"{Markup.Escape(name)} {label}" : Markup.Escape(name)).Border(BoxBorder.Rounded);
    }

    /// <summary>The newest takeovers, faults, commands and failed expectations.</summary>
    static IRenderable Events(ScenarioRunner.ScenarioRun run, int count)
    {
        var lines = run.Recording.Marks.Where(m => m.Kind is "fault" or "command" or "press" or "failed" or "violation")
            .Select(m => (m.Tick, Text: m.Kind switch
            {
                "fault" => $"[red]fault[/]   {Markup.Escape(m.Text)}",
                "failed" or "violation" => $"[red]{m.Kind.ToUpperInvariant()}[/] {Markup.Escape(m.Text)}",
                _ => $"[blue]{m.Kind}[/] {Markup.Escape(m.Text)}",
            }))
            .Concat(DemoStory.Takeovers(run.Ship, run.Recording).Select(t => (t.Tick, Text: $"[bold yellow]{Markup.Escape(t.ToString())}[/]")))
            .OrderBy(l => l.Tick).TakeLast(count)
            .Select(l => $"[grey]{l.Tick,6} {DemoText.Time(l.Tick)}[/] {l.Text}");
        return new Markup(string.Join("\n", lines.DefaultIfEmpty("[grey]no event yet[/]")));
    }
}
