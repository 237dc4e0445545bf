using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 4: connectors dock grids into one terminal system, not one construct.</summary>
public class Section4_ConnectorTests
{
    static (SimWorld World, SimGrid Ship, SimGrid Station, SimShipConnector A, SimShipConnector B) Docking()
    {
        var (world, ship) = TestWorld.Ship();
        var station = world.AddGrid("Station", isStatic: true);
        var a = new SimShipConnector(ship, "Ship Connector");
        var b = new SimShipConnector(station, "Station Connector");
        return (world, ship, station, a, b);
    }

    [Fact]
    public void Section4_ConnectingJoinsTerminalSystemsButNotConstructs()
    {
        var (world, ship, station, a, b) = Docking();
        var stationDoor = new SimDoor(station, "Station Door");
        var terminal = new SimGridTerminalSystem(a);
        var doors = new List<IMyDoor>();

        Assert.Equal(MyShipConnectorStatus.Unconnected, a.Status);
        a.Connect(); // nothing in range
        Assert.False(a.IsConnected);

        SimShipConnector.BringTogether(a, b);
        Assert.Equal(MyShipConnectorStatus.Connectable, a.Status);
        Assert.Equal(MyShipConnectorStatus.Connectable, b.Status);
        terminal.GetBlocksOfType(doors);
        Assert.Empty(doors);

        a.Connect();
        Assert.Equal(MyShipConnectorStatus.Connected, a.Status);
        Assert.Equal(MyShipConnectorStatus.Connected, b.Status);
        Assert.Same(b, a.OtherConnector);
        Assert.Same(a, b.OtherConnector);
        Assert.True(world.Topology.AreDocked(ship, station));
        terminal.GetBlocksOfType(doors);
        Assert.Contains(stationDoor, doors);
        Assert.False(a.IsSameConstructAs(stationDoor));
        Assert.False(ship.IsSameConstructAs(station));

        b.Disconnect();
        Assert.Equal(MyShipConnectorStatus.Connectable, a.Status);
        Assert.Null(a.OtherConnector);
        Assert.False(world.Topology.AreDocked(ship, station));
        terminal.GetBlocksOfType(doors);
        Assert.Empty(doors);
    }

    [Fact]
    public void Section4_ToggleAndActionsLockAndUnlock()
    {
        var (world, ship, station, a, b) = Docking();
        SimShipConnector.BringTogether(a, b);
        a.ToggleConnect();
        Assert.True(b.IsConnected);
        a.Action("Unlock")!.Apply(a);
        Assert.False(b.IsConnected);
        b.Action("Lock")!.Apply(b);
        Assert.True(a.IsConnected);
        b.Action("SwitchLock")!.Apply(b);
        Assert.False(world.Topology.AreDocked(ship, station));
    }

    [Fact]
    public void Section4_ANotWorkingConnectorCannotLock()
    {
        var (world, ship, station, a, b) = Docking();
        SimShipConnector.BringTogether(a, b);
        b.Enabled = false;
        a.Connect();
        Assert.False(a.IsConnected);
        b.Enabled = true;
        ship.Powered = false;
        b.Connect();
        Assert.False(b.IsConnected);
        Assert.False(world.Topology.AreDocked(ship, station));
    }

    [Fact]
    public void Section4_DestroyingOrMovingApartUndocks()
    {
        var (world, ship, station, a, b) = Docking();
        SimShipConnector.BringTogether(a, b);
        a.Connect();
        b.Destroy();
        Assert.Equal(MyShipConnectorStatus.Unconnected, a.Status);
        Assert.False(world.Topology.AreDocked(ship, station));

        var c = new SimShipConnector(station, "Station Connector 2");
        SimShipConnector.BringTogether(a, c);
        a.Connect();
        Assert.True(world.Topology.AreDocked(ship, station));
        c.MoveApart();
        Assert.Equal(MyShipConnectorStatus.Unconnected, a.Status);
        Assert.False(world.Topology.AreDocked(ship, station));
    }

    [Fact]
    public void Section4_TwoConnectedPairsHoldTheGridsUntilBothLetGo()
    {
        var (world, ship, station, a, b) = Docking();
        var a2 = new SimShipConnector(ship, "Ship Connector 2");
        var b2 = new SimShipConnector(station, "Station Connector 2");
        SimShipConnector.BringTogether(a, b);
        SimShipConnector.BringTogether(a2, b2);
        a.Connect();
        a2.Connect();
        a.Disconnect();
        Assert.True(world.Topology.AreDocked(ship, station));
        a2.Disconnect();
        Assert.False(world.Topology.AreDocked(ship, station));
    }
}
