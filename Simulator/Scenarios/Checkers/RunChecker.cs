using ShipSim.Host;
using ShipSim.World.Core;
using ShipSim.World.Observation;

namespace ShipSim.Scenarios.Checkers;

/// <summary>No script terminates itself (an uncaught exception or a limit overflow in one of its runs; faults that
/// stop a script from outside are not runs) and every run stays under the game's instruction limit.</summary>
public sealed class RunChecker : Checker
{
    public RunChecker(SimWorld world) : base("runs stay within limits")
    {
        world.RunCompleted += run =>
        {
            if (run.Terminated)
                Fail(run.Tick, $"{run.BlockName}'s script terminated in a {run.UpdateType} run ({run.Outcome}): " +
                    (world.AllBlocksEverBuilt.FirstOrDefault(b => b.EntityId == run.Block)?.DetailedInfo ?? ""));
            else if (run.Instructions > RunLimits.Game.MaxInstructions)
                Fail(run.Tick, $"{run.BlockName} ran {run.Instructions} instructions");
        };
    }
}
