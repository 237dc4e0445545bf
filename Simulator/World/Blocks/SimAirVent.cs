using System.Globalization;
using System.Text;
using ShipSim.World.Core;
using ShipSim.World.Physics;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace ShipSim.World.Blocks;

/// <summary>
/// An air vent (game-behaviour.md section 6) over a <see cref="VentMechanism"/> in the world's <see cref="AirSystem"/>.
/// Status comes from the mechanism, recomputed only on the vent's own 100-tick slot (drawn from the world's
/// seed), quirks included: an airtight room pumped to 0 % still reports Depressurizing. GetOxygenLevel() is 0
/// when the vent is not working and lags the room by up to 1.5 s when the room is airtight.
/// The game's vent also has two toolbar slots fired when its reading falls below 0.01 ("empty") or rises above
/// 0.99 ("full"): <see cref="OnEmpty"/> and <see cref="OnFull"/>, fired on the crossing (our reading of the
/// thresholds of game-behaviour.md section 6; the game's exact trigger rule is not known to us).
/// </summary>
public sealed class SimAirVent : SimFunctionalBlock, IMyAirVent, ITickPhase
{
    /// <summary>The reading under which the vent's "empty" toolbar fires (game-behaviour.md section 6).</summary>
    public const double EmptyThreshold = 0.01;
    /// <summary>The reading over which the vent's "full" toolbar fires (game-behaviour.md section 6).</summary>
    public const double FullThreshold = 0.99;

    readonly AirSystem _air;
    bool _wasEmpty;
    bool _wasFull;

    /// <summary>A vent facing <paramref name="room"/> (null: it faces no enclosed room) and pumping to and from the
    /// tanks of <paramref name="network"/> (null: not on a conveyor network).</summary>
    public SimAirVent(SimGrid grid, string customName, Room? room, ConveyorNetwork? network,
        double litresPerSecond = VentMechanism.DefaultLitresPerSecond) : base(grid, customName)
    {
        _air = World.Air();
        Mechanism = _air.Atmosphere.AddVent(customName, room, network, World.Random.Next(VentMechanism.StatusPeriodTicks),
            litresPerSecond, working: IsWorking);
        _air.Register(this);
        (_wasEmpty, _wasFull) = Reading();
        AddAction("Depressurize", "Depressurize On/Off", (b, _) => ((SimAirVent)b).Depressurize = !((SimAirVent)b).Depressurize);
        AddAction("Depressurize_On", "Depressurize On", (b, _) => ((SimAirVent)b).Depressurize = true);
        AddAction("Depressurize_Off", "Depressurize Off", (b, _) => ((SimAirVent)b).Depressurize = false);
        BindProperty("Depressurize", () => Depressurize, v => Depressurize = v);
    }

    public VentMechanism Mechanism { get; }
    public override string DefinitionDisplayNameText => "Air Vent";
    public override string TypeId => "AirVent";
    public TickOrder Order => TickOrder.Blocks;

    /// <summary>Fired when the reading falls below <see cref="EmptyThreshold"/>.</summary>
    public SimToolbar OnEmpty { get; } = new();
    /// <summary>Fired when the reading rises above <see cref="FullThreshold"/>.</summary>
    public SimToolbar OnFull { get; } = new();

    /// <summary>The room the vent faces; may be changed (a wall built or removed in front of it).</summary>
    public Room? Room
    {
        get => Mechanism.Room;
        set => Mechanism.Room = value;
    }

    public ConveyorNetwork? Network
    {
        get => Mechanism.Network;
        set => Mechanism.Network = value;
    }

    public bool Depressurize
    {
        get => Mechanism.Depressurize;
        set => Mechanism.Depressurize = value;
    }

    public bool CanPressurize => Mechanism.CanPressurize;
    public bool PressurizationEnabled => _air.PressurizationEnabled;
    public VentStatus Status => (VentStatus)(int)Mechanism.Status;

    // Checked here too: power lost earlier in this tick (a fault) already reads 0 before the Blocks phase.
    public float GetOxygenLevel() => IsWorking ? (float)Mechanism.GetOxygenLevel() : 0f;

    /// <summary>Obsolete in the game: the same as <see cref="Depressurize"/>.</summary>
    public bool IsDepressurizing => Depressurize;

    /// <summary>Obsolete in the game: the same as <see cref="CanPressurize"/>.</summary>
    public bool IsPressurized() => CanPressurize;

    // Before the air moves, so pumping this tick follows power and Enabled as they are now.
    public void OnTick(long tick) => Mechanism.Working = IsWorking;

    // While not working the vent neither watches nor fires; the edge state is kept for when it works again.
    internal void AfterAir()
    {
        if (!IsWorking)
            return;
        var (empty, full) = Reading();
        if (empty && !_wasEmpty)
            OnEmpty.Fire();
        if (full && !_wasFull)
            OnFull.Fire();
        (_wasEmpty, _wasFull) = (empty, full);
    }

    (bool Empty, bool Full) Reading()
    {
        double level = GetOxygenLevel();
        return (level < EmptyThreshold, level > FullThreshold);
    }

    protected override void OnClosed() => Mechanism.Working = false;

    protected override void DescribeOwnState(StringBuilder state)
    {
        state.Append(" status=").Append(Status);
        state.Append(" depressurize=").Append(Depressurize ? "on" : "off");
        state.Append(" level=").Append(GetOxygenLevel().ToString("0.####", CultureInfo.InvariantCulture));
        state.Append(" room=").Append(Room?.Name ?? "none");
        if (Room != null)
            state.Append(' ').Append(Room.Level.ToString("0.####", CultureInfo.InvariantCulture));
        state.Append(CanPressurize ? " airtight" : " not-airtight");
    }
}
