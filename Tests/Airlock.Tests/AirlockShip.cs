using ShipSim.Scenarios;
using ShipSim.Scenarios.Checkers;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Faults;
using ShipSim.World.Scenarios;
using Sandbox.ModAPI.Ingame;

namespace ShipSim.Airlock.Tests;

/// <summary>The standard ship (ShipScenario) running the packed RedundantAirlock script on every programmable block,
/// watched by the airlock safety checker, with faults and timer commands scheduled by tick.</summary>
sealed class AirlockShip
{
    public readonly ShipScenario Ship;
    public readonly FaultSchedule Faults;
    public readonly CommandSchedule Commands;
    public readonly AirlockSafetyChecker Safety;

    public AirlockShip(int pbs = 3, int airlocks = 2, long seed = 1, Action<ShipScenario>? before = null, string? script = null)
    {
        Ship = ShipScenario.Build(seed, script ?? ScriptCatalog.RedundantAirlock, new ShipSpec(pbs, airlocks));
        Faults = new FaultSchedule(World);
        Commands = new CommandSchedule(World);
        Safety = new AirlockSafetyChecker(World, Ship.Airlocks.Select(a => new WatchedAirlock(a.Name, [a.InnerDoor], [a.OuterDoor], a.Chamber)).ToList());
        before?.Invoke(Ship);
    }

    public SimWorld World => Ship.World;
    public ShipAirlock this[int number] => Ship.Airlocks[number - 1];
    public SimProgrammableBlock Pb(int rank) => Ship.Nodes[rank];

    /// <summary>The airlock's timer fires at <paramref name="tick"/> with <paramref name="command"/> for every PB.</summary>
    public void Timer(long tick, int airlock, string command)
    {
        var timer = this[airlock].Timer;
        Commands.At(tick, timer, command);
    }

    /// <summary>A player types <paramref name="command"/> into <paramref name="pb"/>'s Run box at <paramref name="tick"/>.</summary>
    public void Terminal(long tick, SimProgrammableBlock pb, string command) => Commands.At(tick, pb, command);

    public void RunTo(long tick) => World.Run(tick - World.Tick);

    /// <summary>Steps until <paramref name="done"/> holds, at most until <paramref name="limit"/>; returns the tick.</summary>
    public long RunUntil(Func<bool> done, long limit)
    {
        while (!done() && World.Tick < limit)
            World.Run(1);
        return done() ? World.Tick : -1;
    }

    /// <summary>Idle with <paramref name="outer"/> side open: that door open, the other closed.</summary>
    public bool OpenTo(int airlock, bool outer) =>
        DoorState.IsOpen(outer ? this[airlock].OuterDoor : this[airlock].InnerDoor) && DoorState.IsClosed(outer ? this[airlock].InnerDoor : this[airlock].OuterDoor);

    /// <summary>What the PB shows on its screen (the console).</summary>
    public string Screen(int rank) => Pb(rank).Surfaces[0].GetText();

    public string Screens => string.Join("\n----\n", Ship.Nodes.Select(n => n.CustomName + (n.Closed ? " (gone)" : "") + ":\n" + n.Surfaces[0].GetText() + (n.IsTerminated ? n.DetailedInfo : "")));

    public void AssertSafe() => Assert.True(Safety.Violations.Count == 0, string.Join("\n", Safety.Violations) + "\n" + Screens);
}
