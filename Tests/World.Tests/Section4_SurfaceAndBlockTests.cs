using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRageMath;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 4: text surfaces of cockpits and button panels, and IsWorking
/// (functional AND powered AND enabled) on the other simulated blocks.</summary>
public class Section4_SurfaceAndBlockTests
{
    [Fact]
    public void Section4_CockpitSurfacesAreWritable()
    {
        var (_, ship) = TestWorld.Ship();
        IMyCockpit cockpit = new SimCockpit(ship, "Cockpit");
        var provider = (IMyTextSurfaceProvider)cockpit;
        Assert.Equal(4, provider.SurfaceCount);
        for (var i = 0; i < provider.SurfaceCount; i++)
        {
            var surface = provider.GetSurface(i);
            surface.ContentType = VRage.Game.GUI.TextPanel.ContentType.TEXT_AND_IMAGE;
            Assert.True(surface.WriteText($"screen {i}"));
            surface.WriteText("!", append: true);
        }
        Assert.Equal("screen 2!", provider.GetSurface(2).GetText());
        Assert.Null(provider.GetSurface(4));
        Assert.Contains("s3=screen 3!", ((SimCockpit)cockpit).DescribeState());
    }

    [Fact]
    public void Section4_ButtonPanelSurfacesAreReachedByCasting()
    {
        var (_, ship) = TestWorld.Ship();
        IMyButtonPanel panel = new SimButtonPanel(ship, "Buttons", buttonCount: 4, surfaceCount: 4);
        Assert.True(panel is IMyTextSurfaceProvider);
        var provider = (IMyTextSurfaceProvider)panel;
        Assert.Equal(4, provider.SurfaceCount);
        provider.GetSurface(3).WriteText("Cycle");
        Assert.Equal("Cycle", ((SimButtonPanel)panel).Surface(3).GetText());
        Assert.False(panel is IMyFunctionalBlock);
    }

    [Fact]
    public void Section4_CockpitReportsAShipAtRestAndItsOwnOxygen()
    {
        var (world, ship) = TestWorld.Ship();
        var cockpit = new SimCockpit(ship, "Cockpit");
        var other = new SimCockpit(ship, "Other") { IsMainCockpit = true };
        cockpit.IsMainCockpit = true;
        Assert.False(other.IsMainCockpit);
        Assert.Equal(0, cockpit.GetShipSpeed());
        Assert.Equal(Vector3D.Zero, cockpit.GetNaturalGravity());
        Assert.False(cockpit.TryGetPlanetPosition(out _));
        Assert.Equal(200f, cockpit.CalculateShipMass().TotalMass);
        Assert.Equal(SimCockpit.DefaultOxygenCapacity, cockpit.OxygenCapacity);
        Assert.Equal(1f, cockpit.OxygenFilledRatio);
        cockpit.SetOxygenFilledRatio(0.25f);
        Assert.Equal(0.25f, cockpit.OxygenFilledRatio);
        Assert.False(cockpit.IsUnderControl);
        cockpit.Pilot = 1;
        Assert.True(cockpit.IsUnderControl);
        ship.Powered = false;
        Assert.False(cockpit.IsUnderControl);
    }

    [Fact]
    public void Section4_LightsKeepTheirSettingsAndOnlyShineWhileWorking()
    {
        var (world, ship) = TestWorld.Ship();
        IMyInteriorLight light = new SimInteriorLight(ship, "Warning");
        light.Color = Color.Red;
        light.Intensity = 5;
        light.Radius = 100; // clamped
        light.BlinkIntervalSeconds = 1;
        light.BlinkLength = 0.25f;
        Assert.Equal(Color.Red, light.Color);
        Assert.Equal(5f, light.Intensity);
        Assert.Equal(20f, light.Radius);
        var sim = (SimInteriorLight)light;
        Assert.True(sim.IsLitAt(60));
        Assert.True(sim.IsLitAt(74));
        Assert.False(sim.IsLitAt(75));
        Assert.False(sim.IsLitAt(119));
        light.Enabled = false;
        Assert.False(sim.IsLitAt(60));
    }

    [Fact]
    public void Section4_SoundBlockRecordsPlaysOnlyWhileWorking()
    {
        var (world, ship) = TestWorld.Ship();
        var sound = new SimSoundBlock(ship, "Alarm");
        sound.Play(); // nothing selected
        Assert.Equal(0, sound.Plays);
        sound.SelectedSound = "Alert 1";
        sound.LoopPeriod = 2;
        sound.Play();
        Assert.True(sound.IsPlaying);
        world.Run(119);
        Assert.True(sound.IsPlaying);
        world.Step();
        Assert.False(sound.IsPlaying);
        sound.Enabled = false;
        sound.Action("PlaySound")!.Apply(sound);
        Assert.Equal(1, sound.Plays);
        sound.Enabled = true;
        sound.Action("PlaySound")!.Apply(sound);
        world.Run(10);
        sound.Stop();
        Assert.Equal([(0L, "play", "Alert 1"), (120L, "play", "Alert 1"), (130L, "stop", "Alert 1")], sound.Log);
    }

    [Fact]
    public void Section4_BatteryKeepsTheChargeATestSets()
    {
        var (_, ship) = TestWorld.Ship();
        IMyBatteryBlock battery = new SimBatteryBlock(ship, "Battery", storedRatio: 0.5f);
        Assert.Equal(1.5f, battery.CurrentStoredPower);
        Assert.Equal(3f, battery.MaxStoredPower);
        Assert.True(battery.HasCapacityRemaining);
        battery.ChargeMode = ChargeMode.Recharge;
        Assert.True(((SimBatteryBlock)battery).OnlyRecharge);
        ((SimBatteryBlock)battery).SetStored(0);
        Assert.False(battery.HasCapacityRemaining);
    }

    [Fact]
    public void Section4_GasTankReportsCapacityAndFill()
    {
        var rig = new AirRig(tankCapacity: 1_000, tankFilled: 250);
        IMyGasTank tank = rig.Tank;
        Assert.Equal(1_000f, tank.Capacity);
        Assert.Equal(0.25, tank.FilledRatio);
        tank.Stockpile = true;
        Assert.True(rig.Tank.Tank.Stockpile);
        rig.Tank.Fill();
        Assert.Equal(1.0, tank.FilledRatio);
        rig.Tank.Destroy();
        Assert.Equal(0.0, tank.FilledRatio);
    }

    [Fact]
    public void Section4_AScreenIsDarkWhileItsBlockDoesNotWorkButKeepsWhatScriptsWrite()
    {
        var (_, ship) = TestWorld.Ship();
        var lcd = new SimTextPanel(ship, "LCD") { ContentType = VRage.Game.GUI.TextPanel.ContentType.TEXT_AND_IMAGE };
        var pb = new SimProgrammableBlock(ship, "PB", """
            public void Main(string argument)
            {
                ((IMyTextPanel)GridTerminalSystem.GetBlockWithName("LCD")).WriteText(argument);
                Me.GetSurface(0).ContentType = ContentType.TEXT_AND_IMAGE;
                Me.GetSurface(0).WriteText(argument);
            }
            """);
        pb.RunFromToolbar("one");
        Assert.Equal("one", lcd.Surface.Shown);

        foreach (var (darken, restore) in new (Action, Action)[]
                 {
                     (() => lcd.Enabled = false, () => lcd.Enabled = true),
                     (() => lcd.Damage(0.6), lcd.Repair),
                 })
        {
            darken();
            pb.RunFromToolbar("two");
            Assert.Equal("", lcd.Surface.Shown);
            Assert.Equal("two", lcd.GetText());
            restore();
            Assert.Equal("two", lcd.Surface.Shown);
            pb.RunFromToolbar("one");
        }

        Assert.Equal("one", pb.Surfaces[0].Shown);
        ship.Powered = false;
        Assert.Equal("", lcd.Surface.Shown);
        Assert.Equal("", pb.Surfaces[0].Shown);
        ship.Powered = true;
        Assert.Equal("one", lcd.Surface.Shown);
    }
}
