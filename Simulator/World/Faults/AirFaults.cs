using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.World.Faults;

/// <summary>A hole in the hull of a room (named as in the world's air): it vents and cannot pressurize until
/// sealed (game-behaviour.md section 6: a breached room cannot pressurize).</summary>
public sealed record BreachRoom(string RoomName) : Fault
{
    public override void Apply(SimWorld world) => world.Air().Room(RoomName).Breached = true;
}

/// <summary>The hole is welded shut.</summary>
public sealed record SealRoom(string RoomName) : Fault
{
    public override void Apply(SimWorld world) => world.Air().Room(RoomName).Breached = false;
}

/// <summary>An oxygen tank is filled (by hand, from bottles, by a generator) to <see cref="Ratio"/>.</summary>
public sealed record FillTank(long TankId, double Ratio = 1.0) : Fault
{
    public override void Apply(SimWorld world) => Tank(world, TankId).Fill(Ratio);

    internal static SimGasTank Tank(SimWorld world, long id) =>
        Block(world, id) as SimGasTank
        ?? throw new InvalidOperationException($"fault names block #{id}, which is not a gas tank");
}

/// <summary>An oxygen tank is emptied (a leak, or a player drained it).</summary>
public sealed record EmptyTank(long TankId) : Fault
{
    public override void Apply(SimWorld world) => FillTank.Tank(world, TankId).Empty();
}

/// <summary>Something stands in a doorway: a closing leaf reaching <see cref="Ratio"/> (0..1 open) reopens
/// (game-behaviour.md section 5). A null ratio clears the doorway.</summary>
public sealed record ObstructDoor(long DoorId, double? Ratio) : Fault
{
    public override void Apply(SimWorld world) => Door(world, DoorId).Obstruct(Ratio);

    internal static SimDoor Door(SimWorld world, long id) =>
        Block(world, id) as SimDoor
        ?? throw new InvalidOperationException($"fault names block #{id}, which is not a door");
}

/// <summary>What a player does to a door by hand.</summary>
public enum DoorHandUse
{
    Open,
    Close,
    Toggle,
}

/// <summary>A player uses a door by hand; it acts only if the door works (a disabled door is locked,
/// game-behaviour.md section 5).</summary>
public sealed record HandUseDoor(long DoorId, DoorHandUse Use) : Fault
{
    public override void Apply(SimWorld world)
    {
        var door = ObstructDoor.Door(world, DoorId);
        _ = Use switch
        {
            DoorHandUse.Open => door.HandOpen(),
            DoorHandUse.Close => door.HandClose(),
            _ => door.HandToggle(),
        };
    }
}
