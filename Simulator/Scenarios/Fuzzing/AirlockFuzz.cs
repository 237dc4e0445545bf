using ShipSim.Scenarios.Checkers;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Faults;
using ShipSim.World.Scenarios;

namespace ShipSim.Scenarios.Fuzzing;

/// <summary>
/// One seeded airlock scenario: the standard ship (ShipScenario) with 2 to 4 programmable blocks running the packed
/// RedundantAirlock script and 1 or 2 airlocks (each with a light in its group, where errors show), every fault kind
/// of the fault injector at seeded ticks (scripts, blocks, air and doors: breaches, tanks emptied or filled, doors
/// obstructed, damaged or used by hand), and players' commands through the airlocks' timers (as their buttons start
/// them) and a PB's terminal. Judged on every tick from world state: never both sides open, no unforced venting
/// (<see cref="AirlockSafetyChecker"/>), one block acts, runs within limits, and every cycle command completes or
/// shows an error (<see cref="AirlockCommandChecker"/>).
/// </summary>
public static class AirlockFuzz
{
    const long Quiet = 10 * SimWorld.TicksPerSecond;
    static readonly string[] Verbs = ["cycle", "cycle", "cycle", "inner", "outer", "close", "lock"];

    public static FuzzOutcome Run(long seed, string script, long ticks = FailoverFuzz.DefaultTicks)
    {
        var random = new SeededRandom(seed).Fork();
        var spec = new ShipSpec(2 + random.Next(3), 1 + random.Next(2));
        var ship = ShipScenario.Build(seed, script, spec);
        var world = ship.World;
        var lights = new Dictionary<string, SimInteriorLight>();
        foreach (var airlock in ship.Airlocks)
        {
            var light = new SimInteriorLight(ship.Grid, airlock.Name + " Light");
            world.AddToGroup(airlock.Name, light);
            lights[airlock.Name] = light;
        }
        var watched = new Nodes(ship.Grid, ship.Nodes);
        var airlocks = ship.Airlocks.Select(a => new WatchedAirlock(a.Name, [a.InnerDoor], [a.OuterDoor], a.Chamber)).ToList();
        var safety = new AirlockSafetyChecker(world, airlocks);
        var oneActs = new FailoverSafetyChecker(world, watched);
        var runs = new RunChecker(world);
        var commandsChecker = new AirlockCommandChecker(world, watched, airlocks, lights);
        var runCount = 0;
        var effectCount = 0;
        world.RunCompleted += _ => runCount++;
        world.EffectRecorded += _ => effectCount++;

        var faults = SeededFaults.Draw(world, Quiet, ticks - Quiet, new FaultMix { MeanTicksBetweenFaults = 45 * SimWorld.TicksPerSecond });
        var commands = new CommandSchedule(world);
        var given = 0;
        foreach (var airlock in ship.Airlocks)
        {
            // One command at a time per airlock, each given time to finish before the next.
            for (var tick = Quiet + random.Next(1200); tick < ticks - AirlockCommandChecker.DeadlineTicks; tick += AirlockCommandChecker.DeadlineTicks + random.Next(1800))
            {
                var verb = Verbs[random.Next(Verbs.Length)];
                var command = verb + " " + airlock.Name;
                var terminal = random.Next(5) == 0 ? ship.Nodes[random.Next(ship.Nodes.Count)] : null;
                commands.At(tick, terminal ?? (SimBlock)airlock.Timer, command); // the timer as its buttons start it
                commandsChecker.Given(tick, airlock.Name, verb);
                if (verb == "lock")
                    commands.At(tick + AirlockCommandChecker.DeadlineTicks / 2, ship.Nodes[random.Next(ship.Nodes.Count)], "unlock " + airlock.Name);
                given++;
            }
        }

        world.Run(ticks);
        commandsChecker.Finish(ticks);
        var violations = new Checker[] { safety, oneActs, runs, commandsChecker }.SelectMany(c => c.Violations).OrderBy(v => v.Tick).ToList();
        var schedule = faults.Applied.Select(f => (f.Tick, Text: f.Fault.ToString()))
            .Concat(commands.Given.Select(c => (c.Tick, Text: $"\"{c.Command}\" through {c.Through.CustomName}")))
            .OrderBy(e => e.Tick).Select(e => $"{e.Tick}: {e.Text}").ToList();
        var screens = ship.Nodes.Select(pb => $"{pb.CustomName}{(pb.Closed ? " (destroyed)" : "")}:\n{pb.Surfaces[0].GetText()}{(pb.IsTerminated ? pb.DetailedInfo : "")}").ToList();
        return new FuzzOutcome(seed, ticks, ship.Nodes.Count, false, faults.Applied.Count, given, runCount, effectCount, violations, schedule, screens, "airlock");
    }
}
