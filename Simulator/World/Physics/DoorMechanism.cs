namespace ShipSim.World.Physics;

/// <summary>
/// Motion state of a door. Same members in the same order (Opening=0, Open=1,
/// Closing=2, Closed=3) as the game's DoorStatus (game-behaviour.md section 5), so a block
/// wrapper can cast it.
/// </summary>
public enum DoorMotion
{
    Opening = 0,
    Open = 1,
    Closing = 2,
    Closed = 3,
}

/// <summary>The door models the simulator knows.</summary>
public enum DoorKind
{
    Basic,
    Sliding,
    AirtightHangar,
}

/// <summary>Full-travel times of the door kinds.</summary>
public static class DoorKinds
{
    /// <summary>Ticks per second of game time (game-behaviour.md section 3).</summary>
    public const int TicksPerSecond = 60;

    // Full travel (closed to open, or open to closed) in ticks.
    // Source: game-behaviour.md section 5, "Speeds (2016 data, may have
    // changed): basic door about 1.2 s; sliding door about 1.25 s; airtight
    // hangar door about 10 s." At 60 ticks per second (section 3).
    private static readonly (DoorKind Kind, int Ticks)[] Table =
    {
        (DoorKind.Basic, 72),           // 1.2 s
        (DoorKind.Sliding, 75),         // 1.25 s
        (DoorKind.AirtightHangar, 600), // 10 s
    };

    /// <summary>Ticks a door of this kind needs to travel fully open or fully closed.</summary>
    public static int FullTravelTicks(DoorKind kind)
    {
        foreach (var row in Table)
        {
            if (row.Kind == kind)
            {
                return row.Ticks;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown door kind");
    }
}

/// <summary>
/// Pure, tick-driven model of a door leaf (game-behaviour.md section 5). No game API
/// types: a door block wraps it. The position is kept as a whole number of
/// ticks of travel, so the motion is exact and deterministic.
/// </summary>
public sealed class DoorMechanism
{
    private int _position; // 0 = closed .. FullTravelTicks = open

    /// <summary>A door of a known kind, closed or fully open.</summary>
    public DoorMechanism(DoorKind kind, bool startOpen = false, bool working = true)
        : this(DoorKinds.FullTravelTicks(kind), startOpen, working)
    {
        Kind = kind;
    }

    /// <summary>A door with a custom full-travel time in ticks (at least 1).</summary>
    public DoorMechanism(int fullTravelTicks, bool startOpen = false, bool working = true)
    {
        if (fullTravelTicks < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fullTravelTicks), fullTravelTicks, "must be at least 1 tick");
        }
        FullTravelTicks = fullTravelTicks;
        _position = startOpen ? fullTravelTicks : 0;
        Status = startOpen ? DoorMotion.Open : DoorMotion.Closed;
        Working = working;
    }

    /// <summary>The kind, or null for a custom travel time.</summary>
    public DoorKind? Kind { get; }

    /// <summary>Ticks for a full travel.</summary>
    public int FullTravelTicks { get; }

    /// <summary>
    /// Whether the door can act: functional AND powered AND enabled (the
    /// game's IsWorking). The owner of the model keeps it up to date.
    /// Commands do nothing and motion freezes while this is false.
    /// </summary>
    public bool Working { get; set; }

    /// <summary>0 = closed, 1 = fully open.</summary>
    public double OpenRatio => (double)_position / FullTravelTicks;

    /// <summary>Ticks of travel from closed (0..FullTravelTicks).</summary>
    public int PositionTicks => _position;

    public DoorMotion Status { get; private set; }

    /// <summary>The door seals its doorway only when fully Closed (game-behaviour.md section 5), and never once removed.</summary>
    public bool Seals => !Removed && Status == DoorMotion.Closed;

    /// <summary>
    /// The door block is gone (destroyed): the doorway is a hole that never
    /// seals, and the leaf no longer moves. Our modelling choice: game-behaviour.md
    /// says nothing about destroyed doors; an empty doorway leaking is the
    /// conservative reading for airlock scripts.
    /// </summary>
    public bool Removed { get; set; }

    /// <summary>
    /// Something in the doorway, given as the open ratio (0 &lt; r &lt;= 1) at
    /// which a closing leaf touches it; null when the doorway is clear. A
    /// Closing door that reaches it turns around to Opening (game-behaviour.md section 5).
    /// </summary>
    public double? Obstruction
    {
        get => _obstruction;
        set
        {
            if (value is double r && !(r > 0.0 && r <= 1.0))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "obstruction ratio must be in (0, 1]");
            }
            _obstruction = value;
        }
    }
    private double? _obstruction;

    /// <summary>How many times an obstruction has turned this door around.</summary>
    public int ObstructionReopenCount { get; private set; }

    /// <summary>
    /// The game's OpenDoor: acts only while Working and only from Closing or
    /// Closed; the status becomes Opening at once. Returns whether it acted.
    /// </summary>
    public bool Open()
    {
        if (!Working || (Status != DoorMotion.Closing && Status != DoorMotion.Closed))
        {
            return false;
        }
        Status = DoorMotion.Opening;
        return true;
    }

    /// <summary>
    /// The game's CloseDoor: acts only while Working and only from Opening or
    /// Open; the status becomes Closing at once. Returns whether it acted.
    /// </summary>
    public bool Close()
    {
        if (!Working || (Status != DoorMotion.Opening && Status != DoorMotion.Open))
        {
            return false;
        }
        Status = DoorMotion.Closing;
        return true;
    }

    /// <summary>The game's ToggleDoor: Close when Opening/Open, else Open.</summary>
    public bool Toggle()
    {
        return Status == DoorMotion.Opening || Status == DoorMotion.Open ? Close() : Open();
    }

    /// <summary>
    /// A player using the door by hand: same as Toggle, so it does nothing
    /// unless the door is Working (which includes Enabled). Disabling a door
    /// is how scripts lock it against players (game-behaviour.md section 5).
    /// </summary>
    public bool HandToggle() => Toggle();

    /// <summary>Advance one tick (1/60 s). Motion happens only while Working.</summary>
    public void Tick()
    {
        if (!Working || Removed)
        {
            return;
        }
        switch (Status)
        {
            case DoorMotion.Opening:
                _position++;
                if (_position >= FullTravelTicks)
                {
                    _position = FullTravelTicks;
                    Status = DoorMotion.Open;
                }
                break;
            case DoorMotion.Closing:
                int before = _position;
                _position--;
                if (_obstruction is double r)
                {
                    // The leaf touches the obstruction at the first position at
                    // or below r; it stops there and turns around.
                    int contact = (int)Math.Ceiling(r * FullTravelTicks);
                    if (contact < 1)
                    {
                        contact = 1;
                    }
                    if (_position <= contact)
                    {
                        // Stop at the contact point, or stay put when the
                        // obstruction appeared inside the leaf's path already.
                        _position = Math.Max(_position, Math.Min(before, contact));
                        Status = DoorMotion.Opening;
                        ObstructionReopenCount++;
                        break;
                    }
                }
                if (_position <= 0)
                {
                    _position = 0;
                    Status = DoorMotion.Closed;
                }
                break;
        }
    }
}
