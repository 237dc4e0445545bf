using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 4 through scripts: what a terminal system covers (mechanical group and
/// docked constructs, nothing else), IsSameConstructAs on blocks and grids, every list method clearing its
/// list, references to destroyed blocks, the functional threshold, text surfaces.</summary>
public class Section4_LogicalGroupTests
{
    // Counts what the script sees by name, by type, and filtered to its own construct.
    const string Census = """
        readonly List<IMyTerminalBlock> all = new List<IMyTerminalBlock>();
        readonly List<IMyProgrammableBlock> pbs = new List<IMyProgrammableBlock>();
        public void Main(string argument)
        {
            GridTerminalSystem.GetBlocks(all);
            GridTerminalSystem.GetBlocksOfType(pbs);
            int pbsHere = 0;
            foreach (var pb in pbs) if (pb.IsSameConstructAs(Me)) pbsHere++;
            var named = GridTerminalSystem.GetBlockWithName(argument);
            Echo(all.Count + " " + pbs.Count + " " + pbsHere + " " + (named == null ? "-" : named.IsSameConstructAs(Me) + "/" + named.CubeGrid.IsSameConstructAs(Me.CubeGrid)));
        }
        """;

    [Fact]
    public void Section4_RotorJoinedGridsAreVisibleAndTheSameConstruct()
    {
        var (world, ship) = TestWorld.Ship();
        var turret = world.AddGrid("Turret");
        var pb = new SimProgrammableBlock(ship, "PB", Census);
        _ = new SimProgrammableBlock(turret, "Turret PB");
        pb.RunFromToolbar("Turret PB");
        Assert.Equal("1 1 1 -\n", pb.EchoText); // not joined yet: not visible
        world.Topology.JoinMechanically(ship, turret);
        pb.RunFromToolbar("Turret PB");
        Assert.Equal("2 2 2 True/True\n", pb.EchoText);
    }

    [Fact]
    public void Section4_DockedConstructsAreVisibleButNotTheSameConstruct()
    {
        var (world, ship) = TestWorld.Ship();
        var station = world.AddGrid("Station", isStatic: true);
        var arm = world.AddGrid("Station arm");
        world.Topology.JoinMechanically(station, arm);
        var pb = new SimProgrammableBlock(ship, "PB", Census);
        _ = new SimProgrammableBlock(station, "Station PB");
        _ = new SimTextPanel(arm, "Arm LCD");
        world.Topology.Dock(ship, station);
        pb.RunFromToolbar("Arm LCD");
        Assert.Equal("3 2 1 False/False\n", pb.EchoText); // the docked station's whole construct shows
        world.Topology.Undock(ship, station);
        pb.RunFromToolbar("Arm LCD");
        Assert.Equal("1 1 1 -\n", pb.EchoText);
    }

    [Fact]
    public void Section4_BlocksOnUnconnectedGridsAreNotFoundByAnyMethod()
    {
        var (world, ship) = TestWorld.Ship();
        var other = world.AddGrid("Other ship");
        var far = new SimTextPanel(other, "Far LCD");
        world.AddToGroup("Far", far);
        var terminal = new SimGridTerminalSystem(new SimTextPanel(ship, "Near LCD"));
        var list = new List<IMyTerminalBlock>();
        Assert.Null(terminal.GetBlockWithName("Far LCD"));
        Assert.Null(terminal.GetBlockWithId(far.EntityId));
        Assert.Null(terminal.GetBlockGroupWithName("Far"));
        terminal.SearchBlocksOfName("Far", list);
        Assert.Empty(list);
        terminal.GetBlocksOfType<IMyTextPanel>(list);
        Assert.Single(list);
    }

    [Fact]
    public void Section4_EveryListMethodClearsTheListFirst()
    {
        var (world, ship) = TestWorld.Ship();
        var lcd = new SimTextPanel(ship, "LCD");
        var timer = new SimTimerBlock(ship, "Timer");
        world.AddToGroup("Group", lcd);
        var terminal = new SimGridTerminalSystem(lcd);
        var stale = new SimTextPanel(world.AddGrid("Elsewhere"), "Stale");

        var blocks = new List<IMyTerminalBlock> { stale, stale };
        terminal.GetBlocksOfType<IMyTextPanel>(blocks);
        Assert.Equal([lcd], blocks);
        var panels = new List<IMyTextPanel> { stale };
        terminal.GetBlocksOfType(panels);
        Assert.Equal([lcd], panels);
        blocks.Add(stale);
        terminal.GetBlocksOfType<IMyTextPanel>(blocks, b => b.CustomName == "none");
        Assert.Empty(blocks);
        var groups = new List<IMyBlockGroup> { null! };
        terminal.GetBlockGroups(groups);
        Assert.Equal(["Group"], groups.Select(g => g.Name));

        var group = terminal.GetBlockGroupWithName("Group")!;
        blocks.Add(timer);
        group.GetBlocks(blocks);
        Assert.Equal([lcd], blocks);
        blocks.Add(timer);
        group.GetBlocksOfType<IMyTextPanel>(blocks);
        Assert.Equal([lcd], blocks);
        panels.Add(stale);
        group.GetBlocksOfType(panels);
        Assert.Equal([lcd], panels);
    }

    [Fact]
    public void Section4_AScriptsReferenceToADestroyedBlockStaysValidAndReportsClosed()
    {
        var (_, ship) = TestWorld.Ship();
        var lcd = new SimTextPanel(ship, "LCD");
        var pb = new SimProgrammableBlock(ship, "PB", """
            IMyTextPanel lcd;
            public Program() { lcd = (IMyTextPanel)GridTerminalSystem.GetBlockWithName("LCD"); }
            public void Main()
            {
                Echo(lcd.CustomName + " closed=" + lcd.Closed + " working=" + lcd.IsWorking + " functional=" + lcd.IsFunctional
                    + " found=" + (GridTerminalSystem.GetBlockWithName("LCD") != null));
            }
            """);
        pb.RunFromToolbar("");
        Assert.Equal("LCD closed=False working=True functional=True found=True\n", pb.EchoText);
        lcd.Destroy();
        pb.RunFromToolbar("");
        Assert.False(pb.IsTerminated);
        Assert.Equal("LCD closed=True working=False functional=False found=False\n", pb.EchoText);
    }

    [Fact]
    public void Section4_IsFunctionalAboveTheFunctionalThreshold()
    {
        var (_, ship) = TestWorld.Ship();
        var lcd = new SimTextPanel(ship, "LCD") { FunctionalThreshold = 0.5 };
        lcd.Damage(0.4);
        Assert.True(lcd.IsFunctional);
        Assert.True(lcd.IsWorking);
        lcd.Damage(0.2);
        Assert.False(lcd.IsFunctional);
        Assert.False(lcd.IsWorking);
        Assert.False(lcd.Closed); // damaged, not removed
    }

    [Fact]
    public void Section4_CubeGridAndEntityIdAsScriptsSeeThem()
    {
        var (world, ship) = TestWorld.Ship();
        var lcd = new SimTextPanel(ship, "LCD");
        var pb = new SimProgrammableBlock(ship, "PB", """
            public void Main()
            {
                var lcd = GridTerminalSystem.GetBlockWithName("LCD");
                Echo((lcd.CubeGrid == Me.CubeGrid) + " " + lcd.EntityId + " " + Me.CubeGrid.EntityId);
            }
            """);
        pb.RunFromToolbar("");
        Assert.Equal($"True {lcd.EntityId} {ship.EntityId}\n", pb.EchoText);
        Assert.NotEqual(lcd.EntityId, pb.EntityId);
    }

    [Fact]
    public void Section4_IsRunningIsTrueOnlyWhileItsOwnScriptExecutes()
    {
        var (_, ship) = TestWorld.Ship();
        var other = new SimProgrammableBlock(ship, "Other", "public void Main() { }");
        var pb = new SimProgrammableBlock(ship, "PB", """
            public void Main()
            {
                var other = (IMyProgrammableBlock)GridTerminalSystem.GetBlockWithName("Other");
                Echo(Me.IsRunning + " " + other.IsRunning);
            }
            """);
        Assert.False(pb.IsRunning);
        pb.RunFromToolbar("");
        Assert.Equal("True False\n", pb.EchoText);
        Assert.False(pb.IsRunning);
        Assert.False(other.IsRunning);
    }

    [Fact]
    public void Section4_TextSurfaceWriteAppendReadAndSettings()
    {
        var (_, ship) = TestWorld.Ship();
        var lcd = new SimTextPanel(ship, "LCD");
        var pb = new SimProgrammableBlock(ship, "PB", """
            public void Main()
            {
                var lcd = (IMyTextPanel)GridTerminalSystem.GetBlockWithName("LCD");
                lcd.WriteText("one");
                lcd.WriteText(new StringBuilder(" two"), true);
                lcd.WriteText("\nthree", true);
                var sb = new StringBuilder("old");
                lcd.ReadText(sb);
                var appended = new StringBuilder(">");
                lcd.ReadText(appended, true);
                lcd.ContentType = ContentType.TEXT_AND_IMAGE;
                lcd.Alignment = TextAlignment.CENTER;
                lcd.FontSize = 2f; lcd.Font = "Monospace"; lcd.FontColor = Color.Red; lcd.BackgroundColor = Color.Blue; lcd.TextPadding = 5f;
                Me.GetSurface(0).WriteText(sb.ToString() == lcd.GetText() && appended.ToString() == ">" + lcd.GetText() ? "ok" : "bad");
                Me.GetSurface(0).WriteText(new StringBuilder("!"), true);
            }
            """);
        pb.RunFromToolbar("");
        Assert.False(pb.IsTerminated, pb.DetailedInfo);
        Assert.Equal("one two\nthree", lcd.GetText());
        Assert.Equal("ok!", pb.Surfaces[0].GetText());
        Assert.Equal((VRage.Game.GUI.TextPanel.ContentType.TEXT_AND_IMAGE, VRage.Game.GUI.TextPanel.TextAlignment.CENTER, 2f, "Monospace", 5f),
            (lcd.ContentType, lcd.Alignment, lcd.FontSize, lcd.Font, lcd.TextPadding));
        Assert.Equal(VRageMath.Color.Red, lcd.FontColor);
        Assert.Equal(VRageMath.Color.Blue, lcd.BackgroundColor);
        lcd.WriteText("replaced");
        Assert.Equal("replaced", lcd.GetText()); // append defaults to false
    }
}
