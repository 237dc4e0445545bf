using System.Globalization;
using System.Text;
using ShipSim.World.Core;
using ShipSim.World.Physics;

namespace ShipSim.World.Blocks;

/// <summary>
/// The air of a world: one <see cref="Physics.Atmosphere"/> ticked in <see cref="TickOrder.Environment"/>, so it
/// sees the doors where they moved to in <see cref="TickOrder.Blocks"/> of the same tick (game-behaviour.md section 5: a door
/// seals only when fully Closed). It belongs to its world (<see cref="SimWorld.Air"/>), which creates it on first
/// use, so a world without air blocks has no air phase at all.
/// One atmosphere serves every grid of the world: rooms of different ships are independent unless a door joins
/// them, and they share one Outside (vacuum unless set). That is our simplification.
/// </summary>
public sealed class AirSystem : ITickPhase
{
    readonly List<AirLoss> _losses = [];
    readonly List<SimAirVent> _vents = [];

    /// <summary>Only <see cref="SimWorld.Air"/> creates one: vacuum outside until set.</summary>
    internal AirSystem(SimWorld world)
    {
        World = world;
        Atmosphere = new Atmosphere(0.0);
        world.AddPhase(this);
    }

    public SimWorld World { get; }
    public Atmosphere Atmosphere { get; }
    public TickOrder Order => TickOrder.Environment;

    /// <summary>Outside's oxygen level: 0 = vacuum (the default), above 0 = a planet's air.</summary>
    public double OutsideLevel
    {
        get => Atmosphere.OutsideLevel;
        set => Atmosphere.OutsideLevel = value;
    }

    /// <summary>
    /// The world's airtightness setting, as air vents report it (IMyAirVent.PressurizationEnabled). Only
    /// reported: the simulator always simulates airtightness (our choice; game-behaviour.md section 6 names the setting only).
    /// </summary>
    public bool PressurizationEnabled { get; set; } = true;

    /// <summary>Every exchange of air with Outside so far, one per room and tick; Tick is the world's tick.</summary>
    public IReadOnlyList<AirLoss> Losses => _losses;

    /// <summary>Litres lost to vacuum so far.</summary>
    public double TotalLostToVacuum => Atmosphere.TotalLostToVacuum;

    /// <summary>Adds a room; names are unique because faults name rooms.</summary>
    public Room AddRoom(string name, double volumeM3, double level = 0.0)
    {
        if (Atmosphere.Rooms.Any(r => r.Name == name))
            throw new ArgumentException($"a room named '{name}' exists already", nameof(name));
        return Atmosphere.AddRoom(name, volumeM3, level);
    }

    public ConveyorNetwork AddNetwork(string name) => Atmosphere.AddNetwork(name);

    /// <summary>The room with this exact name.</summary>
    public Room Room(string name) =>
        Atmosphere.Rooms.FirstOrDefault(r => r.Name == name)
        ?? throw new InvalidOperationException($"no room named '{name}' in this world's air");

    internal void Register(SimAirVent vent) => _vents.Add(vent);

    public void OnTick(long tick)
    {
        Atmosphere.Tick();
        foreach (var loss in Atmosphere.LastTickLosses)
            _losses.Add(loss with { Tick = tick });
        // Vents watch their reading after the air moved, so their "on empty"/"on full" toolbars fire in this tick.
        foreach (var vent in _vents)
            if (!vent.Closed)
                vent.AfterAir();
    }

    /// <summary>Rooms and tanks in one line, for traces (exact values, invariant culture).</summary>
    public string DescribeState()
    {
        var state = new StringBuilder("air");
        state.Append(" outside=").Append(Format(OutsideLevel));
        foreach (var room in Atmosphere.Rooms)
        {
            state.Append(" [").Append(room.Name).Append(' ').Append(Format(room.Level));
            if (room.Breached)
                state.Append(" breached");
            if (!Atmosphere.IsAirtight(room))
                state.Append(" open");
            state.Append(']');
        }
        foreach (var net in Atmosphere.Networks)
            foreach (var tank in net.Tanks)
                state.Append(" {").Append(tank.Name).Append(' ').Append(Format(tank.Filled)).Append('}');
        return state.ToString();
    }

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
