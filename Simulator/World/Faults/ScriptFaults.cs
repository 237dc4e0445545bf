using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.World.Faults;

/// <summary>A script dies as if it threw an uncaught exception; it stays dead until recompiled.</summary>
public sealed record TerminateScript(long BlockId, string Reason = "fault injected: script terminated") : Fault
{
    public override void Apply(SimWorld world) => ProgrammableBlock(world, BlockId).Terminate(Reason);
}

/// <summary>A player presses "Recompile" (or edits the script): Save() runs, a new instance starts.</summary>
public sealed record RecompileScript(long BlockId) : Fault
{
    public override void Apply(SimWorld world) => ProgrammableBlock(world, BlockId).Recompile();
}

/// <summary>The world is saved and loaded again (a server restart): every script restarts from its Storage.</summary>
public sealed record SaveAndLoadWorld : Fault
{
    public override void Apply(SimWorld world) => world.SaveAndLoad();
}
