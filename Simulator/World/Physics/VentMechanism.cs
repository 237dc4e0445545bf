namespace ShipSim.World.Physics;

/// <summary>
/// A vent's reported status. Same members in the same order as the game's
/// VentStatus (game-behaviour.md section 6): Depressurized=0, Depressurizing=1,
/// Pressurized=2, Pressurizing=3.
/// </summary>
public enum VentState
{
    Depressurized = 0,
    Depressurizing = 1,
    Pressurized = 2,
    Pressurizing = 3,
}

/// <summary>
/// Pure model of an air vent: pumps oxygen between its room and the tanks of
/// its conveyor network, and produces what the game's IMyAirVent reports
/// (game-behaviour.md section 6). Create with <see cref="Atmosphere.AddVent"/>; the
/// atmosphere drives it from <see cref="Atmosphere.Tick"/>.
/// </summary>
public sealed class VentMechanism
{
    /// <summary>
    /// Large-grid air vent capacity, litres of O2 per second
    /// (VentilationCapacityPerSecond = 300 in the block definition). Our choice
    /// to use it as the pumping rate in both directions.
    /// </summary>
    public const double DefaultLitresPerSecond = 300.0;

    /// <summary>Status is recomputed every this many ticks (game-behaviour.md section 6).</summary>
    public const int StatusPeriodTicks = 100;

    /// <summary>
    /// The reported level of an airtight room follows the true level by at
    /// most this much per tick: a full 0..1 swing takes 90 ticks = 1.5 s
    /// (game-behaviour.md section 6 says "smoothed over about 1.5 s"; linear slew is our choice).
    /// </summary>
    public const double ReportedLevelSlewPerTick = 1.0 / 90.0;

    /// <summary>Threshold under which a non-airtight room counts as Depressurized (game-behaviour.md section 6).</summary>
    public const double EmptyThreshold = 0.01;

    private double _reported;

    internal VentMechanism(Atmosphere atmosphere, int index, string name, Room? room, ConveyorNetwork? network,
        int phaseOffset, double litresPerSecond, bool working)
    {
        if (!(litresPerSecond >= 0.0) || double.IsInfinity(litresPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(litresPerSecond), litresPerSecond, "rate must be finite and not negative");
        }
        Atmosphere = atmosphere;
        Index = index;
        Name = name;
        Room = room;
        Network = network;
        PhaseOffset = ((phaseOffset % StatusPeriodTicks) + StatusPeriodTicks) % StatusPeriodTicks;
        LitresPerSecond = litresPerSecond;
        Working = working;
        // Start settled: the status and the reported level describe the room as it is.
        Status = ComputeStatus();
        _reported = Working ? TrueLevelAtVent() : 0.0;
    }

    public Atmosphere Atmosphere { get; }
    public int Index { get; }
    public string Name { get; }

    /// <summary>The room the vent faces; null when it faces no enclosed room.</summary>
    public Room? Room
    {
        get => _room;
        set
        {
            if (value != null && !ReferenceEquals(value.Atmosphere, Atmosphere))
            {
                throw new ArgumentException("room belongs to another atmosphere", nameof(value));
            }
            _room = value;
        }
    }
    private Room? _room;

    /// <summary>The conveyor network whose tanks it uses; null when unconnected.</summary>
    public ConveyorNetwork? Network { get; set; }

    /// <summary>
    /// The vent's own slot in the 100-tick cycle (0..99): its status is
    /// recomputed on ticks where tick % 100 == PhaseOffset.
    /// </summary>
    public int PhaseOffset { get; }

    public double LitresPerSecond { get; set; }
    public double LitresPerTick => LitresPerSecond / DoorKinds.TicksPerSecond;

    /// <summary>Functional AND powered AND enabled; kept up to date by the owner.</summary>
    public bool Working { get; set; }

    /// <summary>True: pump the room into the tanks. False: fill the room from the tanks.</summary>
    public bool Depressurize { get; set; }

    /// <summary>Status as last recomputed on the vent's own 100-tick slot.</summary>
    public VentState Status { get; private set; }

    /// <summary>Tick of the last status recomputation; -1 for the initial one.</summary>
    public long LastStatusUpdateTick { get; private set; } = -1;

    /// <summary>The room exists and is airtight (not breached, not joined to Outside).</summary>
    public bool CanPressurize => Room != null && Atmosphere.IsAirtight(Room);

    /// <summary>
    /// What the game's GetOxygenLevel() returns: 0 when not working; for an
    /// airtight room a lagging (smoothed) copy of the level; otherwise the
    /// level at the vent as it is.
    /// </summary>
    public double GetOxygenLevel() => Working ? _reported : 0.0;

    /// <summary>Litres moved into the room last tick (negative: out of the room).</summary>
    public double LastTickTransfer { get; private set; }

    /// <summary>Pumping for one tick; the region's airtightness is computed by the atmosphere.</summary>
    internal void Pump(bool regionAirtight)
    {
        LastTickTransfer = 0.0;
        if (!Working || Room == null || Network == null)
        {
            return;
        }
        double rate = LitresPerTick;
        if (Depressurize)
        {
            // Draining works whatever the room is joined to; it stalls when no
            // tank can take the oxygen (game-behaviour.md section 6).
            double want = Math.Min(rate, Room.Amount);
            want = Math.Min(want, Network.FreeCapacity);
            if (want <= 0.0)
            {
                return;
            }
            double stored = Network.Store(want);
            Room.Amount = Math.Max(0.0, Room.Amount - stored);
            LastTickTransfer = -stored;
        }
        else
        {
            // Filling only into an airtight region; limited by the oxygen on
            // the network; stops when the room is full (game-behaviour.md section 6).
            if (!regionAirtight)
            {
                return;
            }
            double want = Math.Min(rate, Room.FreeCapacity);
            if (want <= 0.0)
            {
                return;
            }
            double taken = Network.Draw(want);
            Room.Amount = Math.Min(Room.Capacity, Room.Amount + taken);
            LastTickTransfer = taken;
        }
    }

    /// <summary>Observables for one tick (after pumping and equalisation).</summary>
    internal void Observe(long tick, bool roomAirtight)
    {
        if (!Working)
        {
            // Reads 0 while not working; after power returns it ramps up again.
            _reported = 0.0;
        }
        else if (Room != null && roomAirtight)
        {
            double target = Room.Level;
            double diff = target - _reported;
            if (Math.Abs(diff) <= ReportedLevelSlewPerTick)
            {
                _reported = target;
            }
            else
            {
                _reported += Math.Sign(diff) * ReportedLevelSlewPerTick;
            }
        }
        else
        {
            _reported = TrueLevelAtVent();
        }

        if (tick % StatusPeriodTicks == PhaseOffset)
        {
            Status = ComputeStatus(roomAirtight);
            LastStatusUpdateTick = tick;
        }
    }

    private double TrueLevelAtVent() => Room != null ? Room.Level : Atmosphere.OutsideLevel;

    private VentState ComputeStatus() => ComputeStatus(Room != null && Atmosphere.IsAirtight(Room));

    // The rules of game-behaviour.md section 6, in order.
    private VentState ComputeStatus(bool roomAirtight)
    {
        if (Room == null)
        {
            return VentState.Depressurized;
        }
        double level = Room.Level;
        if (roomAirtight)
        {
            if (level >= 1.0)
            {
                return VentState.Pressurized;
            }
            // Quirk kept on purpose: an airtight room pumped down to 0 % stays Depressurizing.
            return Depressurize ? VentState.Depressurizing : VentState.Pressurizing;
        }
        return level > EmptyThreshold ? VentState.Depressurizing : VentState.Depressurized;
    }

    public override string ToString() => $"Vent#{Index} {Name}";
}
