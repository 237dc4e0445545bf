using System.Globalization;
using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using ShipSim.World.Physics;

namespace ShipSim.World.Blocks;

/// <summary>
/// A door (game-behaviour.md section 5) over a <see cref="DoorMechanism"/>. OpenDoor acts only from Closing/Closed,
/// CloseDoor only from Opening/Open, and none acts unless the door is working; the status flips at once and
/// the leaf moves one tick of travel per tick while working (it freezes in place otherwise). A basic door is
/// this class; the airtight kinds are <see cref="SimAirtightSlideDoor"/> and <see cref="SimAirtightHangarDoor"/>,
/// so `is IMyAirtightHangarDoor` answers as in the game. <see cref="Create"/> picks the class for a kind.
/// </summary>
public class SimDoor : SimFunctionalBlock, IMyDoor, ITickPhase
{
    /// <summary>A basic door, closed unless <paramref name="startOpen"/>.</summary>
    public SimDoor(SimGrid grid, string customName, bool startOpen = false)
        : this(grid, customName, DoorKind.Basic, startOpen)
    {
    }

    protected SimDoor(SimGrid grid, string customName, DoorKind kind, bool startOpen) : base(grid, customName)
    {
        Mechanism = new DoorMechanism(kind, startOpen, working: IsWorking);
        // Game action ids: "Open" toggles, "Open_On" opens, "Open_Off" closes; the same rules as the methods.
        BindProperty("Open", () => Open, v => { if (v) OpenDoor(); else CloseDoor(); });
        BindProperty("AnyoneCanUse", () => AnyoneCanUse, v => AnyoneCanUse = v);
        AddAction("Open", "Open/Closed", (b, _) => ((SimDoor)b).ToggleDoor());
        AddAction("Open_On", "Open", (b, _) => ((SimDoor)b).OpenDoor());
        AddAction("Open_Off", "Closed", (b, _) => ((SimDoor)b).CloseDoor());
    }

    /// <summary>A door of the given kind: <see cref="SimDoor"/>, <see cref="SimAirtightSlideDoor"/> or
    /// <see cref="SimAirtightHangarDoor"/>.</summary>
    public static SimDoor Create(SimGrid grid, string customName, DoorKind kind, bool startOpen = false) => kind switch
    {
        DoorKind.Basic => new SimDoor(grid, customName, startOpen),
        DoorKind.Sliding => new SimAirtightSlideDoor(grid, customName, startOpen),
        DoorKind.AirtightHangar => new SimAirtightHangarDoor(grid, customName, startOpen),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown door kind"),
    };

    public DoorMechanism Mechanism { get; }
    public DoorKind Kind => Mechanism.Kind ?? DoorKind.Basic;
    public override string DefinitionDisplayNameText => "Door";
    public override string TypeId => "Door";
    public TickOrder Order => TickOrder.Blocks;

    /// <summary>The air link this door opens and seals, once <see cref="ConnectRooms"/> was called.</summary>
    public DoorLink? AirLink { get; private set; }

    /// <summary>How many times a player used the door by hand and it acted.</summary>
    public int HandUses { get; private set; }

    public DoorStatus Status => (DoorStatus)(int)Mechanism.Status;
    public float OpenRatio => (float)Mechanism.OpenRatio;

    /// <summary>Obsolete in the game: true when the door is (becoming) open.</summary>
    public bool Open => Mechanism.Status is DoorMotion.Opening or DoorMotion.Open;
    /// <summary>Kept; who may use the door by hand is not modelled beyond it being working.</summary>
    public bool AnyoneCanUse { get; set; }

    public void OpenDoor()
    {
        Sync();
        Mechanism.Open();
    }

    public void CloseDoor()
    {
        Sync();
        Mechanism.Close();
    }

    public void ToggleDoor()
    {
        Sync();
        Mechanism.Toggle();
    }

    /// <summary>A player opens the door by hand: only when it is working (which includes Enabled), so a disabled
    /// door is locked against players (game-behaviour.md section 5). Returns whether it acted.</summary>
    public bool HandOpen() => Hand(() => Mechanism.Open());

    /// <summary>A player closes the door by hand (see <see cref="HandOpen"/>).</summary>
    public bool HandClose() => Hand(() => Mechanism.Close());

    /// <summary>A player presses "use" on the door (see <see cref="HandOpen"/>).</summary>
    public bool HandToggle() => Hand(() => Mechanism.HandToggle());

    bool Hand(Func<bool> act)
    {
        Sync();
        if (!IsWorking || !act())
            return false;
        HandUses++;
        return true;
    }

    /// <summary>Something stands in the doorway: a closing leaf that reaches <paramref name="ratio"/> (0..1 open)
    /// reopens (game-behaviour.md section 5). Null clears the doorway.</summary>
    public void Obstruct(double? ratio) => Mechanism.Obstruction = ratio;

    /// <summary>Puts this door between two rooms of the world's air, or between a room and Outside
    /// (<paramref name="b"/> null): air passes whenever the door is not fully Closed.</summary>
    public DoorLink ConnectRooms(Room a, Room? b)
    {
        if (AirLink != null)
            throw new InvalidOperationException($"{this} already joins {AirLink.A.Name} and {AirLink.B?.Name ?? "Outside"}");
        AirLink = World.Air().Atmosphere.AddDoor(Mechanism, a, b);
        return AirLink;
    }

    public void OnTick(long tick)
    {
        Sync();
        Mechanism.Tick();
    }

    // A command in the middle of a tick (a script, a toolbar) must see power and Enabled as they are now.
    void Sync() => Mechanism.Working = IsWorking;

    // A destroyed door leaves a hole in the doorway (our choice, see DoorMechanism.Removed).
    protected override void OnClosed()
    {
        Mechanism.Working = false;
        Mechanism.Removed = true;
    }

    protected override void DescribeOwnState(StringBuilder state)
    {
        state.Append(" status=").Append(Status);
        state.Append(" ratio=").Append(Mechanism.OpenRatio.ToString("0.####", CultureInfo.InvariantCulture));
        if (Mechanism.Obstruction is double r)
            state.Append(" obstructed=").Append(r.ToString("0.####", CultureInfo.InvariantCulture));
    }
}

/// <summary>Airtight sliding door: about 1.25 s to travel (game-behaviour.md section 5).</summary>
public sealed class SimAirtightSlideDoor : SimDoor, IMyAirtightSlideDoor
{
    public SimAirtightSlideDoor(SimGrid grid, string customName, bool startOpen = false)
        : base(grid, customName, DoorKind.Sliding, startOpen)
    {
    }

    public override string DefinitionDisplayNameText => "Sliding Door";
    public override string TypeId => "AirtightSlideDoor";
}

/// <summary>Airtight hangar door: about 10 s to travel (game-behaviour.md section 5).</summary>
public sealed class SimAirtightHangarDoor : SimDoor, IMyAirtightHangarDoor
{
    public SimAirtightHangarDoor(SimGrid grid, string customName, bool startOpen = false)
        : base(grid, customName, DoorKind.AirtightHangar, startOpen)
    {
    }

    public override string DefinitionDisplayNameText => "Airtight Hangar Door";
    public override string TypeId => "AirtightHangarDoor";
}
