namespace ShipSim.World.Physics;

/// <summary>
/// The air of one simulated world: rooms, the doors between them, Outside,
/// conveyor networks with oxygen tanks, and air vents. Pure and tick-driven:
/// every collection is a list kept in creation order, so the same sequence of
/// calls gives the same state, bit for bit.
///
/// One <see cref="Tick"/> = 1/60 s and does, in this order:
///  1. join rooms into regions through every door that is not fully Closed
///     and every breach (a breached room is joined to Outside);
///  2. equalise each region (see <see cref="EqualiseFactorPerTick"/>),
///     recording air that leaves for Outside as <see cref="AirLoss"/> events;
///  3. let every vent pump, in creation order;
///  4. update every vent's observables (smoothed level; status on its slot).
/// Doors are not ticked here: the owner ticks its doors before the atmosphere.
/// </summary>
public sealed class Atmosphere
{
    /// <summary>Litres of O2 in one m3 at 100 % pressure (the game's ratio: 1 unit per m3).</summary>
    public const double LitresPerCubicMetre = 1.0;

    /// <summary>
    /// Fraction of its distance to the region's common level that each room
    /// covers per tick while joined: (1 - f)^60 = 0.0005 (f = 0.119), so a
    /// pressurised room opened to vacuum falls under the 0.1 % snap threshold
    /// after 55 ticks and is at exactly 0 after 56: empty within 1 s.
    /// Our modelling choice (game-behaviour.md only says doors seal when Closed).
    /// </summary>
    public static readonly double EqualiseFactorPerTick = 1.0 - Math.Pow(0.0005, 1.0 / 60.0);

    /// <summary>When every room of a region is this close to the common level, it snaps to it exactly.</summary>
    public const double EqualiseSnapLevel = 0.001;

    private readonly List<Room> _rooms = new();

    // Scratch for ComputeRegions and Equalise, one slot per room, so a tick allocates nothing.
    private int[] _parent = [];
    private bool[] _touchesOutside = [];
    private int[] _region = [];
    private bool[] _regionOpen = [];
    private int[] _regionSize = [];
    private readonly List<DoorLink> _doors = new();
    private readonly List<ConveyorNetwork> _networks = new();
    private readonly List<VentMechanism> _vents = new();
    private readonly List<AirLoss> _lastTickLosses = new();

    /// <summary>An atmosphere whose Outside is vacuum (level 0) or a planet's air at the given level.</summary>
    public Atmosphere(double outsideLevel = 0.0)
    {
        OutsideLevel = outsideLevel;
    }

    /// <summary>
    /// Oxygen level of Outside, an infinite source and sink: 0 is vacuum,
    /// above 0 a planet's atmosphere. May change (a ship leaving a planet).
    /// </summary>
    public double OutsideLevel
    {
        get => _outsideLevel;
        set
        {
            if (double.IsNaN(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "level must be a number");
            }
            _outsideLevel = Math.Clamp(value, 0.0, 1.0);
        }
    }
    private double _outsideLevel;

    public bool OutsideIsVacuum => _outsideLevel <= 0.0;

    /// <summary>The tick the next call of <see cref="Tick"/> processes (starts at 0).</summary>
    public long CurrentTick { get; private set; }

    public IReadOnlyList<Room> Rooms => _rooms;
    public IReadOnlyList<DoorLink> Doors => _doors;
    public IReadOnlyList<ConveyorNetwork> Networks => _networks;
    public IReadOnlyList<VentMechanism> Vents => _vents;

    /// <summary>Air exchanged with Outside in the last tick, one event per room.</summary>
    public IReadOnlyList<AirLoss> LastTickLosses => _lastTickLosses;

    /// <summary>All oxygen ever lost to vacuum (litres).</summary>
    public double TotalLostToVacuum { get; private set; }

    /// <summary>Net oxygen ever given to Outside of any kind (litres; negative if a planet gave more).</summary>
    public double TotalNetToOutside { get; private set; }

    public Room AddRoom(string name, double volumeM3, double level = 0.0)
    {
        var room = new Room(this, _rooms.Count, name, volumeM3, level);
        _rooms.Add(room);
        int n = _rooms.Count;
        _parent = new int[n];
        _touchesOutside = new bool[n];
        _region = new int[n];
        _regionOpen = new bool[n];
        _regionSize = new int[n];
        return room;
    }

    /// <summary>Put a door between two rooms, or between a room and Outside (b == null).</summary>
    public DoorLink AddDoor(DoorMechanism door, Room a, Room? b)
    {
        ArgumentNullException.ThrowIfNull(door);
        Own(a);
        if (b != null)
        {
            Own(b);
            if (ReferenceEquals(a, b))
            {
                throw new ArgumentException("a door joins two different rooms", nameof(b));
            }
        }
        var link = new DoorLink(door, a, b);
        _doors.Add(link);
        return link;
    }

    public ConveyorNetwork AddNetwork(string name)
    {
        var net = new ConveyorNetwork(_networks.Count, name);
        _networks.Add(net);
        return net;
    }

    /// <summary>
    /// Add a vent facing <paramref name="room"/> (null: no enclosed room) on
    /// <paramref name="network"/>. <paramref name="phaseOffset"/> is its slot
    /// in the 100-tick status cycle (the simulator's seed picks it).
    /// </summary>
    public VentMechanism AddVent(string name, Room? room, ConveyorNetwork? network, int phaseOffset,
        double litresPerSecond = VentMechanism.DefaultLitresPerSecond, bool working = true)
    {
        if (room != null)
        {
            Own(room);
        }
        if (network != null && !_networks.Contains(network))
        {
            throw new ArgumentException("network belongs to another atmosphere", nameof(network));
        }
        var vent = new VentMechanism(this, _vents.Count, name, room, network, phaseOffset, litresPerSecond, working);
        _vents.Add(vent);
        return vent;
    }

    /// <summary>
    /// Whether the room's region (the room and every room joined to it by
    /// open doors) is sealed: no breach and no open door to Outside.
    /// </summary>
    public bool IsAirtight(Room room)
    {
        Own(room);
        int[] region = ComputeRegions(out bool[] regionOpen);
        return !regionOpen[region[room.Index]];
    }

    /// <summary>Rooms joined to <paramref name="room"/> (itself included), in creation order.</summary>
    public IReadOnlyList<Room> RegionOf(Room room)
    {
        Own(room);
        int[] region = ComputeRegions(out _);
        var list = new List<Room>();
        foreach (var r in _rooms)
        {
            if (region[r.Index] == region[room.Index])
            {
                list.Add(r);
            }
        }
        return list;
    }

    /// <summary>Advance the air by one tick (1/60 s).</summary>
    public void Tick()
    {
        long tick = CurrentTick;
        _lastTickLosses.Clear();

        int[] region = ComputeRegions(out bool[] regionOpen);
        Equalise(tick, region, regionOpen);

        foreach (var vent in _vents)
        {
            bool airtight = vent.Room != null && !regionOpen[region[vent.Room.Index]];
            vent.Pump(airtight);
        }

        foreach (var vent in _vents)
        {
            bool airtight = vent.Room != null && !regionOpen[region[vent.Room.Index]];
            vent.Observe(tick, airtight);
        }

        CurrentTick = tick + 1;
    }

    // Region of each room (smallest room index in it) via union-find over the
    // joining doors; regionOpen[r] is true when region r touches Outside.
    // Both arrays are scratch, valid until the next call.
    private int[] ComputeRegions(out bool[] regionOpen)
    {
        int n = _rooms.Count;
        var parent = _parent;
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
        }
        var outside = _touchesOutside;
        Array.Clear(outside);
        foreach (var link in _doors)
        {
            if (!link.Joins)
            {
                continue;
            }
            if (link.B == null)
            {
                outside[link.A.Index] = true;
            }
            else
            {
                Union(parent, link.A.Index, link.B.Index);
            }
        }
        var region = _region;
        regionOpen = _regionOpen;
        Array.Clear(regionOpen);
        for (int i = 0; i < n; i++)
        {
            region[i] = Find(parent, i);
        }
        for (int i = 0; i < n; i++)
        {
            if (outside[i] || _rooms[i].Breached)
            {
                regionOpen[region[i]] = true;
            }
        }
        return region;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a);
        int rb = Find(parent, b);
        if (ra == rb)
        {
            return;
        }
        // The smaller index becomes the root, so the result does not depend on door order.
        if (ra < rb)
        {
            parent[rb] = ra;
        }
        else
        {
            parent[ra] = rb;
        }
    }

    private void Equalise(long tick, int[] region, bool[] regionOpen)
    {
        int n = _rooms.Count;
        var size = _regionSize;
        Array.Clear(size);
        for (int i = 0; i < n; i++)
        {
            size[region[i]]++;
        }
        double f = EqualiseFactorPerTick;
        for (int r = 0; r < n; r++)
        {
            if (size[r] == 0)
            {
                continue;
            }
            if (regionOpen[r])
            {
                // Every room of the region relaxes towards Outside's level.
                double target = _outsideLevel;
                for (int i = 0; i < n; i++)
                {
                    if (region[i] != r)
                    {
                        continue;
                    }
                    var room = _rooms[i];
                    double before = room.Amount;
                    double goal = target * room.Capacity;
                    double after = Math.Abs(room.Level - target) < EqualiseSnapLevel
                        ? goal
                        : before + (goal - before) * f;
                    room.Amount = after;
                    double lost = before - after;
                    if (lost != 0.0)
                    {
                        bool toVacuum = OutsideIsVacuum;
                        _lastTickLosses.Add(new AirLoss(tick, room, lost, toVacuum));
                        TotalNetToOutside += lost;
                        if (toVacuum)
                        {
                            TotalLostToVacuum += lost;
                        }
                    }
                }
            }
            else if (size[r] > 1)
            {
                // Closed region: mass is conserved; rooms relax towards the common level.
                double amount = 0.0, capacity = 0.0;
                for (int i = 0; i < n; i++)
                {
                    if (region[i] == r)
                    {
                        amount += _rooms[i].Amount;
                        capacity += _rooms[i].Capacity;
                    }
                }
                double target = amount / capacity;
                bool allClose = true;
                for (int i = 0; i < n; i++)
                {
                    if (region[i] == r && Math.Abs(_rooms[i].Amount / _rooms[i].Capacity - target) >= EqualiseSnapLevel)
                    {
                        allClose = false;
                        break;
                    }
                }
                for (int i = 0; i < n; i++)
                {
                    if (region[i] != r)
                    {
                        continue;
                    }
                    var room = _rooms[i];
                    double goal = target * room.Capacity;
                    room.Amount = allClose ? goal : room.Amount + (goal - room.Amount) * f;
                }
            }
        }
    }

    private void Own(Room room)
    {
        ArgumentNullException.ThrowIfNull(room);
        if (!ReferenceEquals(room.Atmosphere, this))
        {
            throw new ArgumentException("room belongs to another atmosphere", nameof(room));
        }
    }
}
