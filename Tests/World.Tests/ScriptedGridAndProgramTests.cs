using ShipSim.World.Blocks;
using VRageMath;

namespace ShipSim.World.Tests;

/// <summary>
/// What a script reads about its grid, its blocks and itself: slim blocks and integrity, access scopes, definitions
/// and orientation, the runtime's lifetime ticks and the world's settings, item data and the resource components.
/// </summary>
public class ScriptedGridAndProgramTests
{
    [Fact]
    public void SlimBlocksDefinitionsAndOrientation()
    {
        var (_, ship) = TestWorld.Ship();
        var thrust = new SimThrust(ship, "Thruster");
        thrust.Place(new Vector3I(2, 0, 0), new MyBlockOrientation(Base6Directions.Direction.Up, Base6Directions.Direction.Forward));
        thrust.Damage(0.5);
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var t = GridTerminalSystem.GetBlockWithName("Thruster");
                var slim = Me.CubeGrid.GetCubeBlock(t.Position);
                Echo((slim.FatBlock == t) + " " + (slim.CurrentDamage > 0 && slim.BuildIntegrity == slim.MaxIntegrity) + " " + slim.IsFullIntegrity + " " + slim.BlockDefinition.TypeIdString
                    + " " + t.BlockDefinition.SubtypeId + " " + t.DefinitionDisplayNameText + " " + t.Orientation.Forward + " " + t.Orientation.Up
                    + " " + Me.CubeGrid.CubeExists(t.Position) + " " + (Me.CubeGrid.GetCubeBlock(new Vector3I(9, 9, 9)) == null));
                var forward = t.WorldMatrix.Forward;
                Echo(Vector3D.Dot(forward, Me.CubeGrid.WorldMatrix.Up).ToString("0"));
            }
            """);
        Assert.Equal("True True False MyObjectBuilder_Thrust LargeBlockLargeThrust Thruster Up Forward True True\n1\n", pb.Run());
    }

    [Fact]
    public void CanAccess_SeparatesGridConstructAndDockedShips()
    {
        var (world, ship) = TestWorld.Ship();
        var rotor = new SimMotorStator(ship, "Rotor");
        _ = new SimInteriorLight((Core.SimGrid)rotor.TopGrid!, "Subgrid light");
        var station = world.AddGrid("Station", isStatic: true);
        var a = new SimShipConnector(ship, "Connector");
        var b = new SimShipConnector(station, "Station connector");
        SimShipConnector.BringTogether(a, b);
        a.Connect();
        _ = new SimInteriorLight(station, "Station light");
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var sub = GridTerminalSystem.GetBlockWithName("Subgrid light");
                var docked = GridTerminalSystem.GetBlockWithName("Station light");
                Echo(Scopes(sub) + " / " + Scopes(docked) + " / " + Scopes(Me) + " " + sub.IsSameConstructAs(Me) + " " + docked.IsSameConstructAs(Me));
            }
            string Scopes(IMyTerminalBlock b)
            {
                return GridTerminalSystem.CanAccess(b, MyTerminalAccessScope.Grid) + " " + GridTerminalSystem.CanAccess(b, MyTerminalAccessScope.Construct)
                    + " " + GridTerminalSystem.CanAccess(b) + " " + GridTerminalSystem.CanAccess(b.CubeGrid, MyTerminalAccessScope.Construct);
            }
            """);
        Assert.Equal("False True True True / False False True False / True True True True True False\n", pb.Run());
    }

    [Fact]
    public void Runtime_LifetimeTicksAndWorldSettings()
    {
        var (world, ship) = TestWorld.Ship();
        world.Settings.LargeShipMaxSpeed = 150f;
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                Echo(Runtime.LifetimeTicks + " " + World.LargeShipMaxSpeed + " " + World.InventoryMultiplier + " " + World.PressurizationEnabled);
            }
            """);
        var first = long.Parse(pb.Run().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        world.Run(100);
        var echo = pb.Run().TrimEnd('\n').Split(' ');
        Assert.Equal(first + 100, long.Parse(echo[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["150", "1", "True"], echo[1..]);
        // game-behaviour.md section 12: recompiling starts the count again.
        world.Run(50);
        pb.Recompile();
        Assert.Equal(first, long.Parse(pb.Run().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ItemInfoAndResourceComponents()
    {
        var (_, ship) = TestWorld.Ship();
        _ = new SimBatteryBlock(ship, "Battery");
        var pb = ScriptRig.Load(ship, """
            readonly MyDefinitionId Electricity = new MyDefinitionId(typeof(MyObjectBuilder_GasProperties), "Electricity");
            public void Main()
            {
                var info = MyItemType.MakeIngot("Iron").GetItemInfo();
                var battery = GridTerminalSystem.GetBlockWithName("Battery");
                MyResourceSourceComponent source;
                var hasSource = battery.Components.TryGet(out source);
                MyResourceSinkComponent sink;
                var hasSink = Me.Components.TryGet(out sink);
                Echo(info.IsIngot + " " + info.UsesFractions + " " + (info.Volume > 0) + " " + hasSource + " " + hasSink + " "
                    + (hasSource && source.MaxOutputByType(Electricity) > 0) + " " + (hasSink && sink.IsPoweredByType(Electricity)) + " " + Electricity);
            }
            """);
        Assert.Equal("True True True True True True True MyObjectBuilder_GasProperties/Electricity\n", pb.Run());
    }

    [Fact]
    public void VRageMath_InAScript()
    {
        var (_, ship) = TestWorld.Ship();
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var world = MatrixD.CreateWorld(new Vector3D(10, 0, 0), Vector3D.Right, Vector3D.Up);
                var local = Vector3D.TransformNormal(Vector3D.Right, MatrixD.Transpose(world));
                var q = QuaternionD.CreateFromAxisAngle(Vector3D.Up, Math.PI / 2);
                var turned = Vector3D.Transform(Vector3D.Forward, q);
                var box = new BoundingBoxD(Vector3D.Zero, new Vector3D(2, 2, 2));
                var color = Color.Lerp(Color.Black, new Color(200, 100, 50), 0.5f);
                Echo(Vector3D.Round(local, 3) + " " + Vector3D.Dot(turned, Vector3D.Left).ToString("0.000") + " " + box.Contains(new Vector3D(1, 1, 1)) + " "
                    + MathHelper.ToDegrees(MathHelper.Clamp(4f, 0f, MathHelper.Pi)).ToString("0") + " " + color.R + " " + Base6Directions.GetVector(Base6Directions.Direction.Left));
            }
            """);
        Assert.Equal("{X:0 Y:0 Z:-1} 1.000 Contains 180 100 {X:-1 Y:0 Z:0}\n", pb.Run());
    }

    [Fact]
    public void MemorySafeCollections_BehaveAsThePlainCollections()
    {
        var (_, ship) = TestWorld.Ship();
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var list = new MemorySafeList<int>(new[] { 1, 2, 3 });
                MemorySafeList<int> odd = list.FindAll(i => i % 2 == 1);
                var map = new MemorySafeDictionary<string, int>(StringComparer.Ordinal) { { "a", 1 } };
                var set = new MemorySafeHashSet<int>(odd);
                var queue = new MemorySafeQueue<int>(set);
                var sorted = new MemorySafeSortedDictionary<string, int>(map);
                Echo(odd.Count + " " + map["a"] + " " + queue.Peek() + " " + sorted.Count + " " + new MemorySafeStack<int>(list).Pop());
            }
            """);
        Assert.Equal("2 1 1 1 3\n", pb.Run());
    }
}
