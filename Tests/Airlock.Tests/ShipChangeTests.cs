using ShipSim.World.Blocks;
using ShipSim.World.Faults;
using ShipSim.World.Core;
using static ShipSim.Airlock.Tests.AirlockShip;
using static ShipSim.Scenarios.Checkers.DoorState;

namespace ShipSim.Airlock.Tests;

/// <summary>What players and other ships do around the script: docking, doors used by hand, blocks renamed, regrouped
/// or removed.</summary>
public class ShipChangeTests
{
    const long Start = 200;

    [Fact]
    public void ADockedShipsAirlockIsNeverTouched()
    {
        SimDoor? theirInner = null, theirOuter = null;
        var ship = new AirlockShip(pbs: 1, airlocks: 1, before: s =>
        {
            var visitor = s.World.AddGrid("Visitor");
            theirInner = new SimDoor(visitor, "Airlock 1 Inner Door");
            theirOuter = new SimDoor(visitor, "Airlock V Outer Door", startOpen: true);
            var vent = new SimAirVent(visitor, "Airlock V Vent", null, null);
            foreach (var block in new SimBlock[] { theirInner, theirOuter, vent })
                s.World.AddToGroup("Airlock V", block);
            s.World.AddToGroup("Airlock 1", theirInner); // the same group name on both ships
            s.World.Topology.Dock(s.Grid, visitor);
        });
        theirInner!.HandOpen();
        ship.Terminal(Start, ship.Pb(0), "cycle Airlock V");
        ship.Terminal(Start + 10, ship.Pb(0), "close all");
        ship.Timer(Start + 20, 1, "cycle Airlock 1");
        Assert.True(ship.RunUntil(() => ship.OpenTo(1, outer: true), Start + 3000) > 0, ship.Screens);
        Assert.Contains("No airlock \"v\"", ship.Screen(0));
        Assert.True(IsOpen(theirInner) && IsOpen(theirOuter!) && theirInner.Enabled && theirOuter!.Enabled);
        ship.AssertSafe();
    }

    [Fact]
    public void ADoorOpenedByHandOnTheWrongSideIsClosedAndLockedAgain()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1);
        ship.RunTo(Start);
        Assert.False(ship[1].OuterDoor.Enabled); // locked while idle: the chamber holds air, outside is vacuum
        ship[1].OuterDoor.Enabled = true; // a player switches it on in the terminal and opens it
        Assert.True(ship[1].OuterDoor.HandOpen());
        var closedAt = ship.RunUntil(() => IsClosed(ship[1].OuterDoor), Start + 400);
        Assert.True(closedAt > 0, ship.Screens);
        ship.RunTo(closedAt + 110);
        Assert.False(ship[1].OuterDoor.Enabled);
        ship.AssertSafe(); // the player's doing, and closed again in time
    }

    [Fact]
    public void WithoutIdleLocksAHandOpenedDoorOnTheWrongSideIsClosed()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1, before: s => s.Nodes[0].CustomData += "\n[airlock]\nlockIdle=false\n");
        ship.RunTo(Start);
        Assert.True(ship[1].OuterDoor.Enabled);
        Assert.True(ship[1].OuterDoor.HandOpen());
        Assert.True(ship.RunUntil(() => IsClosed(ship[1].OuterDoor), Start + 400) > 0, ship.Screens);
    }

    [Fact]
    public void ADoorOpenedByHandBetweenEqualPressuresIsLeftAlone()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1);
        ship.RunTo(Start);
        ship[1].InnerDoor.HandOpen();
        ship.RunTo(Start + 600);
        Assert.True(IsOpen(ship[1].InnerDoor));
        Assert.False(ship[1].OuterDoor.Enabled); // the other side stays locked
        Assert.False(ship[1].OuterDoor.HandOpen());
    }

    [Fact]
    public void ADoorRenamedOrRegroupedIsPickedUpByTheNextRescanAndARemovedOneIsReported()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1);
        var a = ship[1];
        ship.RunTo(Start);
        // The outer door is replaced: the old one leaves the group, a new hatch joins it with its side in Custom Data.
        var hatch = new SimDoor(ship.Ship.Grid, "Airlock 1 Hatch") { CustomData = "[airlock]\nside=outer\n" };
        hatch.ConnectRooms(a.Chamber, null);
        ship.World.RemoveFromGroup("Airlock 1", a.OuterDoor); // the old door stays, closed, no longer part of it
        ship.World.AddToGroup("Airlock 1", hatch);
        ship.Terminal(Start + 20, ship.Pb(0), "rescan");
        ship.Timer(Start + 40, 1, "cycle Airlock 1");
        Assert.True(ship.RunUntil(() => IsOpen(hatch) && IsClosed(a.InnerDoor), Start + 3000) > 0, ship.Screens);
        Assert.True(IsClosed(a.OuterDoor));
        // Renamed so that its side cannot be told: reported by the slow rescan, and the airlock lacks an outer door.
        hatch.CustomData = "";
        hatch.CustomName = "Airlock 1 Hatch B";
        ship.RunTo(ship.World.Tick + 1300);
        Assert.Contains("inner or outer?", ship.Screen(0));
        Assert.Contains("needs an inner door, an outer door and an air vent", ship.Screen(0));
    }
}
