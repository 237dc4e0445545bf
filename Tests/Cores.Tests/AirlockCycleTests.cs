using static IngameScript.Program;

namespace ShipSim.Cores.Tests;

/// <summary>The airlock cycle driven view by view, as the adapter feeds it: what the doors and vents show in, door,
/// lock and vent intents out.</summary>
public class AirlockCycleTests
{
    static SideView Closed(int doors = 1) => new() { Doors = doors, Closed = doors, Usable = doors };
    static SideView Opened(int doors = 1) => new() { Doors = doors, Open = doors, Usable = doors };
    static SideView Moving(int doors = 1) => new() { Doors = doors, Usable = doors };

    static AirlockView View(double level, SideView inner, SideView outer, bool airtight = true, int vents = 1) =>
        new() { Level = level, Inner = inner, Outer = outer, Vents = vents, Airtight = airtight };

    static AirlockCycle Cycle() => new(new AirlockSettings());

    [Fact]
    public void ACycleOutClosesAndLocksPumpsDownOpensTheOuterSideAndClosesItAfterTheDelay()
    {
        var c = Cycle();
        Assert.True(c.Command("cycle", View(1, Opened(), Closed()), 0));
        Assert.Equal(Side.Outer, c.Target);
        Assert.Equal(Phase.Closing, c.Phase);

        c.Update(View(1, Opened(), Closed()), 1);
        Assert.Equal((DoorIntent.Close, DoorIntent.Close, true, true), (c.InnerDoors, c.OuterDoors, c.LockInner, c.LockOuter));
        Assert.Equal(Phase.Closing, c.Phase);

        c.Update(View(1, Closed(), Closed()), 80);
        Assert.Equal(Phase.Pumping, c.Phase);
        c.Update(View(1, Closed(), Closed()), 81);
        Assert.True(c.Depressurize);
        c.Update(View(0.3, Closed(), Closed()), 200);
        Assert.Equal(Phase.Pumping, c.Phase);

        c.Update(View(0.04, Closed(), Closed()), 300);
        Assert.Equal(Phase.Opening, c.Phase);
        c.Update(View(0.04, Closed(), Closed()), 301);
        Assert.Equal((DoorIntent.Close, DoorIntent.Open, true, false), (c.InnerDoors, c.OuterDoors, c.LockInner, c.LockOuter));

        c.Update(View(0.0, Closed(), Opened()), 380);
        Assert.Equal(Phase.Idle, c.Phase);
        Assert.Equal("open to the outer side", c.Message);
        Assert.True(c.Busy); // the auto-close is due

        c.Update(View(0.0, Closed(), Opened()), 380 + 299);
        Assert.Equal(DoorIntent.Leave, c.OuterDoors);
        c.Update(View(0.0, Closed(), Opened()), 380 + 300);
        Assert.Equal(DoorIntent.Close, c.OuterDoors);
        Assert.False(c.LockOuter); // the chamber matches outside: closed, free to use
        Assert.True(c.LockInner);
        Assert.False(c.Busy);
    }

    [Fact]
    public void InnerOrOuterTowardASideAtTheChambersLevelOpensItWithoutClosingItFirst()
    {
        var c = Cycle();
        Assert.True(c.Command("inner", View(1, Opened(), Closed()), 0));
        Assert.Equal(Phase.Opening, c.Phase);
        c.Update(View(1, Opened(), Closed()), 1);
        Assert.Equal((DoorIntent.Open, DoorIntent.Close, false, true), (c.InnerDoors, c.OuterDoors, c.LockInner, c.LockOuter));
        Assert.Equal(Phase.Idle, c.Phase);

        // With the other side open, or at another level, it is a whole cycle.
        Assert.True(c.Command("inner", View(1, Opened(), Opened()), 2));
        Assert.Equal(Phase.Closing, c.Phase);
        Assert.True(c.Command("outer", View(1, Closed(), Closed()), 3));
        Assert.Equal(Phase.Closing, c.Phase);
    }

    [Fact]
    public void CycleGoesToTheSideTheChamberDoesNotMatchAndReversesWhileCycling()
    {
        var c = Cycle();
        c.Command("cycle", View(0.02, Closed(), Closed()), 0);
        Assert.Equal(Side.Inner, c.Target);
        c.Command("cycle", View(0.4, Closed(), Closed()), 10);
        Assert.Equal(Side.Outer, c.Target);
        Assert.Equal(Phase.Closing, c.Phase);
    }

    [Fact]
    public void ItNeverOpensASideWhileADoorOfTheOtherIsNotClosedNorAtAnotherLevel()
    {
        var c = Cycle();
        c.Command("outer", View(0.04, Closed(), Closed()), 0);
        c.Update(View(0.04, Closed(), Closed()), 1);
        c.Update(View(0.04, Closed(), Closed()), 2);
        Assert.Equal(Phase.Opening, c.Phase);
        // Someone opens the inner door by hand: back to sealing, nothing opens.
        c.Update(View(0.04, Moving(), Closed()), 3);
        Assert.Equal(Phase.Closing, c.Phase);
        Assert.Equal((DoorIntent.Close, DoorIntent.Close), (c.InnerDoors, c.OuterDoors));
        // And a chamber that leaked back up is pumped again before opening.
        c.Update(View(0.3, Closed(), Closed()), 4);
        c.Update(View(0.3, Closed(), Closed()), 5);
        Assert.Equal(Phase.Pumping, c.Phase);
        Assert.True(c.Depressurize);
    }

    [Fact]
    public void ALockedTargetDoorIsUsableAndOnlyADoorThatCannotWorkStallsOpening()
    {
        var c = Cycle();
        c.Command("outer", View(0.0, Closed(), Closed()), 0);
        c.Update(View(0.0, Closed(), Closed()), 1);
        c.Update(View(0.0, Closed(), Closed()), 2);
        c.Update(View(0.0, Closed(), Closed()), 3); // locked (switched off) but usable
        Assert.Equal(Phase.Opening, c.Phase);
        c.Update(View(0.0, Closed(), new SideView { Doors = 1, Closed = 1 }), 4); // damaged: not usable
        Assert.Equal(Phase.Error, c.Phase);
        Assert.Equal(Stall.DoorBroken, c.Stall);
        Assert.Equal(Phase.Opening, c.StalledIn);
    }

    [Theory]
    [InlineData(true, Stall.PumpStalled)]  // tanks full: the level does not fall
    [InlineData(false, Stall.Breach)]       // pressurizing a room that does not hold air
    public void PumpingStallsAfterItsTimeoutOrOnABreachAndForceOpensAnyway(bool airtight, Stall stall)
    {
        var c = Cycle();
        var level = airtight ? 1.0 : 0.0;
        c.Command(airtight ? "outer" : "inner", View(level, Closed(), Closed()), 0);
        c.Update(View(level, Closed(), Closed(), airtight), 1);
        for (var t = 2; t <= 1202 && c.Phase != Phase.Error; t++)
            c.Update(View(level, Closed(), Closed(), airtight), t);
        Assert.Equal(Phase.Error, c.Phase);
        Assert.Equal(stall, c.Stall);
        Assert.Contains("`force` goes on", c.Message);
        c.Update(View(level, Closed(), Closed(), airtight), 1300);
        Assert.Equal((DoorIntent.Close, DoorIntent.Close, true, true), (c.InnerDoors, c.OuterDoors, c.LockInner, c.LockOuter));

        Assert.True(c.Command("force", View(level, Closed(), Closed(), airtight), 1301));
        Assert.Contains("forced open at", c.Message);
        Assert.Equal(Phase.Opening, c.Phase);
        c.Update(View(level, Closed(), Closed(), airtight), 1302);
        Assert.Equal(DoorIntent.Open, airtight ? c.OuterDoors : c.InnerDoors);
    }

    [Fact]
    public void ADoorThatDoesNotCloseStallsClosingAndABrokenOpenDoorStallsAtOnce()
    {
        var c = Cycle();
        c.Command("outer", View(1, Moving(), Closed()), 0);
        c.Update(View(1, Moving(), Closed()), 300);
        Assert.Equal(Phase.Closing, c.Phase);
        c.Update(View(1, Moving(), Closed()), 301);
        Assert.Equal(Stall.DoorStuck, c.Stall);

        var d = Cycle();
        d.Command("outer", View(1, Opened(), Closed()), 0);
        d.Update(View(1, new SideView { Doors = 1, Open = 1, Broken = 1 }, Closed()), 1);
        Assert.Equal(Stall.DoorBroken, d.Stall);
        Assert.Equal(Phase.Closing, d.StalledIn);
    }

    [Fact]
    public void NoWorkingVentStallsPumping()
    {
        var c = Cycle();
        c.Command("outer", View(1, Closed(), Closed()), 0);
        c.Update(View(0, Closed(), Closed(), vents: 0), 1);
        c.Update(View(0, Closed(), Closed(), vents: 0), 2);
        Assert.Equal(Stall.NoVent, c.Stall);
    }

    [Fact]
    public void IdleLeavesTheSideAtTheChambersLevelFreeAndClosesAndLocksTheOther()
    {
        var c = Cycle();
        c.Update(View(1, Opened(), Closed()), 0); // opened by hand between equal pressures: left alone
        Assert.Equal((DoorIntent.Leave, DoorIntent.Close, false, true), (c.InnerDoors, c.OuterDoors, c.LockInner, c.LockOuter));
        c.Update(View(1, Closed(), Opened()), 1); // opened by hand on the wrong side: closed and locked
        Assert.Equal((DoorIntent.Close, true), (c.OuterDoors, c.LockOuter));
        c.Update(View(1, Opened(), Opened()), 2); // both: never both open
        Assert.Equal((DoorIntent.Close, DoorIntent.Close), (c.InnerDoors, c.OuterDoors));

        var free = new AirlockCycle(new AirlockSettings { LockIdle = false });
        free.Update(View(1, Closed(), Closed()), 0);
        Assert.False(free.LockOuter);
    }

    [Fact]
    public void LockSealsAndRefusesCyclesUntilUnlockAndCloseEndsACycle()
    {
        var c = Cycle();
        c.Command("lock", View(1, Closed(), Closed()), 0);
        Assert.Equal(Phase.Locked, c.Phase);
        Assert.False(c.Command("cycle", View(1, Closed(), Closed()), 1));
        Assert.Equal("locked: unlock it first", c.Message);
        c.Command("unlock", View(1, Closed(), Closed()), 2);
        Assert.True(c.Command("cycle", View(1, Closed(), Closed()), 3));
        c.Command("close", View(1, Closed(), Closed()), 4);
        Assert.Equal(Phase.Idle, c.Phase);
        Assert.False(c.Command("force", View(1, Closed(), Closed()), 5));
    }

    [Fact]
    public void ATakeoverGoesOnFromTheLastActivesPhaseAndClosesWhatACycleLeftOpen()
    {
        var c = Cycle();
        c.Restore(Phase.Pumping, Side.Outer, Phase.Pumping, Stall.None, 1000);
        c.Update(View(0.5, Closed(), Closed()), 1001);
        Assert.Equal(Phase.Pumping, c.Phase);
        Assert.True(c.Depressurize);

        var d = Cycle();
        d.Restore(Phase.Idle, Side.Outer, Phase.Idle, Stall.None, 1000);
        Assert.True(d.Busy);
        d.Update(View(0, Closed(), Opened()), 1300);
        Assert.Equal(DoorIntent.Close, d.OuterDoors);
    }

    [Fact]
    public void AnErrorRestoredAfterATakeoverKeepsItsCauseAndForceGoesOnFromThere()
    {
        var c = Cycle();
        c.Restore(Phase.Error, Side.Outer, Phase.Pumping, Stall.PumpStalled, 1000);
        Assert.Equal((Phase.Pumping, Stall.PumpStalled), (c.StalledIn, c.Stall));
        Assert.True(c.Command("force", View(0.5, Closed(), Closed()), 1001));
        Assert.Equal(Phase.Opening, c.Phase);
    }

    [Theory]
    [InlineData("le")]
    [InlineData("forc")]
    [InlineData("open")]
    public void OnlyForceForces(string verb)
    {
        var c = Cycle();
        c.Command("outer", View(1, Closed(), Closed()), 0);
        c.Update(View(1, Closed(), Closed()), 1);
        Assert.False(c.Command(verb, View(1, Closed(), Closed()), 2));
        Assert.Equal(Phase.Pumping, c.Phase);
        Assert.False(c.Forced);
    }
}
