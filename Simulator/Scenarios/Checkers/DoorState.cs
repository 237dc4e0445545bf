using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;

namespace ShipSim.Scenarios.Checkers;

/// <summary>A door as the checkers and tests read it from the world. A door that is gone is neither open nor
/// closed: the hole it leaves is the air model's business, not a door state.</summary>
public static class DoorState
{
    public static bool IsOpen(SimDoor door) => !door.Closed && door.Status == DoorStatus.Open;

    public static bool IsClosed(SimDoor door) => !door.Closed && door.Status == DoorStatus.Closed;

    /// <summary>Present and not fully closed: open, opening or closing.</summary>
    public static bool IsAjar(SimDoor door) => !door.Closed && door.Status != DoorStatus.Closed;
}
