using Sandbox.ModAPI.Ingame;

namespace ShipSim.World.Observation;

/// <summary>One run of a programmable block's script: when, why, with what, and what it cost.</summary>
public sealed record RunRecord(
    long Tick,
    long Block,
    string BlockName,
    UpdateType UpdateType,
    string Argument,
    int Instructions,
    long AllocatedBytes,
    double WallMilliseconds,
    string Outcome)
{
    public bool Terminated => Outcome != "ok";
}
