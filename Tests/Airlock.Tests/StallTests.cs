using ShipSim.World.Faults;
using static ShipSim.Airlock.Tests.AirlockShip;
using static ShipSim.Scenarios.Checkers.DoorState;

namespace ShipSim.Airlock.Tests;

/// <summary>Each stall seals the airlock in an error state (console, LCD, lights), and `force` goes on deliberately.</summary>
public class StallTests
{
    const long Start = 200;

    [Fact]
    public void FullTanksStallDepressurizingAndForceOpensAnyway()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1);
        ship.Ship.OxygenTank.Fill(1.0);
        ship.Timer(Start, 1, "cycle Airlock 1");
        ship.RunTo(Start + 1200 + 200);
        Assert.Contains("pumping stalled", ship.Screen(0));
        Assert.Contains("ERROR: PumpStalled", ship.Screen(0));
        Assert.True(IsClosed(ship[1].InnerDoor) && IsClosed(ship[1].OuterDoor));
        Assert.False(ship[1].OuterDoor.Enabled);
        var forcedAt = ship.World.Tick + 1;
        ship.Safety.Excuse(forcedAt, long.MaxValue, "Airlock 1");
        ship.Terminal(forcedAt, ship.Pb(0), "force Airlock 1");
        Assert.True(ship.RunUntil(() => ship.OpenTo(1, outer: true), forcedAt + 600) > 0, ship.Screens);
        Assert.Contains("forced open at", ship.Screen(0));
        Assert.True(ship.World.Air().TotalLostToVacuum > 0); // the player chose to vent it
    }

    [Fact]
    public void AnObstructedDoorStallsClosingAndForceGoesOnWithAirLeaking()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1);
        ship[1].InnerDoor.HandOpen();
        ship.RunTo(Start - 50);
        ship.Faults.At(Start - 40, new ObstructDoor(ship[1].InnerDoor.EntityId, 0.5));
        ship.Timer(Start, 1, "cycle Airlock 1");
        ship.RunTo(Start + 300 + 100);
        Assert.Contains("ERROR: DoorStuck in closing", ship.Screen(0));
        Assert.True(IsClosed(ship[1].OuterDoor));
        ship.Safety.Excuse(ship.World.Tick, long.MaxValue, "Airlock 1");
        ship.Terminal(ship.World.Tick + 1, ship.Pb(0), "force Airlock 1");
        ship.RunTo(ship.World.Tick + 30);
        Assert.Contains("forced on with a door not closed", ship.Screen(0));
    }

    [Fact]
    public void AnOpenDoorWithoutPowerIsBrokenAndSealsTheRest()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1);
        ship[1].InnerDoor.HandOpen();
        ship.Faults.At(Start - 10, new SetBlockPower(ship[1].InnerDoor.EntityId, false));
        ship.Timer(Start, 1, "cycle Airlock 1");
        ship.RunTo(Start + 100);
        Assert.Contains("ERROR: DoorBroken", ship.Screen(0));
        Assert.True(IsClosed(ship[1].OuterDoor));
        Assert.False(ship[1].OuterDoor.Enabled);
        Assert.Equal(0, ship.World.Air().TotalLostToVacuum);
    }

    [Fact]
    public void NoWorkingVentStallsPumping()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1);
        ship.Faults.At(Start - 10, new DestroyBlock(ship[1].Vent.EntityId));
        ship.Timer(Start, 1, "cycle Airlock 1");
        ship.RunTo(Start + 100);
        Assert.Contains("ERROR: NoVent", ship.Screen(0));
        Assert.True(IsClosed(ship[1].InnerDoor) && IsClosed(ship[1].OuterDoor));
    }

    [Fact]
    public void ABreachStallsPressurizing()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1);
        ship.Timer(Start, 1, "cycle Airlock 1");
        var outAt = ship.RunUntil(() => ship.OpenTo(1, outer: true), Start + 3000);
        Assert.True(outAt > 0, ship.Screens);
        ship.Faults.At(outAt + 10, new BreachRoom(ship[1].Chamber.Name));
        ship.Timer(outAt + 20, 1, "cycle Airlock 1");
        ship.RunTo(outAt + 400);
        Assert.Contains("ERROR: Breach", ship.Screen(0));
        Assert.True(IsClosed(ship[1].InnerDoor));
        ship.AssertSafe();
    }

    [Fact]
    public void ErrorsShowOnTheAirlocksLightsAndLcd()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1, before: s =>
        {
            var light = new World.Blocks.SimInteriorLight(s.Grid, "Airlock 1 Light");
            var lcd = new World.Blocks.SimTextPanel(s.Grid, "Airlock 1 LCD");
            s.World.AddToGroup("Airlock 1", light);
            s.World.AddToGroup("Airlock 1", lcd);
        });
        ship.Faults.At(Start - 10, new DestroyBlock(ship[1].Vent.EntityId));
        ship.Timer(Start, 1, "cycle Airlock 1");
        ship.RunTo(Start + 100);
        var light = ship.World.BlocksOf<World.Blocks.SimInteriorLight>().Single(l => l.CustomName == "Airlock 1 Light");
        var lcd = ship.World.BlocksOf<World.Blocks.SimTextPanel>().Single(l => l.CustomName == "Airlock 1 LCD");
        Assert.Equal(VRageMath.Color.Red, light.Color);
        Assert.Contains("ERROR", lcd.GetText());
    }
}
