using Compiler = ShipSim.Toolchain.GameCompiler.GameCompiler;
using Xunit.Abstractions;

namespace ShipSim.Toolchain.Tests;

/// <summary>
/// The stand-in's in-game API surface: a representative programmable-block script that touches every
/// block interface, enum, struct and extension helper of the stand-in must game-compile (C# 6, the game's
/// usings, the allowlist) exactly as it would against the game.
/// </summary>
public class StandInSurfaceTests(ITestOutputHelper output)
{
    const string Script = """
        readonly List<IMyDoor> doors = new List<IMyDoor>();
        readonly List<IMyAirVent> vents = new List<IMyAirVent>();
        readonly List<IMyTerminalBlock> scratch = new List<IMyTerminalBlock>();
        readonly List<MyDetectedEntityInfo> detected = new List<MyDetectedEntityInfo>();
        readonly List<string> names = new List<string>();
        readonly StringBuilder text = new StringBuilder();

        public Program()
        {
            Runtime.UpdateFrequency = UpdateFrequency.Update10;
            GridTerminalSystem.GetBlocksOfType(doors, d => d.IsSameConstructAs(Me));
            GridTerminalSystem.GetBlocksOfType(vents, v => v.IsSameConstructAs(Me));
        }

        public void Main(string argument, UpdateType updateSource)
        {
            // Doors: status machine, airtight kinds, locking by Enabled.
            foreach (var door in doors)
            {
                if (door.Status == DoorStatus.Closed || door.Status == DoorStatus.Closing) door.OpenDoor();
                else if (door.Status == DoorStatus.Open || door.Status == DoorStatus.Opening) door.CloseDoor();
                else door.ToggleDoor();
                door.Enabled = door.OpenRatio < 0.5f;
                var airtight = door as IMyAirtightDoorBase;
                var hangar = door as IMyAirtightHangarDoor;
                var slide = door as IMyAirtightSlideDoor;
                Echo(door.CustomName + (airtight != null) + (hangar != null) + (slide != null));
            }

            // Vents: thresholds on the oxygen level, not Status alone.
            foreach (var vent in vents)
            {
                float level = vent.GetOxygenLevel();
                bool done = vent.Depressurize ? level < 0.01f : level > 0.99f;
                if (vent.Status == VentStatus.Depressurizing && !vent.CanPressurize && vent.PressurizationEnabled)
                    vent.Depressurize = !done;
            }

            var cockpit = GridTerminalSystem.GetBlockWithName("Cockpit") as IMyCockpit;
            if (cockpit != null)
            {
                IMyShipController controller = cockpit;
                MyShipMass mass = controller.CalculateShipMass();
                MyShipVelocities velocities = controller.GetShipVelocities();
                Vector3D gravity = controller.GetNaturalGravity() + controller.GetArtificialGravity();
                double elevation;
                Vector3D planet;
                bool onPlanet = controller.TryGetPlanetElevation(MyPlanetElevation.Surface, out elevation)
                    && controller.TryGetPlanetPosition(out planet);
                Vector3 move = controller.MoveIndicator;
                Vector2 rotate = controller.RotationIndicator;
                controller.DampenersOverride = controller.IsUnderControl || controller.GetShipSpeed() > 1 || onPlanet;
                text.Clear().Append(mass.PhysicalMass).Append(velocities.LinearVelocity.Length()).Append(gravity.Length())
                    .Append(move.X + rotate.Y + controller.RollIndicator).Append(cockpit.OxygenFilledRatio);
                if (cockpit.SurfaceCount > 0) cockpit.GetSurface(0).WriteText(text);
            }

            var light = GridTerminalSystem.GetBlockWithName("Light") as IMyInteriorLight;
            if (light != null)
            {
                IMyLightingBlock lighting = light;
                lighting.Color = Color.Red;
                lighting.BlinkIntervalSeconds = 1f;
                lighting.BlinkLength = 0.5f;
                lighting.Intensity = lighting.Radius > 2 ? 5f : lighting.Falloff;
            }

            var sensor = GridTerminalSystem.GetBlockWithName("Sensor") as IMySensorBlock;
            if (sensor != null && sensor.IsActive)
            {
                sensor.DetectedEntities(detected);
                foreach (var info in detected)
                {
                    if (info.IsEmpty() || info.Type == MyDetectedEntityType.CharacterHuman) continue;
                    Vector3D where = info.HitPosition ?? info.Position;
                    Echo(info.Name + info.EntityId + Vector3D.Distance(where, Me.GetPosition()) + info.Relationship
                        + info.BoundingBox.Center + info.Velocity.Length() + info.Orientation.Forward + info.TimeStamp);
                }
                MyDetectedEntityInfo last = sensor.LastDetectedEntity;
                Echo(last.Type.ToString());
            }

            var tank = GridTerminalSystem.GetBlockWithName("Tank") as IMyGasTank;
            var battery = GridTerminalSystem.GetBlockWithName("Battery") as IMyBatteryBlock;
            IMyPowerProducer producer = battery;
            if (tank != null && battery != null)
            {
                tank.Stockpile = tank.FilledRatio > 0.9;
                battery.ChargeMode = battery.CurrentStoredPower / battery.MaxStoredPower < 0.2f ? ChargeMode.Recharge : ChargeMode.Auto;
                Echo((tank.Capacity * tank.FilledRatio) + " L, " + producer.CurrentOutput + "/" + producer.MaxOutput + " MW");
            }

            var connector = GridTerminalSystem.GetBlockWithName("Connector") as IMyShipConnector;
            if (connector != null)
            {
                if (connector.Status == MyShipConnectorStatus.Connectable) connector.Connect();
                else if (connector.Status == MyShipConnectorStatus.Connected && connector.OtherConnector != null)
                    Echo(connector.OtherConnector.CubeGrid.CustomName);
            }

            var sound = GridTerminalSystem.GetBlockWithName("Alarm") as IMySoundBlock;
            if (sound != null)
            {
                sound.GetSounds(names);
                sound.SelectedSound = names.Count > 0 ? names[0] : "";
                sound.Play();
            }

            var button = GridTerminalSystem.GetBlockWithName("Button") as IMyButtonPanel;
            if (button != null)
            {
                button.AnyoneCanUse = true;
                if (!button.HasCustomButtonName(0)) button.SetCustomButtonName(0, "Cycle");
                Echo(button.GetButtonName(0) + button.IsButtonAssigned(1));
                var screens = button as IMyTextSurfaceProvider;
                if (screens != null && screens.SurfaceCount > 0) screens.GetSurface(0).WriteText("Cycle");
            }

            var timer = GridTerminalSystem.GetBlockWithName("Timer") as IMyTimerBlock;
            if (timer != null && !timer.IsCountingDown)
            {
                timer.TriggerDelay = 2f;
                timer.StartCountdown();
            }

            // Text surfaces.
            IMyTextSurface screen = Me.GetSurface(0);
            screen.ContentType = ContentType.TEXT_AND_IMAGE;
            screen.Alignment = TextAlignment.CENTER;
            screen.ScriptBackgroundColor = Color.Black;
            screen.GetSprites(names);
            Vector2 size = screen.MeasureStringInPixels(text, screen.Font, screen.FontSize);
            screen.WriteText("size " + size.X, true);

            // Entity, block and grid members.
            IMyCubeGrid grid = Me.CubeGrid;
            Vector3I cell = Me.Position;
            Vector3D world = grid.GridIntegerToWorld(cell);
            MatrixD matrix = Me.WorldMatrix;
            Vector3D local = Vector3D.TransformNormal(world - matrix.Translation, MatrixD.Transpose(matrix));
            BoundingBoxD box = Me.WorldAABB;
            BoundingSphereD sphere = Me.WorldVolume;
            Echo(grid.GridSizeEnum == MyCubeSize.Large ? "large" : "small");
            Echo(local.ToString() + box.Contains(world) + sphere.Radius + grid.WorldToGridInteger(world) + Me.GetOwnerFactionTag()
                + Me.GetUserRelationToOwner(Me.OwnerId) + Me.HasPlayerAccess(Me.OwnerId) + Me.Mass + Me.NumberInGrid);

            // Terminal helpers.
            var first = doors.Count > 0 ? doors[0] : null;
            if (first != null)
            {
                if (first.HasAction("Open_Off")) first.ApplyAction("Open_Off");
                bool on = first.GetValueBool("OnOff");
                first.SetValueBool("OnOff", !on);
                ITerminalProperty<bool> onOff = first.GetProperty("OnOff").AsBool();
                if (onOff != null) onOff.SetValue(first, on);
                first.SetValue<bool>("OnOff", first.GetValue<bool>("OnOff"));
                Echo(first.GetId().ToString());
            }
            if (light != null)
            {
                light.SetValueFloat("Radius", light.GetValueFloat("Radius"));
                light.SetValueColor("Color", light.GetValueColor("Color"));
            }
            GridTerminalSystem.SearchBlocksOfName("Airlock", scratch);
        }
        """;

    [Fact]
    public void StandInSurface_RepresentativeScriptGameCompiles()
    {
        var result = Compiler.Compile(Script);
        foreach (var d in result.Diagnostics)
            output.WriteLine(d.ToString());
        Assert.True(result.Success, "The script did not game-compile:\n" + string.Join("\n", result.Diagnostics));
    }
}
