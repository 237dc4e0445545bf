using System.Reflection;
using ShipSim.Scenarios.Files;

namespace ShipSim.Cli.Demo;

/// <summary>A node taking the lead from another, as the recording shows it (roles judged from the world and the
/// blocks' own screens).</summary>
public sealed record Takeover(long Tick, string Node, string? From, string Why)
{
    /// <summary>"tick 1830: PB Airlock 2 takes over (PB Airlock 1 destroyed)".</summary>
    public override string ToString() => From == null ? $"tick {Tick}: {Node} leads ({Why})" : $"tick {Tick}: {Node} takes over ({Why})";
}

/// <summary>
/// The demo's story: docs/scenarios/demo.yaml (embedded in the tool, and played by the tests like every file
/// there), the baseline made from it (the same ship and timeline with the first programmable block alone: no
/// failover), and what a recording says about who led when.
/// </summary>
public static class DemoStory
{
    /// <summary>Where the story lives in the repository (and the name its errors carry).</summary>
    public const string File = "docs/scenarios/demo.yaml";

    /// <summary>The story's text, as embedded when the tool was built.</summary>
    public static string Text()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("demo.yaml")
            ?? throw new InvalidOperationException("demo.yaml is not embedded in shipsim");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The story, read.</summary>
    public static ScenarioDefinition Definition(long? seed = null)
    {
        var definition = ScenarioReader.Read(Text(), File);
        return seed is { } s ? definition with { Seed = s } : definition;
    }

    /// <summary>
    /// The same story on the same ship with the first grid's first programmable block alone (the same script: with
    /// no peer, nothing fails over). Timeline entries that name the removed blocks are left out, and so are the
    /// role expectations; the airlock expectations stay, so what goes wrong without failover is listed.
    /// </summary>
    public static ScenarioDefinition Baseline(ScenarioDefinition story)
    {
        var first = story.Grids.FirstOrDefault(g => g.ProgrammableBlocks.Count > 0)
            ?? throw new InvalidOperationException("the story has no programmable block");
        var kept = first.ProgrammableBlocks[0];
        var removed = first.ProgrammableBlocks.Skip(1).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        bool Names(string target) => removed.Contains(target) || removed.Contains(target.Split('/')[^1]) && target.StartsWith(first.Name + "/", StringComparison.Ordinal);
        var grids = story.Grids.Select(g =>
        {
            var copy = new GridDef(g.Name, g.At) { DockedTo = g.DockedTo, DockedToAt = g.DockedToAt, Powered = g.Powered };
            copy.Rooms.AddRange(g.Rooms);
            copy.Tanks.AddRange(g.Tanks);
            copy.ProgrammableBlocks.AddRange(g == first ? [kept] : g.ProgrammableBlocks);
            copy.Airlocks.AddRange(g.Airlocks);
            copy.Blocks.AddRange(g.Blocks);
            return copy;
        }).ToList();
        var timeline = story.Timeline.Where(e => e switch
        {
            FaultEntry f => !Names(f.Target),
            CommandEntry c => c.To == null || !Names(c.To),
            ExpectEntry { What: AirlockExpectation } => true,
            ExpectEntry => false,
            _ => true,
        }).ToList();
        return story with
        {
            Name = $"{story.Name} (baseline: {kept.Name} alone, no failover)",
            Grids = grids,
            Timeline = timeline,
            Checks = story.Checks.Where(c => c.Name is "runs" or "airlocks").ToList(),
        };
    }

    /// <summary>The nodes of the first grid (the ship; a docked visitor's copy leads only its own ship).</summary>
    public static List<int> ShipNodes(ScenarioShip ship) =>
        Enumerable.Range(0, ship.Nodes.Count).Where(i => ship.Nodes[i].Grid == ship.Nodes[0].Grid).ToList();

    /// <summary>Every change of leader among the ship's nodes, with its cause as the world showed it: the lost
    /// leader's state at that tick (destroyed, crashed, off, restarting), a yield, or a hand-back at a safe point.</summary>
    public static List<Takeover> Takeovers(ScenarioShip ship, ScenarioRecording recording)
    {
        var nodes = ShipNodes(ship);
        var ticks = nodes.SelectMany(i => recording.Nodes[i].Roles.Select(r => r.Tick)).Distinct().Order().ToList();
        var yields = recording.Marks.Where(m => m.Kind == "command" && m.Text.Contains("\"failover yield\"", StringComparison.Ordinal)).Select(m => m.Tick).ToList();
        var result = new List<Takeover>();
        int? leader = null;
        foreach (var tick in ticks)
        {
            string RoleOf(int i) => ScenarioRecording.At(recording.Nodes[i].Roles, tick) ?? "";
            var actives = nodes.Where(i => RoleOf(i) == "active").ToList();
            if (actives.Count == 0 || leader is { } l && actives.Contains(l))
                continue;
            var next = actives[0];
            var name = recording.Nodes[next].Name;
            if (leader is not { } from)
                result.Add(new Takeover(tick, name, null, "the best rank, at the first election"));
            else
            {
                var was = recording.Nodes[from].Name;
                var why = RoleOf(from) switch
                {
                    "destroyed" => $"{was} destroyed",
                    "crashed" => $"{was}'s script crashed",
                    "off" => $"{was} off",
                    "no script" => $"{was} has no script",
                    "starting" => $"{was} restarting",
                    _ when yields.Any(y => y <= tick && tick - y <= 5) => $"{was} yielded: failover yield",
                    _ => $"{was} handed back at a safe point",
                };
                result.Add(new Takeover(tick, name, was, why));
            }
            leader = next;
        }
        return result;
    }

    /// <summary>The airlock a button or timer belongs to ("Airlock 2 Outside Button" is Airlock 2's), if any.</summary>
    public static int? AirlockOf(ScenarioShip ship, string block)
    {
        var name = block.Split('/')[^1];
        var grid = block.Contains('/', StringComparison.Ordinal) ? block.Split('/')[0] : ship.Nodes.Count > 0 ? ship.Nodes[0].Grid.CustomName : null;
        for (var i = 0; i < ship.Airlocks.Count; i++)
        {
            var view = ship.Airlocks[i];
            if (name.StartsWith(view.Group + " ", StringComparison.Ordinal) && view.FullName.StartsWith(grid + "/", StringComparison.Ordinal))
                return i;
        }
        return null;
    }

    /// <summary>How many times the airlock opened a side (a cycle done) in the ticks [from, to).</summary>
    public static int Openings(AirlockTrack track, long from, long to) =>
        track.Phases.Count(p => p.Tick >= from && p.Tick < to && p.Value is AirlockPhases.OpenInside or AirlockPhases.OpenOutside);

    /// <summary>The airlock's state at a tick in words: "sealed, inner closed locked, outer closed locked, O2 0%".</summary>
    public static string StateAt(AirlockTrack track, long tick)
    {
        var oxygen = track.Oxygen.LastOrDefault(o => o.Tick <= tick).Level;
        return $"{ScenarioRecording.At(track.Phases, tick)}, inner {ScenarioRecording.At(track.Inner, tick)}, outer {ScenarioRecording.At(track.Outer, tick)}, O2 {oxygen * 100:0}%";
    }
}
