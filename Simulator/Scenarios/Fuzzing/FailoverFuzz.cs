using ShipSim.Scenarios.Checkers;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Faults;

namespace ShipSim.Scenarios.Fuzzing;

/// <summary>What one seed of <see cref="FailoverFuzz"/> or <see cref="AirlockFuzz"/> (<see cref="Ship"/>) did and found.</summary>
public sealed record FuzzOutcome(long Seed, long Ticks, int Nodes, bool Visitor, int Faults, int Commands, int Runs,
    int Effects, IReadOnlyList<Violation> Violations, IReadOnlyList<string> Schedule, IReadOnlyList<string> Screens, string Ship = "failover")
{
    public bool Passed => Violations.Count == 0;

    /// <summary>The one command that replays this seed.</summary>
    public string ReplayCommand =>
        $"dotnet run --project Simulator/ShipSim -- fuzz --seed {Seed} --ship {Ship}" + (Ticks != FailoverFuzz.DefaultTicks ? $" --minutes {Ticks / 3600.0:0.##}" : "");
}

/// <summary>
/// One seeded failover scenario, VOPR style: the seed decides everything - how many programmable blocks (2 to 5)
/// run the script, their preempt setting, whether a visiting ship running the same script with the same id is
/// docked, which faults strike when (every kind of the fault injector, plus a single block's power cut and a block
/// split off the ship and merged back), and which commands players give when (through the timer that runs every
/// block, twice in one tick through two timers, through one block's terminal, and <c>failover yield</c>). Checkers
/// outside the script judge every tick from world state and run effects: one block acts, one is active within the
/// promised time, each command once, no script terminates, every run under the instruction limit.
/// </summary>
public static class FailoverFuzz
{
    public const long DefaultTicks = 10 * 60 * SimWorld.TicksPerSecond;
    const long Quiet = 10 * SimWorld.TicksPerSecond;

    public static FuzzOutcome Run(long seed, string script, long ticks = DefaultTicks)
    {
        var world = new SimWorld(seed);
        var random = world.Random.Fork();
        var ship = world.AddGrid("Ship");
        var witness = new SimInteriorLight(ship, "Failover Witness");
        var log = new SimTextPanel(ship, "Failover Log");
        var commandTimer = new SimTimerBlock(ship, "Command Timer");
        var secondTimer = new SimTimerBlock(ship, "Second Timer");
        var preempt = new[] { "idle", "always", "never" }[random.Next(3)];
        var nodes = new List<SimProgrammableBlock>();
        for (int rank = 0, count = 2 + random.Next(4); rank < count; rank++)
            nodes.Add(new SimProgrammableBlock(ship, $"PB {rank}") { CustomData = $"[failover]\nid=ship\nrank={rank}\npreempt={preempt}\n" });
        foreach (var pb in nodes)
        {
            commandTimer.Toolbar.Add(pb, "Run");
            secondTimer.Toolbar.Add(pb, "Run");
        }

        // A visiting ship running the same script with the same id, docked by connectors: it must never take part.
        var visitorNodes = new List<SimProgrammableBlock>();
        SimGrid? visitor = null;
        if (random.Chance(0.5))
        {
            visitor = world.AddGrid("Visitor");
            _ = new SimInteriorLight(visitor, "Failover Witness");
            _ = new SimTextPanel(visitor, "Failover Log");
            for (var rank = 0; rank < 1 + random.Next(2); rank++)
                visitorNodes.Add(new SimProgrammableBlock(visitor, $"Visitor PB {rank}") { CustomData = $"[failover]\nid=ship\nrank={rank}\n" });
            world.Topology.Dock(ship, visitor);
        }
        foreach (var pb in nodes.Concat(visitorNodes))
            pb.LoadScript(script);

        var watched = new Nodes(ship, nodes);
        var safety = new FailoverSafetyChecker(world, watched);
        var liveness = new LivenessChecker(world, watched);
        var commandsChecker = new CommandChecker(world, watched, log);
        var runs = new RunChecker(world);
        var runCount = 0;
        var effectCount = 0;
        world.RunCompleted += _ => runCount++;
        world.EffectRecorded += _ => effectCount++;

        var faults = SeededFaults.Draw(world, Quiet, ticks - Quiet, new FaultMix { AirAndDoors = false });
        var extra = random.Fork();
        DrawTopologyFaults(world, extra, faults, ship, nodes, visitor, safety, commandsChecker, liveness, ticks);
        var commands = new CommandSchedule(world);
        var given = DrawCommands(extra, commands, commandTimer, secondTimer, nodes, safety, commandsChecker, ticks);

        world.Run(ticks);
        commandsChecker.Finish(ticks);
        var violations = new Checker[] { safety, liveness, commandsChecker, runs }
            .SelectMany(c => c.Violations).OrderBy(v => v.Tick).ToList();
        var schedule = faults.Applied.Select(f => $"{f.Tick}: {f.Fault}")
            .Concat(commands.Given.Select(c => $"{c.Tick}: \"{c.Command}\" through {c.Through.CustomName}"))
            .OrderBy(line => long.Parse(line[..line.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var screens = nodes.Concat(visitorNodes).Select(pb => $"{pb.CustomName}{(pb.Closed ? " (destroyed)" : "")}:\n{pb.Surfaces[0].GetText()}{(pb.IsTerminated ? pb.DetailedInfo : "")}").ToList();
        return new FuzzOutcome(seed, ticks, nodes.Count, visitor != null, faults.Applied.Count, given, runCount, effectCount,
            violations, schedule, screens);
    }

    // Beyond SeededFaults: one block's power cut for a while; a programmable block split off the ship (it then leads
    // its own piece) and merged back (two actives meet: the merge window); the visitor undocking and docking again.
    static void DrawTopologyFaults(SimWorld world, SeededRandom random, FaultSchedule faults, SimGrid ship,
        List<SimProgrammableBlock> nodes, SimGrid? visitor, FailoverSafetyChecker safety, CommandChecker commandsChecker,
        LivenessChecker liveness, long ticks)
    {
        for (var tick = Quiet + random.Next(7200); tick < ticks - 2 * Quiet; tick += 1 + random.Next(14400))
        {
            var pb = nodes[random.Next(nodes.Count)];
            var back = tick + random.Next(120, 1200);
            switch (random.Next(visitor != null ? 3 : 2))
            {
                case 0:
                    faults.At(tick, new SetBlockPower(pb.EntityId, false)).At(back, new SetBlockPower(pb.EntityId, true));
                    break;
                case 1:
                    var name = $"Split {tick}";
                    faults.At(tick, new SplitGrid(ship.EntityId, [pb.EntityId], name));
                    faults.At(back, new ActionFault($"MergeGrids {{ back into Ship: {name} }}", w =>
                    {
                        var split = w.Grids.FirstOrDefault(g => g.CustomName == name);
                        if (split != null && !ship.Closed)
                            w.Merge(ship, split);
                    }));
                    safety.Excuse(back, back + FailoverSafetyChecker.HeartbeatTicks);
                    commandsChecker.Excuse(back, back + FailoverSafetyChecker.HeartbeatTicks);
                    liveness.Excuse(back, back + FailoverSafetyChecker.HeartbeatTicks);
                    break;
                default:
                    faults.At(tick, new UndockGrids(ship.EntityId, visitor!.EntityId)).At(back, new DockGrids(ship.EntityId, visitor.EntityId));
                    break;
            }
        }
    }

    static int DrawCommands(SeededRandom random, CommandSchedule commands, SimTimerBlock timer, SimTimerBlock second,
        List<SimProgrammableBlock> nodes, FailoverSafetyChecker safety, CommandChecker checker, long ticks)
    {
        var count = 0;
        for (var tick = Quiet + random.Next(1200); tick < ticks - CommandChecker.DeadlineTicks; tick += 1 + random.Next(2400))
        {
            var roll = random.NextDouble();
            if (roll < 0.05)
            {
                commands.At(tick, timer, "failover yield");
                safety.Excuse(tick, tick + FailoverSafetyChecker.HeartbeatTicks);
                continue;
            }
            var command = $"cmd {++count}";
            checker.Given(tick, command);
            if (roll < 0.10)
                commands.At(tick, nodes[random.Next(nodes.Count)], command);
            else
            {
                commands.At(tick, timer, command);
                if (roll < 0.25)
                    commands.At(tick, second, command);
            }
        }
        return count;
    }
}
