namespace ShipSim.World.Observation;

/// <summary>A change a programmable block's run made to another block: its observable state (as in the trace)
/// before and after the run. The programmable block's own state (its screens, its update frequency) is not an
/// effect. A run that starts another block's run (a timer's toolbar, TryRun) is credited with that run's effects too.</summary>
public readonly record struct Effect(long Tick, long Pb, long Block, string Before, string After);
