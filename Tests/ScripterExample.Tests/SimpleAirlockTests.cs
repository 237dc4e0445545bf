using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Testing;

namespace ShipSim.ScripterExample.Tests;

/// <summary>Tests of a one-chamber airlock script (the MDK2 project in SimpleAirlock/), run in a simulated ship.</summary>
public class SimpleAirlockTests
{
    const string Project = "Tests/ScripterExample.Tests/SimpleAirlock/SimpleAirlock.csproj";
    const double ChamberLitres = 31.25 * 1000;

    sealed record Airlock(TestShip Ship, SimDoor Inner, SimDoor Outer, SimAirVent Vent, SimTextPanel Lcd, SimProgrammableBlock Pb);

    // A pressurized interior, a chamber between it and space with a door on each side, a vent in the chamber, an
    // oxygen tank, an LCD, and the programmable block running the script.
    static Airlock Build(double chamberOxygen = 1.0, double tankFilled = 0.5)
    {
        var ship = new TestShip(seed: 1);
        var interior = ship.Room("Interior", volumeM3: 500);
        var chamber = ship.Room("Airlock", volumeM3: 31.25, oxygenLevel: chamberOxygen);
        var inner = ship.Door("Airlock Inner Door", chamber, interior);
        var outer = ship.Door("Airlock Outer Door", chamber); // no second room: the door opens to space
        var vent = ship.AirVent("Airlock Vent", chamber);
        ship.OxygenTank("Oxygen Tank", filledRatio: tankFilled);
        var lcd = ship.Lcd("Airlock LCD");
        var pb = ship.ProgrammableBlockFromProject("Airlock PB", Project);
        return new Airlock(ship, inner, outer, vent, lcd, pb);
    }

    [Fact]
    public void GoingOutEmptiesTheChamberBeforeTheOuterDoorOpens()
    {
        var airlock = Build();
        Assert.Equal("Airlock: ready", airlock.Lcd.Surface.Shown);

        airlock.Pb.RunFromToolbar("out"); // what a button panel with "Run: out" on its toolbar does
        airlock.Ship.RunUntil(() => airlock.Outer.Status == DoorStatus.Open, timeoutSeconds: 60);

        Assert.Equal(DoorStatus.Closed, airlock.Inner.Status);
        Assert.False(airlock.Inner.Enabled); // locked against players while the chamber is open to space
        // Only the last 1 % of the chamber's air may go to space; the rest went back into the tank.
        Assert.InRange(airlock.Ship.Air.TotalLostToVacuum, 0, 0.01 * ChamberLitres);
        Assert.Equal("Airlock: open to space", airlock.Lcd.Surface.Shown);
        Assert.DoesNotContain(airlock.Ship.Runs, run => run.Terminated);
    }

    [Fact]
    public void WithoutOxygenComingInStopsWithTheInnerDoorShut()
    {
        var airlock = Build(chamberOxygen: 0, tankFilled: 0);

        airlock.Pb.RunFromToolbar("in");
        airlock.Ship.RunSeconds(30);

        Assert.Equal(DoorStatus.Closed, airlock.Inner.Status);
        Assert.Equal("Airlock: stopped, filling 0 % took too long", airlock.Lcd.Surface.Shown);
        Assert.Equal(UpdateFrequency.None, airlock.Pb.Instance!.Runtime.UpdateFrequency); // idle again
    }

    [Fact]
    public void AnUnknownCommandIsExplainedInTheDetailedInfo()
    {
        var airlock = Build();
        airlock.Pb.RunFromToolbar("sideways");
        Assert.Contains("Unknown command \"sideways\": use out or in.", airlock.Pb.DetailedInfo);
    }

    // A script can also be given as the text a player pastes.
    [Fact]
    public void AScriptPastedAsTextShowsTheDoorItWatches()
    {
        var ship = new TestShip();
        var hall = ship.Room("Hall", volumeM3: 100);
        var door = ship.Door("Hall Door", hall);
        var lcd = ship.Lcd("Door LCD");
        ship.ProgrammableBlock("Door PB", """
            public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update10; }
            public void Main()
            {
                var door = (IMyDoor)GridTerminalSystem.GetBlockWithName("Hall Door");
                var lcd = (IMyTextPanel)GridTerminalSystem.GetBlockWithName("Door LCD");
                lcd.ContentType = ContentType.TEXT_AND_IMAGE;
                lcd.WriteText("Door: " + door.Status);
            }
            """);

        ship.RunSeconds(1);
        Assert.Equal("Door: Closed", lcd.Surface.Shown);
        door.HandOpen(); // a player opens it
        ship.RunSeconds(2);
        Assert.Equal("Door: Open", lcd.Surface.Shown);
    }
}
