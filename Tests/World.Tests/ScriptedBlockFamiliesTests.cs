using ShipSim.World.Blocks;
using VRage;
using VRage.Game.ModAPI.Ingame;
using VRageMath;

namespace ShipSim.World.Tests;

/// <summary>
/// Each family of blocks through a script game-compiled against the stand-in and run in a simulated programmable
/// block: the script finds the blocks, uses their interface and their terminal properties and actions by name, and
/// the blocks keep (or act on) what it set. What each block models is in Simulator/World/Blocks/README.md.
/// </summary>
public class ScriptedBlockFamiliesTests
{
    [Fact]
    public void ThrustersAndGyros_TakeOverrides()
    {
        var (_, ship) = TestWorld.Ship();
        var thrust = new SimThrust(ship, "Thruster");
        var gyro = new SimGyro(ship, "Gyro");
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var thrusters = new List<IMyThrust>();
                GridTerminalSystem.GetBlocksOfType(thrusters);
                var t = thrusters[0];
                t.ThrustOverridePercentage = 0.5f;
                Echo((t.ThrustOverride / t.MaxThrust).ToString("0.00") + " " + t.GridThrustDirection);
                var g = GridTerminalSystem.GetBlockWithName("Gyro") as IMyGyro;
                g.GyroOverride = true;
                g.Yaw = 1.5f;
                g.SetValueFloat("Pitch", -2f);
                g.ApplyAction("DecreaseRoll");
                Echo(g.GyroOverride + " " + g.Yaw.ToString("0.0") + " " + g.Pitch.ToString("0.0") + " " + (g.Roll < 0));
            }
            """);
        Assert.Equal("0.50 " + Base6Directions.GetIntVector(thrust.Orientation.Forward) + "\nTrue 1.5 -2.0 True\n", pb.Run());
        Assert.Equal(thrust.MaxThrust * 0.5f, thrust.CurrentThrust, 1f);
        Assert.True(gyro.GyroOverride);
        Assert.Equal(-2f, gyro.Pitch);
    }

    [Fact]
    public void PistonsRotorsAndHinges_MoveTheirTopParts()
    {
        var (world, ship) = TestWorld.Ship();
        var piston = new SimPistonBase(ship, "Piston");
        var rotor = new SimMotorStator(ship, "Rotor");
        var hinge = new SimHinge(ship, "Hinge");
        var pb = ScriptRig.Load(ship, """
            public void Main(string argument)
            {
                var piston = GridTerminalSystem.GetBlockWithName("Piston") as IMyPistonBase;
                var rotor = GridTerminalSystem.GetBlockWithName("Rotor") as IMyMotorStator;
                var hinge = GridTerminalSystem.GetBlockWithName("Hinge") as IMyMotorStator;
                if (argument == "start")
                {
                    piston.Velocity = 2f;
                    piston.MaxLimit = 4f;
                    rotor.TargetVelocityRPM = 30f;
                    hinge.UpperLimitDeg = 45f;
                    hinge.TargetVelocityRPM = 10f;
                }
                Echo(piston.CurrentPosition.ToString("0.0") + " " + piston.Status + " " + (rotor.TopGrid != null) + " "
                    + rotor.IsAttached + " " + MathHelper.ToDegrees(hinge.Angle).ToString("0") + " " + (rotor.Top.Base == rotor));
            }
            """);
        Assert.Equal("0.0 Extending True True 0 True\n", pb.Run("start"));
        world.RunSeconds(3);
        var echo = pb.Run();
        Assert.StartsWith("4.0 Extended True True 45 True", echo);
        Assert.Equal(4f, piston.CurrentPosition, 3);
        Assert.NotEqual(0f, rotor.Angle);
        Assert.NotSame(ship, rotor.TopGrid);
        Assert.True(world.Topology.SameConstruct(ship, (Core.SimGrid)rotor.TopGrid!), "a rotor's top grid is part of the construct");
    }

    [Fact]
    public void CargoAndInventories_CountAndTransferItems()
    {
        var (_, ship) = TestWorld.Ship();
        var source = new SimCargoContainer(ship, "Source");
        var target = new SimCargoContainer(ship, "Target");
        source.Cargo.Add(MyItemType.MakeOre("Iron"), 1000);
        source.Cargo.Add(MyItemType.MakeComponent("SteelPlate"), 10);
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var from = GridTerminalSystem.GetBlockWithName("Source").GetInventory(0);
                var to = GridTerminalSystem.GetBlockWithName("Target").GetInventory();
                var items = new List<MyInventoryItem>();
                from.GetItems(items, i => i.Type.TypeId == "MyObjectBuilder_Ore");
                var ore = items[0];
                var moved = from.TransferItemTo(to, ore, (MyFixedPoint)250.5);
                var plates = MyItemType.MakeComponent("SteelPlate");
                Echo(moved + " " + from.GetItemAmount(ore.Type) + " " + to.GetItemAmount(ore.Type) + " "
                    + from.ContainItems(10, plates) + " " + from.IsConnectedTo(to) + " " + (to.CurrentVolume > 0)
                    + " " + (from.CurrentMass > to.CurrentMass) + " " + to.CanItemsBeAdded(1, plates) + " " + from.FindItem(plates).HasValue);
            }
            """);
        Assert.Equal("True 749.5 250.5 True True True True True True\n", pb.Run());
        Assert.Equal((MyFixedPoint)250.5, target.Cargo.GetItemAmount(MyItemType.MakeOre("Iron")));
    }

    [Fact]
    public void ProductionBlocks_KeepTheirQueue()
    {
        var (_, ship) = TestWorld.Ship();
        var assembler = new SimAssembler(ship, "Assembler");
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var assembler = GridTerminalSystem.GetBlockWithName("Assembler") as IMyAssembler;
                var plate = MyDefinitionId.Parse("MyObjectBuilder_BlueprintDefinition/SteelPlate");
                assembler.AddQueueItem(plate, (MyFixedPoint)20);
                assembler.InsertQueueItem(0, MyDefinitionId.Parse("MyObjectBuilder_BlueprintDefinition/ConstructionComponent"), 5.0);
                assembler.Mode = MyAssemblerMode.Assembly;
                assembler.Repeating = true;
                var queue = new List<MyProductionItem>();
                assembler.GetQueue(queue);
                Echo(queue.Count + " " + queue[0].BlueprintId.SubtypeName + " " + queue[1].Amount + " " + assembler.IsProducing
                    + " " + assembler.IsQueueEmpty + " " + (assembler.OutputInventory != null));
                assembler.RemoveQueueItem(0, 5.0);
                assembler.GetQueue(queue);
                Echo(queue.Count.ToString());
            }
            """);
        Assert.Equal("2 ConstructionComponent 20 True False True\n1\n", pb.Run());
        Assert.True(assembler.Repeating);
    }

    [Fact]
    public void PowerBlocks_ReportChargeOutputAndDetailedInfo()
    {
        var (_, ship) = TestWorld.Ship();
        var battery = new SimBatteryBlock(ship, "Battery", 0.5f);
        var solar = new SimSolarPanel(ship, "Solar") { Output = 0.1f };
        var reactor = new SimReactor(ship, "Reactor") { Output = 10f };
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var battery = GridTerminalSystem.GetBlockWithName("Battery") as IMyBatteryBlock;
                battery.ChargeMode = ChargeMode.Recharge;
                var solar = GridTerminalSystem.GetBlockWithName("Solar") as IMySolarPanel;
                var reactor = GridTerminalSystem.GetBlockWithName("Reactor") as IMyReactor;
                var fuel = reactor.GetInventory(0).GetItemAmount(MyItemType.MakeIngot("Uranium"));
                Echo((battery.CurrentStoredPower / battery.MaxStoredPower).ToString("0.0") + " " + battery.ChargeMode + " "
                    + solar.CurrentOutput.ToString("0.0") + " " + solar.DetailedInfo.Split('\n')[1] + " " + reactor.CurrentOutput + " " + fuel);
            }
            """);
        Assert.Equal("0.5 Recharge 0.1 Max Output: 160.00 kW 0 0\n", pb.Run());
        reactor.Fuel.Add(SimReactor.Uranium, 1);
        Assert.EndsWith(" 10 1\n", pb.Run());
        Assert.Equal(Sandbox.ModAPI.Ingame.ChargeMode.Recharge, battery.ChargeMode);
    }

    [Fact]
    public void AntennasBeaconsAndLaserAntennas_KeepTheirSettings()
    {
        var (_, ship) = TestWorld.Ship();
        var antenna = new SimRadioAntenna(ship, "Antenna");
        var beacon = new SimBeacon(ship, "Beacon");
        var laser = new SimLaserAntenna(ship, "Laser");
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var antenna = GridTerminalSystem.GetBlockWithName("Antenna") as IMyRadioAntenna;
                antenna.Radius = 5000f;
                antenna.HudText = "Mothership";
                antenna.EnableBroadcasting = false;
                var beacon = GridTerminalSystem.GetBlockWithName("Beacon") as IMyBeacon;
                beacon.SetValueFloat("Radius", 20000f);
                var laser = GridTerminalSystem.GetBlockWithName("Laser") as IMyLaserAntenna;
                laser.SetTargetCoords("GPS:Relay:1000:0:0:");
                laser.Connect();
                Echo(antenna.IsBroadcasting + " " + antenna.Radius + " " + beacon.Radius + " " + laser.Status + " " + laser.TargetCoords);
            }
            """);
        Assert.Equal("False 5000 20000 Connecting {X:1000 Y:0 Z:0}\n", pb.Run());
        Assert.Equal("Mothership", antenna.HudText);
        Assert.Equal(20000f, beacon.Radius);
    }

    [Fact]
    public void CameraRaycast_ChargesWithTimeAndFindsNothingInEmptySpace()
    {
        var (world, ship) = TestWorld.Ship();
        _ = new SimCameraBlock(ship, "Camera");
        var pb = ScriptRig.Load(ship, """
            IMyCameraBlock camera;
            public Program() { camera = GridTerminalSystem.GetBlockWithName("Camera") as IMyCameraBlock; camera.EnableRaycast = true; }
            public void Main()
            {
                var before = camera.AvailableScanRange;
                var can = camera.CanScan(1000);
                var hit = can ? camera.Raycast(1000) : new MyDetectedEntityInfo();
                Echo(before.ToString("0") + " " + can + " " + hit.IsEmpty() + " " + camera.AvailableScanRange.ToString("0") + " " + camera.TimeUntilScan(1000));
            }
            """);
        Assert.Equal("0 False True 0 500\n", pb.Run());
        world.RunSeconds(1);
        // 2000 m of range a second (our rate): after a second the camera can cast 1000 m and has 1000 m left.
        Assert.Equal("2000 True True 1000 0\n", pb.Run());
    }

    [Fact]
    public void Projector_ReportsItsBlueprintAndOffsets()
    {
        var (_, ship) = TestWorld.Ship();
        var projector = new SimProjector(ship, "Projector");
        projector.LoadBlueprint(totalBlocks: 120, remainingBlocks: 30, armourBlocks: 10);
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var p = GridTerminalSystem.GetBlockWithName("Projector") as IMyProjector;
                p.ProjectionOffset = new Vector3I(1, 2, 3);
                p.ProjectionRotation = new Vector3I(0, 1, 0);
                p.UpdateOffsetAndRotation();
                Echo(p.IsProjecting + " " + p.TotalBlocks + " " + p.RemainingBlocks + " " + p.RemainingArmorBlocks + " " + p.ProjectionOffsetY + " " + p.ProjectionRotY);
                p.Enabled = false;
                Echo(p.IsProjecting + " " + p.RemainingBlocks);
            }
            """);
        Assert.Equal("True 120 30 10 2 1\nFalse 0\n", pb.Run());
    }

    [Fact]
    public void TurretsAndCustomTurretControllers_TakeAimAndSettings()
    {
        var (_, ship) = TestWorld.Ship();
        var turret = new SimLargeGatlingTurret(ship, "Turret");
        _ = new SimTurretControlBlock(ship, "CTC");
        var rotor = new SimMotorStator(ship, "Azimuth");
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var turret = GridTerminalSystem.GetBlockWithName("Turret") as IMyLargeTurretBase;
                turret.Range = 600f;
                turret.SetManualAzimuthAndElevation(0.5f, 0.25f);
                turret.TargetMeteors = false;
                var ctc = GridTerminalSystem.GetBlockWithName("CTC") as IMyTurretControlBlock;
                ctc.AzimuthRotor = GridTerminalSystem.GetBlockWithName("Azimuth") as IMyMotorStator;
                ctc.AIEnabled = false;
                Echo(turret.Range + " " + turret.Azimuth + " " + turret.Elevation + " " + turret.HasTarget + " " + turret.GetTargetedEntity().IsEmpty()
                    + " " + (ctc.AzimuthRotor != null) + " " + ctc.AIEnabled + " " + ctc.HasTarget);
            }
            """);
        Assert.Equal("600 0.5 0.25 False True True False False\n", pb.Run());
        Assert.False(turret.TargetMeteors);
        Assert.False(turret.AIEnabled);
        Assert.NotNull(rotor);
    }

    [Fact]
    public void Warhead_CountsDownAndDetonatesWhenArmed()
    {
        var (world, ship) = TestWorld.Ship();
        var warhead = new SimWarhead(ship, "Warhead");
        var pb = ScriptRig.Load(ship, """
            public void Main(string argument)
            {
                var w = GridTerminalSystem.GetBlockWithName("Warhead") as IMyWarhead;
                if (w == null) { Echo("gone"); return; }
                if (argument == "arm") w.IsArmed = true;
                w.DetonationTime = 2f;
                Echo(w.StartCountdown() + " " + w.IsCountingDown);
            }
            """);
        Assert.Equal("False False\n", pb.Run()); // not armed: no countdown
        Assert.Equal("True True\n", pb.Run("arm"));
        world.RunSeconds(1.9);
        Assert.False(warhead.Closed);
        world.RunSeconds(0.2);
        Assert.True(warhead.Closed);
        Assert.Equal("gone\n", pb.Run());
    }

    [Fact]
    public void ConnectorsLandingGearAndMergeBlocks_ReportTheirState()
    {
        var (world, ship) = TestWorld.Ship();
        var station = world.AddGrid("Station", isStatic: true);
        var shipSide = new SimShipConnector(ship, "Connector");
        var stationSide = new SimShipConnector(station, "Station connector");
        SimShipConnector.BringTogether(shipSide, stationSide);
        _ = new SimLandingGear(ship, "Gear");
        var merge = new SimShipMergeBlock(ship, "Merge");
        var pb = ScriptRig.Load(ship, """
            public void Main(string argument)
            {
                var c = GridTerminalSystem.GetBlockWithName("Connector") as IMyShipConnector;
                var gear = GridTerminalSystem.GetBlockWithName("Gear") as IMyLandingGear;
                var merge = GridTerminalSystem.GetBlockWithName("Merge") as IMyShipMergeBlock;
                if (argument == "connect") { c.Connect(); gear.Lock(); }
                Echo(c.Status + " " + (c.OtherConnector != null) + " " + gear.LockMode + " " + gear.IsLocked + " " + merge.IsConnected);
            }
            """);
        Assert.Equal("Connectable False Unlocked False False\n", pb.Run());
        Assert.Equal("Connected True Unlocked False False\n", pb.Run("connect"));
        merge.PartnerInReach = true;
        Assert.EndsWith(" True\n", pb.Run());
        Assert.NotNull(pb.GridTerminal.GetBlockWithName("Station connector")); // docked: the station's blocks are reachable
    }

    [Fact]
    public void RemoteControlAndCockpits_KeepWaypointsScreensAndReadTheShip()
    {
        var (world, ship) = TestWorld.Ship();
        world.NaturalGravity = new Vector3D(0, -9.81, 0);
        var remote = new SimRemoteControl(ship, "Remote");
        var cockpit = new SimCockpit(ship, "Cockpit") { Pilot = 7 };
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var rc = GridTerminalSystem.GetBlockWithName("Remote") as IMyRemoteControl;
                rc.ClearWaypoints();
                rc.AddWaypoint(new Vector3D(100, 0, 0), "A");
                MyWaypointInfo b;
                MyWaypointInfo.TryParse("GPS:B:0:200:0:", out b);
                rc.AddWaypoint(b);
                rc.FlightMode = FlightMode.Circle;
                rc.SpeedLimit = 50f;
                rc.SetAutoPilotEnabled(true);
                var list = new List<MyWaypointInfo>();
                rc.GetWaypointInfo(list);
                var cockpit = GridTerminalSystem.GetBlockWithName("Cockpit") as IMyCockpit;
                cockpit.GetSurface(0).WriteText("Hello pilot");
                Echo(list.Count + " " + rc.CurrentWaypoint.Name + " " + rc.IsAutoPilotEnabled + " " + cockpit.IsUnderControl + " "
                    + cockpit.GetNaturalGravity().Y.ToString("0.00") + " " + (cockpit.CalculateShipMass().TotalMass > 0) + " " + cockpit.SurfaceCount);
            }
            """);
        Assert.Equal("2 A True True -9.81 True 4\n", pb.Run());
        Assert.Equal("Hello pilot", cockpit.Surface(0).GetText());
        Assert.Equal(Sandbox.ModAPI.Ingame.FlightMode.Circle, remote.FlightMode);
    }

    [Fact]
    public void ToolsGasAndLights_KeepTheirSettings()
    {
        var (_, ship) = TestWorld.Ship();
        var drill = new SimShipDrill(ship, "Drill");
        var welder = new SimShipWelder(ship, "Welder");
        var tank = (SimGasTank)SimBlockFactory.Create(ship, "OxygenTank", "Tank");
        tank.Fill(0.25);
        var light = new SimInteriorLight(ship, "Light");
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var drill = GridTerminalSystem.GetBlockWithName("Drill") as IMyShipDrill;
                drill.Enabled = false;
                var welder = GridTerminalSystem.GetBlockWithName("Welder") as IMyShipWelder;
                welder.ApplyAction("UseConveyor");
                welder.HelpOthers = true;
                var tank = GridTerminalSystem.GetBlockWithName("Tank") as IMyGasTank;
                tank.Stockpile = true;
                var light = GridTerminalSystem.GetBlockWithName("Light") as IMyInteriorLight;
                light.Color = new Color(255, 0, 0);
                light.BlinkIntervalSeconds = 2f;
                light.Radius = 8f;
                Echo(drill.IsActivated + " " + welder.UseConveyorSystem + " " + tank.FilledRatio.ToString("0.00") + " " + tank.Stockpile + " "
                    + light.Color.R + " " + light.BlinkIntervalSeconds + " " + light.Radius);
            }
            """);
        Assert.Equal("False False 0.25 True 255 2 8\n", pb.Run());
        Assert.False(drill.Enabled);
        Assert.True(welder.HelpOthers);
        Assert.True(tank.Stockpile);
        Assert.Equal(new Color(255, 0, 0), light.Color);
    }

    [Fact]
    public void SpritesAndSurfaces_AreDrawnOnThePanel()
    {
        var (_, ship) = TestWorld.Ship();
        var panel = new SimTextPanel(ship, "LCD");
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var surface = GridTerminalSystem.GetBlockWithName("LCD") as IMyTextSurface;
                surface.ContentType = ContentType.SCRIPT;
                surface.Script = "";
                var names = new List<string>();
                surface.GetSprites(names);
                var size = surface.MeasureStringInPixels(new StringBuilder("Hi"), "Debug", 1f);
                using (var frame = surface.DrawFrame())
                {
                    frame.Add(new MySprite(SpriteType.TEXTURE, "SquareSimple", surface.TextureSize / 2, new Vector2(100, 100), Color.Red));
                    frame.Add(MySprite.CreateText("Hello", "White", Color.White, 1f, TextAlignment.CENTER));
                }
                Echo(names.Contains("SquareSimple") + " " + (size.X > 0) + " " + surface.ContentType);
            }
            """);
        Assert.Equal("True True SCRIPT\n", pb.Run());
        Assert.Equal(1, panel.Surface.FramesDrawn);
        Assert.Equal(["SquareSimple", "Hello"], panel.Surface.Sprites.Select(s => s.Data));
        Assert.Equal(Color.Red, panel.Surface.Sprites[0].Color);
    }

    [Fact]
    public void TerminalPropertiesByName_ReadAndWriteAnyBlock()
    {
        var (_, ship) = TestWorld.Ship();
        var rotor = new SimMotorStator(ship, "Rotor");
        var pb = ScriptRig.Load(ship, """
            public void Main()
            {
                var rotor = GridTerminalSystem.GetBlockWithName("Rotor");
                var properties = new List<ITerminalProperty>();
                rotor.GetProperties(properties);
                var actions = new List<ITerminalAction>();
                rotor.GetActions(actions);
                rotor.SetValueFloat("Velocity", 12f);
                rotor.SetValue("LowerLimit", -30f);
                rotor.SetValueBool("RotorLock", true);
                var velocity = rotor.GetProperty("Velocity").AsFloat();
                Echo(properties.Count + " " + actions.Count + " " + rotor.GetValueFloat("Velocity") + " " + velocity.GetMaximum(rotor)
                    + " " + rotor.GetValue<float>("LowerLimit") + " " + rotor.GetValueBool("RotorLock") + " " + (rotor.GetProperty("NoSuch") == null));
                rotor.ApplyAction("Reverse");
                Echo(rotor.GetValueFloat("Velocity").ToString());
            }
            """);
        var echo = pb.Run().Split('\n');
        var first = echo[0].Split(' ');
        Assert.True(int.Parse(first[0], System.Globalization.CultureInfo.InvariantCulture) >= 20, "a rotor has the game's twenty-odd properties");
        Assert.Equal(["12", "30", "-30", "True", "True"], first[2..]);
        Assert.Equal("-12", echo[1]);
        Assert.Equal(-12f, rotor.TargetVelocityRPM);
        Assert.True(rotor.RotorLock);
    }
}
