namespace ShipSim.World.Physics;

/// <summary>
/// A pressurisable space. Oxygen is counted in litres of O2 at the game's
/// ratio of 1 L per m3 at 100 % pressure, so Level = Amount / Volume.
/// Create rooms with <see cref="Atmosphere.AddRoom"/>.
/// </summary>
public sealed class Room
{
    internal Room(Atmosphere atmosphere, int index, string name, double volumeM3, double level)
    {
        if (!(volumeM3 > 0.0) || double.IsInfinity(volumeM3))
        {
            throw new ArgumentOutOfRangeException(nameof(volumeM3), volumeM3, "room volume must be positive and finite");
        }
        Atmosphere = atmosphere;
        Index = index;
        Name = name;
        VolumeM3 = volumeM3;
        SetLevel(level);
    }

    public Atmosphere Atmosphere { get; }

    /// <summary>Position in creation order; also the room's identity in traces.</summary>
    public int Index { get; }

    public string Name { get; }

    public double VolumeM3 { get; }

    /// <summary>Oxygen the room holds when full (litres).</summary>
    public double Capacity => VolumeM3 * Atmosphere.LitresPerCubicMetre;

    /// <summary>
    /// Oxygen in the room (litres), 0..Capacity. Within
    /// <see cref="LevelSnap"/> of empty or full it is stored as exactly 0 or
    /// Capacity, so rounding never leaves a room at 0.9999999 forever.
    /// </summary>
    public double Amount
    {
        get => _amount;
        internal set
        {
            double cap = Capacity;
            if (value >= cap * (1.0 - LevelSnap))
            {
                value = cap;
            }
            else if (value <= cap * LevelSnap)
            {
                value = 0.0;
            }
            _amount = value;
        }
    }
    private double _amount;

    /// <summary>Relative distance from empty or full under which a room counts as exactly empty or full.</summary>
    public const double LevelSnap = 1e-9;

    /// <summary>Pressure / oxygen level, Amount / Capacity clamped to 0..1.</summary>
    public double Level => Math.Clamp(Amount / Capacity, 0.0, 1.0);

    /// <summary>Free room left before full (litres).</summary>
    public double FreeCapacity => Math.Max(0.0, Capacity - Amount);

    /// <summary>
    /// A hole in the hull: the room is joined to Outside for as long as this
    /// is true, so it vents (or fills from a planet) and cannot pressurize.
    /// </summary>
    public bool Breached { get; set; }

    /// <summary>Set the level directly (scenario set-up), clamped to 0..1.</summary>
    public void SetLevel(double level)
    {
        if (double.IsNaN(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "level must be a number");
        }
        Amount = Math.Clamp(level, 0.0, 1.0) * Capacity;
    }

    public override string ToString() => $"Room#{Index} {Name}";
}

/// <summary>
/// An oxygen tank on a conveyor network. Amounts in litres. Create with
/// <see cref="ConveyorNetwork.AddTank"/>.
/// </summary>
public sealed class OxygenTank
{
    internal OxygenTank(ConveyorNetwork network, int index, string name, double capacity, double filled)
    {
        if (!(capacity > 0.0) || double.IsInfinity(capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "tank capacity must be positive and finite");
        }
        Network = network;
        Index = index;
        Name = name;
        Capacity = capacity;
        Filled = Math.Clamp(filled, 0.0, capacity);
    }

    public ConveyorNetwork Network { get; }
    public int Index { get; }
    public string Name { get; }
    public double Capacity { get; }

    /// <summary>Oxygen stored (litres).</summary>
    public double Filled { get; set; }

    public double FilledRatio => Filled / Capacity;
    public double FreeCapacity => Math.Max(0.0, Capacity - Filled);
    public bool IsFull => Filled >= Capacity;
    public bool IsEmpty => Filled <= 0.0;

    /// <summary>A tank that is not working neither gives nor takes oxygen.</summary>
    public bool Working { get; set; } = true;

    /// <summary>Stockpile: takes oxygen from the network but never gives any.</summary>
    public bool Stockpile { get; set; }

    public override string ToString() => $"Tank#{Index} {Name} {Filled}/{Capacity}";
}

/// <summary>
/// A set of oxygen tanks joined by conveyors. Vents draw from and push into
/// the tanks of their network, tank by tank in creation order.
/// </summary>
public sealed class ConveyorNetwork
{
    private readonly List<OxygenTank> _tanks = new();

    internal ConveyorNetwork(int index, string name)
    {
        Index = index;
        Name = name;
    }

    public int Index { get; }
    public string Name { get; }
    public IReadOnlyList<OxygenTank> Tanks => _tanks;

    public OxygenTank AddTank(string name, double capacityLitres, double filledLitres = 0.0)
    {
        var tank = new OxygenTank(this, _tanks.Count, name, capacityLitres, filledLitres);
        _tanks.Add(tank);
        return tank;
    }

    /// <summary>Oxygen the network can give (working, non-stockpile tanks).</summary>
    public double Available
    {
        get
        {
            double sum = 0.0;
            foreach (var t in _tanks)
            {
                if (t.Working && !t.Stockpile)
                {
                    sum += t.Filled;
                }
            }
            return sum;
        }
    }

    /// <summary>Oxygen the network can still take (working tanks).</summary>
    public double FreeCapacity
    {
        get
        {
            double sum = 0.0;
            foreach (var t in _tanks)
            {
                if (t.Working)
                {
                    sum += t.FreeCapacity;
                }
            }
            return sum;
        }
    }

    /// <summary>Take up to <paramref name="litres"/>; returns what was taken.</summary>
    public double Draw(double litres)
    {
        double taken = 0.0;
        foreach (var t in _tanks)
        {
            if (taken >= litres)
            {
                break;
            }
            if (!t.Working || t.Stockpile || t.Filled <= 0.0)
            {
                continue;
            }
            double take = Math.Min(t.Filled, litres - taken);
            t.Filled -= take;
            if (t.Filled < 0.0)
            {
                t.Filled = 0.0;
            }
            taken += take;
        }
        return taken;
    }

    /// <summary>Store up to <paramref name="litres"/>; returns what was stored.</summary>
    public double Store(double litres)
    {
        double stored = 0.0;
        foreach (var t in _tanks)
        {
            if (stored >= litres)
            {
                break;
            }
            if (!t.Working)
            {
                continue;
            }
            double put = Math.Min(t.FreeCapacity, litres - stored);
            if (put <= 0.0)
            {
                continue;
            }
            t.Filled = Math.Min(t.Capacity, t.Filled + put);
            stored += put;
        }
        return stored;
    }

    public override string ToString() => $"Network#{Index} {Name}";
}

/// <summary>A door between a room and another room, or Outside (B == null).</summary>
public sealed class DoorLink
{
    internal DoorLink(DoorMechanism door, Room a, Room? b)
    {
        Door = door;
        A = a;
        B = b;
    }

    public DoorMechanism Door { get; }
    public Room A { get; }

    /// <summary>The other side; null means Outside.</summary>
    public Room? B { get; }

    /// <summary>Air passes unless the door is fully Closed.</summary>
    public bool Joins => !Door.Seals;
}

/// <summary>
/// Air that left a room for Outside (or, with a negative amount, came in
/// from a planet's atmosphere) during one tick.
/// </summary>
public readonly record struct AirLoss(long Tick, Room Room, double Litres, bool ToVacuum);
