using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 4: what a grid terminal system sees, and block state.</summary>
public class Section4_GridTerminalSystemTests
{
    [Fact]
    public void Section4_DockedGridsShareTheTerminalSystemButNotTheConstruct()
    {
        var (world, ship) = TestWorld.Ship();
        var station = world.AddGrid("Station", isStatic: true);
        var mine = new SimTextPanel(ship, "Ship LCD");
        var theirs = new SimTextPanel(station, "Station LCD");
        world.Topology.Dock(ship, station);

        var terminal = new SimGridTerminalSystem(mine);
        var seen = new List<IMyTextPanel>();
        terminal.GetBlocksOfType(seen);
        Assert.Contains(theirs, seen);
        Assert.False(mine.IsSameConstructAs(theirs));

        world.Topology.Undock(ship, station);
        terminal.GetBlocksOfType(seen);
        Assert.DoesNotContain(theirs, seen);
    }

    [Fact]
    public void Section4_RotorsJoinGridsIntoOneConstruct()
    {
        var (world, ship) = TestWorld.Ship();
        var turret = world.AddGrid("Turret");
        var a = new SimTextPanel(ship, "A");
        var b = new SimTextPanel(turret, "B");
        Assert.False(a.IsSameConstructAs(b));
        world.Topology.JoinMechanically(ship, turret);
        Assert.True(a.IsSameConstructAs(b));
        Assert.True(ship.IsSameConstructAs(turret));
    }

    [Fact]
    public void Section4_MergedGridsAreOneGrid()
    {
        var (world, ship) = TestWorld.Ship();
        var other = world.AddGrid("Other");
        var b = new SimTextPanel(other, "B");
        world.Merge(ship, other);
        Assert.Same(ship, b.CubeGrid);
        Assert.True(other.Closed);
    }

    [Fact]
    public void Section4_ListMethodsClearTheListFirst()
    {
        var (world, ship) = TestWorld.Ship();
        var panel = new SimTextPanel(ship, "LCD");
        var terminal = new SimGridTerminalSystem(panel);
        var list = new List<IMyTerminalBlock> { panel, panel, panel };
        terminal.GetBlocks(list);
        Assert.Single(list);
        terminal.SearchBlocksOfName("nothing", list);
        Assert.Empty(list);
    }

    [Fact]
    public void Section4_NamesExactAndCaseSensitiveButSearchIsContainsAnyCase()
    {
        var (world, ship) = TestWorld.Ship();
        var panel = new SimTextPanel(ship, "Airlock LCD");
        world.AddToGroup("Airlock", panel);
        var terminal = new SimGridTerminalSystem(panel);
        Assert.Same(panel, terminal.GetBlockWithName("Airlock LCD"));
        Assert.Null(terminal.GetBlockWithName("airlock lcd"));
        Assert.Null(terminal.GetBlockWithName("Airlock"));
        Assert.NotNull(terminal.GetBlockGroupWithName("Airlock"));
        Assert.Null(terminal.GetBlockGroupWithName("airlock"));
        var found = new List<IMyTerminalBlock>();
        terminal.SearchBlocksOfName("LOCK l", found);
        Assert.Single(found);
        Assert.Same(panel, terminal.GetBlockWithId(panel.EntityId));
    }

    [Fact]
    public void Section4_IsWorkingNeedsFunctionalPoweredAndEnabled()
    {
        var (world, ship) = TestWorld.Ship();
        var panel = new SimTextPanel(ship, "LCD");
        Assert.True(panel.IsWorking);
        panel.Enabled = false;
        Assert.False(panel.IsWorking);
        panel.Enabled = true;
        ship.Powered = false;
        Assert.False(panel.IsWorking);
        Assert.True(panel.IsFunctional);
        ship.Powered = true;
        panel.Damage(0.6);
        Assert.False(panel.IsFunctional);
        Assert.False(panel.IsWorking);
        panel.Repair();
        Assert.True(panel.IsWorking);
    }

    [Fact]
    public void Section4_DestroyedBlockIsClosedAndGoneButReferenceStaysValid()
    {
        var (world, ship) = TestWorld.Ship();
        var panel = new SimTextPanel(ship, "LCD");
        var other = new SimTextPanel(ship, "Other");
        var terminal = new SimGridTerminalSystem(other);
        panel.Destroy();
        Assert.True(panel.Closed);
        Assert.False(panel.IsWorking);
        Assert.Equal("LCD", panel.CustomName);
        Assert.Null(terminal.GetBlockWithName("LCD"));
    }
}
