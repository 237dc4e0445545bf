using ShipSim.World.Blocks;
using ShipSim.World.Faults;
using static ShipSim.Airlock.Tests.AirlockShip;
using static ShipSim.Scenarios.Checkers.DoorState;

namespace ShipSim.Airlock.Tests;

/// <summary>The commands and phases of an airlock on the standard ship, the packed script on three PBs, judged from
/// doors and air (the airlock safety checker runs on every tick).</summary>
public class CycleTests
{
    const long Start = 200;

    [Fact]
    public void CycleGoesOutAndBackInWithoutLosingAir()
    {
        var ship = new AirlockShip();
        ship.Timer(Start, 1, "cycle Airlock 1");
        var outAt = ship.RunUntil(() => ship.OpenTo(1, outer: true), Start + 3000);
        Assert.True(outAt > 0, ship.Screens);
        Assert.True(ship[1].Chamber.Level <= 0.05);
        Assert.Equal(0, ship.World.Air().TotalLostToVacuum, 0.5 * 0.05 * ship[1].Chamber.Capacity); // at most the tolerance's worth
        Assert.True(IsClosed(ship[2].InnerDoor) && IsClosed(ship[2].OuterDoor)); // the other airlock did nothing
        ship.Timer(outAt + 10, 1, "cycle Airlock 1");
        var inAt = ship.RunUntil(() => ship.OpenTo(1, outer: false), outAt + 3000);
        Assert.True(inAt > 0, ship.Screens);
        Assert.True(ship[1].Chamber.Level >= 0.95);
        Assert.Contains("Airlock 1", ship.Screen(0));
        ship.AssertSafe();
    }

    [Fact]
    public void InnerAndOuterEndWithThatSideOpenAndTheDoorClosesAfterTheDelay()
    {
        var ship = new AirlockShip(pbs: 2, airlocks: 1);
        ship.Timer(Start, 1, "outer Airlock 1");
        var outAt = ship.RunUntil(() => ship.OpenTo(1, outer: true), Start + 3000);
        Assert.True(outAt > 0, ship.Screens);
        // Auto-close after 5 s: the outer door closes and locks; the chamber stays at the outside level.
        var closedAt = ship.RunUntil(() => IsClosed(ship[1].OuterDoor), outAt + 600);
        Assert.InRange(closedAt - outAt, 290, 420);
        ship.RunTo(closedAt + 100);
        Assert.False(ship[1].InnerDoor.Enabled); // the side at another level is locked
        ship.Timer(ship.World.Tick + 1, 1, "inner airlock 1");
        Assert.True(ship.RunUntil(() => ship.OpenTo(1, outer: false), ship.World.Tick + 3000) > 0, ship.Screens);
        ship.AssertSafe();
    }

    [Theory]
    [InlineData("cycle Airlock 1")]
    [InlineData("cycle \"airlock 1\"")]
    [InlineData("CYCLE AIRLOCK 1")]
    [InlineData("cycle 1")]
    public void AirlockNamesAreMatchedAsPlayersTypeThem(string command)
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 2);
        ship.Terminal(Start, ship.Pb(0), command);
        Assert.True(ship.RunUntil(() => ship.OpenTo(1, outer: true), Start + 3000) > 0, ship.Screens);
        Assert.True(IsClosed(ship[2].OuterDoor));
    }

    [Fact]
    public void UnknownCommandsAndAirlocksAreReportedAndChangeNothing()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 2);
        ship.Terminal(Start, ship.Pb(0), "cycle Airlock 7");
        ship.Terminal(Start + 20, ship.Pb(0), "open Airlock 1");
        ship.Terminal(Start + 40, ship.Pb(0), "cycle");
        ship.RunTo(Start + 200);
        var screen = ship.Screen(0);
        Assert.Contains("No airlock \"7\"", screen);
        Assert.Contains("Unknown command \"open Airlock 1\"", screen);
        Assert.Contains("Which airlock?", screen);
        Assert.All(ship.Ship.Airlocks, a => Assert.True(IsClosed(a.InnerDoor) && IsClosed(a.OuterDoor)));
    }

    [Fact]
    public void LockRefusesCyclesUntilUnlockAndCloseAllClosesEveryAirlock()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 2);
        ship[1].InnerDoor.HandOpen();
        ship[2].InnerDoor.HandOpen();
        ship.Terminal(Start, ship.Pb(0), "close all");
        ship.RunTo(Start + 150);
        Assert.All(ship.Ship.Airlocks, a => Assert.True(IsClosed(a.InnerDoor) && IsClosed(a.OuterDoor)));
        ship.Terminal(Start + 200, ship.Pb(0), "lock Airlock 2");
        ship.Terminal(Start + 220, ship.Pb(0), "cycle Airlock 2");
        ship.RunTo(Start + 400);
        Assert.Contains("locked: unlock it first", ship.Screen(0));
        Assert.False(ship[2].InnerDoor.Enabled);
        Assert.False(ship[2].InnerDoor.HandOpen()); // locked doors do not open by hand
        ship.Terminal(Start + 420, ship.Pb(0), "unlock all");
        ship.Terminal(Start + 440, ship.Pb(0), "cycle Airlock 2");
        Assert.True(ship.RunUntil(() => ship.OpenTo(2, outer: true), Start + 3500) > 0, ship.Screens);
        ship.AssertSafe();
    }

    [Fact]
    public void TheSameCommandFromTwoTimersInOneTickIsOneCommandHoweverSpelled()
    {
        var ship = new AirlockShip(pbs: 2, airlocks: 1);
        var second = new SimTimerBlock(ship.Ship.Grid, "Airlock 1 Spare Timer");
        foreach (var pb in ship.Ship.Nodes)
            second.Toolbar.Add(pb, "Run", "Cycle  \"AIRLOCK 1\"");
        ship.Timer(Start, 1, "cycle Airlock 1");
        ship.Commands.At(Start, second, "Cycle  \"AIRLOCK 1\"");
        var outAt = ship.RunUntil(() => ship.OpenTo(1, outer: true), Start + 3000);
        Assert.True(outAt > 0, ship.Screens);
        ship.RunTo(outAt + 200);
        Assert.True(IsOpen(ship[1].OuterDoor)); // a second cycle would have turned back
        Assert.Contains("twice in one tick", ship.Screen(0));
    }

    [Fact]
    public void StatusAndRescanAnswerOnTheConsole()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 2);
        ship.Terminal(Start, ship.Pb(0), "status");
        ship.Terminal(Start + 10, ship.Pb(0), "rescan");
        ship.RunTo(Start + 30);
        var screen = ship.Screen(0);
        Assert.Contains("Airlock 2: ready inside", screen);
        Assert.Contains("Rescanned: 2 airlock(s)", screen);
    }
}
