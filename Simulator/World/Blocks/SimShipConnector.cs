using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;

namespace ShipSim.World.Blocks;

/// <summary>
/// A connector. There is no geometry: a test says which connector faces which (<see cref="BringTogether"/>),
/// which makes both Connectable; Connect() then locks them. Connecting two connectors on different grids docks
/// the grids (<see cref="Topology.Dock"/>): their terminal systems join, their constructs do not
/// (game-behaviour.md section 4). Disconnect, destruction or moving apart undock them again, unless another connected pair still
/// holds the same two grids together.
/// Our choices: connecting needs both connectors working; a connector that stops working stays connected
/// (game-behaviour.md says nothing); inventory (ThrowOut, CollectAll) is not simulated, the settings are only kept.
/// </summary>
public sealed class SimShipConnector : SimFunctionalBlock, IMyShipConnector
{
    SimShipConnector? _facing;
    SimShipConnector? _other;
    float _pullStrength;

    public SimShipConnector(SimGrid grid, string customName) : base(grid, customName)
    {
        // Game action ids: "SwitchLock" toggles, "Lock" connects, "Unlock" disconnects.
        AddAction("SwitchLock", "Switch lock", (b, _) => ((SimShipConnector)b).ToggleConnect());
        AddAction("Lock", "Lock", (b, _) => ((SimShipConnector)b).Connect());
        AddAction("Unlock", "Unlock", (b, _) => ((SimShipConnector)b).Disconnect());
    }

    public override string DefinitionDisplayNameText => "Connector";
    public override string TypeId => "ShipConnector";

    /// <summary>Places two connectors face to face (in range to lock). Either may already face another one: that
    /// pair is moved apart first.</summary>
    public static void BringTogether(SimShipConnector a, SimShipConnector b)
    {
        if (a == b)
            throw new ArgumentException("a connector cannot face itself", nameof(b));
        if (a._facing == b)
            return;
        a.MoveApart();
        b.MoveApart();
        a._facing = b;
        b._facing = a;
    }

    /// <summary>Moves this connector away from the one it faces, breaking the connection if any.</summary>
    public void MoveApart()
    {
        if (_facing == null)
            return;
        Disconnect();
        _facing._facing = null;
        _facing = null;
    }

    public MyShipConnectorStatus Status =>
        _other != null ? MyShipConnectorStatus.Connected
        : _facing != null && !_facing.Closed ? MyShipConnectorStatus.Connectable
        : MyShipConnectorStatus.Unconnected;

    public bool IsConnected => _other != null;

    /// <summary>Obsolete in the game; here: in range or locked (the old "ready to lock" light).</summary>
    public bool IsLocked => Status != MyShipConnectorStatus.Unconnected;

    /// <summary>The connector locked to this one; null when not connected (as in the game).</summary>
    public IMyShipConnector OtherConnector => _other!;

    public bool ThrowOut { get; set; }
    public bool CollectAll { get; set; }
    public bool IsParkingEnabled { get; set; }

    /// <summary>0..1, as the terminal slider (stored only).</summary>
    public float PullStrength
    {
        get => _pullStrength;
        set => _pullStrength = float.IsNaN(value) ? 0 : Math.Clamp(value, 0f, 1f);
    }

    /// <summary>Locks to the facing connector; does nothing unless Connectable and both are working.</summary>
    public void Connect()
    {
        if (Status != MyShipConnectorStatus.Connectable || !IsWorking || !_facing!.IsWorking)
            return;
        _other = _facing;
        _facing._other = this;
        if (Grid != _other.Grid && !World.Topology.AreDocked(Grid, _other.Grid))
            World.Topology.Dock(Grid, _other.Grid);
    }

    public void Disconnect()
    {
        if (_other == null)
            return;
        var other = _other;
        _other = null;
        other._other = null;
        if (Grid != other.Grid && !AnotherPairHolds(Grid, other.Grid))
            World.Topology.Undock(Grid, other.Grid);
    }

    public void ToggleConnect()
    {
        if (IsConnected)
            Disconnect();
        else
            Connect();
    }

    bool AnotherPairHolds(SimGrid a, SimGrid b) =>
        World.BlocksOf<SimShipConnector>().Any(c => c._other is { } o && !c.Closed && !o.Closed
            && ((c.Grid == a && o.Grid == b) || (c.Grid == b && o.Grid == a)));

    protected override void OnClosed() => MoveApart();

    protected override void DescribeOwnState(StringBuilder state)
    {
        state.Append(" status=").Append(Status);
        if (_other != null)
            state.Append(" to=#").Append(_other.EntityId);
    }
}
