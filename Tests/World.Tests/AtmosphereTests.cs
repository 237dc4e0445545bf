using System.Globalization;
using System.Text;
using ShipSim.World.Physics;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace ShipSim.World.Tests;

/// <summary>Air, doors and vents from game-behaviour.md sections 5 and 6.</summary>
public class AtmosphereTests
{
    private static void Run(Atmosphere air, int ticks, params DoorMechanism[] doors)
    {
        for (int i = 0; i < ticks; i++)
        {
            foreach (var d in doors)
            {
                d.Tick();
            }
            air.Tick();
        }
    }

    /// <summary>An airlock chamber with one vent on a network with one tank.</summary>
    private static (Atmosphere Air, Room Room, OxygenTank Tank, VentMechanism Vent) Chamber(
        double volume = 30.0, double level = 0.0, double tankCapacity = 100_000.0, double tankFilled = 50_000.0,
        int phase = 0, double outside = 0.0, bool working = true)
    {
        var air = new Atmosphere(outside);
        var room = air.AddRoom("chamber", volume, level);
        var net = air.AddNetwork("ship");
        var tank = net.AddTank("tank", tankCapacity, tankFilled);
        var vent = air.AddVent("vent", room, net, phase, working: working);
        return (air, room, tank, vent);
    }

    // SimAirVent reports the mechanism's state to scripts by casting it to the game's enum.
    [Fact]
    public void Section6_VentStateCastsToTheGamesVentStatusOfTheSameName()
    {
        Assert.Equal(Enum.GetValues<VentStatus>().Length, Enum.GetValues<VentState>().Length);
        foreach (var state in Enum.GetValues<VentState>())
            Assert.Equal(state.ToString(), ((VentStatus)(int)state).ToString());
    }

    [Fact]
    public void TheAirBelongsToItsWorldAndExistsOnlyOnceSomethingUsesIt()
    {
        var world = new ShipSim.World.Core.SimWorld(1);
        var ship = world.AddGrid("Ship");
        _ = new ShipSim.World.Blocks.SimTextPanel(ship, "LCD");
        Assert.Null(world.ExistingAir);
        var vent = new ShipSim.World.Blocks.SimAirVent(ship, "Vent", null, null);
        Assert.Same(world.Air(), world.ExistingAir);
        Assert.Same(world.Air(), world.Air());
        Assert.Null(new ShipSim.World.Core.SimWorld(1).ExistingAir);
        Assert.Contains(vent.Mechanism, world.Air().Atmosphere.Vents);
    }

    [Fact]
    public void Section6_StatusOnlyUpdatesEvery100Ticks()
    {
        var (air, room, _, vent) = Chamber(phase: 37);
        Assert.Equal(VentState.Pressurizing, vent.Status); // airtight, level 0, Depressurize off
        var changes = new List<long>();
        var updates = new List<long>();
        var last = vent.Status;
        for (int i = 0; i < 400; i++)
        {
            if (i == 150)
            {
                vent.Depressurize = true;
            }
            long tick = air.CurrentTick;
            air.Tick();
            if (vent.LastStatusUpdateTick == tick)
            {
                updates.Add(tick);
            }
            if (vent.Status != last)
            {
                changes.Add(tick);
                last = vent.Status;
            }
        }
        // Full after a handful of ticks, but reported only at tick 37; the
        // Depressurize switch at tick 150 is reported only at tick 237.
        Assert.True(room.Level <= 0.0);
        Assert.Equal(new long[] { 37, 137, 237, 337 }, updates);
        Assert.Equal(new long[] { 37, 237 }, changes);
        Assert.Equal(VentState.Depressurizing, vent.Status);
    }

    [Fact]
    public void Section6_StatusRules()
    {
        // No room: Depressurized.
        var air = new Atmosphere();
        var net = air.AddNetwork("n");
        net.AddTank("t", 1000, 500);
        var none = air.AddVent("none", null, net, 0);
        Assert.Equal(VentState.Depressurized, none.Status);
        Assert.False(none.CanPressurize);

        // Airtight and full: Pressurized whatever Depressurize says, until the room drops below 1.
        var full = air.AddRoom("full", 10, 1.0);
        var v = air.AddVent("v", full, null, 0);
        Assert.Equal(VentState.Pressurized, v.Status);
        v.Depressurize = true;
        Run(air, 100);
        Assert.Equal(VentState.Pressurized, v.Status);

        // Not airtight and above 1 %: Depressurizing; at or below 1 %: Depressurized.
        full.Breached = true;
        air.Tick(); // tick 100: the slot; the room already lost some air
        Assert.Equal(VentState.Depressurizing, v.Status);
        Run(air, 100);
        Assert.Equal(0.0, full.Level);
        Assert.Equal(VentState.Depressurized, v.Status);
    }

    [Fact]
    public void Section6_PumpedDownAirtightRoomStillReportsDepressurizing()
    {
        var (air, room, tank, vent) = Chamber(level: 1.0, tankFilled: 0.0);
        Assert.Equal(VentState.Pressurized, vent.Status);
        vent.Depressurize = true;
        Run(air, 400);
        Assert.Equal(0.0, room.Level);
        Assert.Equal(30.0, tank.Filled, 9);
        Assert.True(vent.CanPressurize);
        Assert.True(vent.GetOxygenLevel() < 0.01);
        Assert.Equal(VentState.Depressurizing, vent.Status); // the known trap
    }

    [Fact]
    public void Section6_NotWorkingVentReadsZero()
    {
        var (air, room, _, vent) = Chamber(level: 1.0);
        Run(air, 5);
        Assert.Equal(1.0, vent.GetOxygenLevel());
        vent.Working = false;
        Assert.Equal(0.0, vent.GetOxygenLevel());
        Run(air, 200);
        Assert.Equal(0.0, vent.GetOxygenLevel());
        Assert.Equal(1.0, room.Level); // the air is still there
        // Status keeps following the rules (game-behaviour.md does not tie it to Working).
        Assert.Equal(VentState.Pressurized, vent.Status);
    }

    [Fact]
    public void Section6_NotWorkingVentDoesNotPump()
    {
        var (air, room, tank, vent) = Chamber(level: 0.0, working: false);
        Run(air, 300);
        Assert.Equal(0.0, room.Level);
        Assert.Equal(50_000.0, tank.Filled);
        Assert.Equal(VentState.Pressurizing, vent.Status);
    }

    [Fact]
    public void Section6_LevelLagsAfterChange()
    {
        var (air, room, _, vent) = Chamber(volume: 20.0, level: 1.0);
        Run(air, 10);
        Assert.Equal(1.0, vent.GetOxygenLevel());
        vent.Depressurize = true;
        Run(air, 10);
        Assert.Equal(0.0, room.Level); // 20 L at 5 L per tick: empty in 4 ticks
        Assert.True(vent.GetOxygenLevel() > 0.85, $"reported {vent.GetOxygenLevel()}");

        // The reading reaches the vent's own "empty" threshold only after about 1.5 s.
        int ticks = 10;
        while (vent.GetOxygenLevel() >= 0.01)
        {
            air.Tick();
            ticks++;
            Assert.True(ticks < 1000);
        }
        Assert.InRange(ticks, 80, 100);

        // And back up: filling is reported with the same lag.
        vent.Depressurize = false;
        Run(air, 10);
        Assert.Equal(1.0, room.Level);
        Assert.True(vent.GetOxygenLevel() < 0.15, $"reported {vent.GetOxygenLevel()}");
        Run(air, 90);
        Assert.Equal(1.0, vent.GetOxygenLevel());
    }

    [Fact]
    public void Section6_NotAirtightReadingDoesNotLag()
    {
        var (air, room, _, vent) = Chamber(level: 1.0);
        room.Breached = true;
        air.Tick();
        Assert.Equal(room.Level, vent.GetOxygenLevel());
    }

    [Fact]
    public void Section6_DrainStallsWhenTanksFull()
    {
        var (air, room, tank, vent) = Chamber(volume: 30.0, level: 1.0, tankCapacity: 10.0, tankFilled: 0.0);
        vent.Depressurize = true;
        Run(air, 300);
        Assert.True(tank.IsFull);
        Assert.Equal(20.0 / 30.0, room.Level, 9);
        Assert.Equal(0.0, vent.LastTickTransfer);
        Assert.Equal(VentState.Depressurizing, vent.Status);
        Assert.True(vent.GetOxygenLevel() > 0.6);

        // A second tank with room on the same network lets it continue.
        vent.Network!.AddTank("spare", 100.0);
        Run(air, 100);
        Assert.Equal(0.0, room.Level);
    }

    [Fact]
    public void Section6_DrainStallsWithoutAnyTank()
    {
        var air = new Atmosphere();
        var room = air.AddRoom("r", 30, 1.0);
        var vent = air.AddVent("v", room, air.AddNetwork("empty"), 0);
        vent.Depressurize = true;
        Run(air, 200);
        Assert.Equal(1.0, room.Level);
    }

    [Fact]
    public void Section6_FillLimitedByOxygenOnNetwork()
    {
        var (air, room, tank, vent) = Chamber(volume: 30.0, level: 0.0, tankFilled: 10.0);
        Run(air, 300);
        Assert.True(tank.IsEmpty);
        Assert.Equal(10.0 / 30.0, room.Level, 9);
        Assert.Equal(VentState.Pressurizing, vent.Status);
    }

    [Fact]
    public void Section6_FillStopsWhenRoomFull()
    {
        var (air, room, tank, vent) = Chamber(volume: 30.0, level: 0.0, tankFilled: 1000.0);
        Run(air, 300);
        Assert.Equal(1.0, room.Level);
        Assert.Equal(970.0, tank.Filled, 9);
        Assert.Equal(0.0, vent.LastTickTransfer);
        Assert.Equal(VentState.Pressurized, vent.Status);
    }

    [Fact]
    public void Section6_VentRateIs300LitresPerSecond()
    {
        var (air, room, _, vent) = Chamber(volume: 10_000.0, level: 0.0);
        Run(air, 60);
        Assert.Equal(300.0, room.Amount, 9);
        Assert.Equal(5.0, vent.LastTickTransfer, 12);
    }

    [Fact]
    public void Section6_BreachedRoomCannotPressurize()
    {
        var (air, room, tank, vent) = Chamber(level: 0.0, phase: 50);
        Assert.True(vent.CanPressurize);
        room.Breached = true;
        Assert.False(vent.CanPressurize); // at once
        Run(air, 300);
        Assert.Equal(0.0, room.Level);
        Assert.Equal(50_000.0, tank.Filled); // no oxygen wasted into space
        Assert.Equal(VentState.Depressurized, vent.Status);

        room.Breached = false; // repaired
        Assert.True(vent.CanPressurize);
        Run(air, 100);
        Assert.Equal(1.0, room.Level);
    }

    [Fact]
    public void Section6_JoinedToNonAirtightRoomCannotPressurize()
    {
        var air = new Atmosphere();
        var a = air.AddRoom("a", 10, 1.0);
        var b = air.AddRoom("b", 10, 1.0);
        var door = new DoorMechanism(DoorKind.Basic);
        air.AddDoor(door, a, b);
        var vent = air.AddVent("v", a, null, 0);
        b.Breached = true;
        Assert.True(vent.CanPressurize); // door closed: a is its own region
        door.Open();
        Assert.False(vent.CanPressurize); // Opening already unseals
        Run(air, 120, door);
        Assert.Equal(0.0, a.Level);
        Assert.Equal(0.0, b.Level);
    }

    [Fact]
    public void Section6_OpenDoorToVacuumLosesAir()
    {
        var (air, room, _, vent) = Chamber(volume: 30.0, level: 1.0);
        var outer = new DoorMechanism(DoorKind.Basic);
        air.AddDoor(outer, room, null);
        Run(air, 10, outer);
        Assert.Equal(1.0, room.Level);
        Assert.Equal(0.0, air.TotalLostToVacuum);

        Assert.True(outer.Open());
        Assert.False(vent.CanPressurize);
        Run(air, 1, outer);
        Assert.True(room.Level > 0.8, $"level {room.Level}"); // not instant
        var ev = Assert.Single(air.LastTickLosses);
        Assert.Same(room, ev.Room);
        Assert.True(ev.ToVacuum);
        Assert.True(ev.Litres > 0.0);

        int ticks = 1;
        while (room.Level > 0.0)
        {
            Run(air, 1, outer);
            ticks++;
            Assert.True(ticks < 1000);
        }
        Assert.Equal(56, ticks); // empty within one second of the door starting to open
        Run(air, 30, outer);
        Assert.Equal(0.0, room.Level);
        Assert.Equal(30.0, air.TotalLostToVacuum, 9);
        Assert.Empty(air.LastTickLosses);
    }

    [Fact]
    public void Section6_OpenDoorBetweenRoomsEqualizes()
    {
        var air = new Atmosphere();
        var a = air.AddRoom("a", 10, 1.0);
        var b = air.AddRoom("b", 30, 0.0);
        var door = new DoorMechanism(DoorKind.Sliding);
        air.AddDoor(door, a, b);
        door.Open();
        Run(air, 90, door);
        Assert.Equal(0.25, a.Level, 9);
        Assert.Equal(0.25, b.Level, 9);
        Assert.Equal(10.0, a.Amount + b.Amount, 9); // conserved
        Assert.Equal(0.0, air.TotalNetToOutside);
        Assert.True(air.IsAirtight(a));
        Assert.Equal(new[] { a, b }, air.RegionOf(b));
    }

    [Theory]
    [InlineData(10.0, 30.0)]
    [InlineData(31.25, 15.625)]
    [InlineData(7.0, 3.0)]
    public void Section6_JoinedRoomsFilledByOneVentReachPressurized(double volA, double volB)
    {
        var air = new Atmosphere();
        var a = air.AddRoom("a", volA, 0.0);
        var b = air.AddRoom("b", volB, 0.3);
        var door = new DoorMechanism(DoorKind.Basic);
        air.AddDoor(door, a, b);
        var net = air.AddNetwork("n");
        var tank = net.AddTank("t", 1000, 1000);
        var vent = air.AddVent("v", a, net, 0);
        door.Open();
        Run(air, 1000, door);
        Assert.Equal(1.0, a.Level);
        Assert.Equal(1.0, b.Level);
        Assert.Equal(VentState.Pressurized, vent.Status);
        Assert.Equal(0.0, vent.LastTickTransfer);
        Assert.Equal(1000.0 - volA - 0.7 * volB, tank.Filled, 6);
    }

    [Fact]
    public void Section6_PlanetAtmosphereIsSourceAndSink()
    {
        var (air, room, _, vent) = Chamber(level: 0.0, outside: 0.7);
        var outer = new DoorMechanism(DoorKind.Basic);
        air.AddDoor(outer, room, null);
        outer.Open();
        Run(air, 120, outer);
        Assert.Equal(0.7, room.Level, 12);
        Assert.Equal(-21.0, air.TotalNetToOutside, 9);
        Assert.Equal(0.0, air.TotalLostToVacuum);
        Assert.Equal(VentState.Depressurizing, vent.Status); // not airtight, above 1 %
    }

    [Fact]
    public void Section6_ClosedDoorSealsAgain()
    {
        var (air, room, _, vent) = Chamber(level: 1.0);
        var outer = new DoorMechanism(DoorKind.Basic);
        air.AddDoor(outer, room, null);
        outer.Open();
        Run(air, 80, outer);
        outer.Close();
        Run(air, 71, outer);
        Assert.False(vent.CanPressurize);
        Run(air, 1, outer);
        Assert.True(outer.Seals);
        Assert.True(vent.CanPressurize);
        Run(air, 60, outer);
        Assert.Equal(1.0, room.Level); // the vent refilled it
    }

    [Fact]
    public void Determinism_SameOperationsGiveIdenticalState()
    {
        string a = Scenario(12345);
        string b = Scenario(12345);
        Assert.Equal(a, b);
        Assert.NotEqual(a, Scenario(54321)); // the operations matter
    }

    // A pseudo-random but seeded sequence of operations; returns a trace of the full state.
    private static string Scenario(int seed)
    {
        var rng = new Random(seed);
        var air = new Atmosphere(0.0);
        var inner = air.AddRoom("inner", 200, 1.0);
        var lockRoom = air.AddRoom("lock", 31.25, 1.0);
        var hangar = air.AddRoom("hangar", 500, 0.5);
        var net = air.AddNetwork("ship");
        net.AddTank("t1", 100, 20);
        net.AddTank("t2", 50, 0);
        var net2 = air.AddNetwork("hangar");
        net2.AddTank("t3", 1000, 900);
        var doors = new[]
        {
            new DoorMechanism(DoorKind.Sliding),
            new DoorMechanism(DoorKind.Basic),
            new DoorMechanism(DoorKind.AirtightHangar),
        };
        air.AddDoor(doors[0], inner, lockRoom);
        air.AddDoor(doors[1], lockRoom, null);
        air.AddDoor(doors[2], hangar, null);
        var vents = new[]
        {
            air.AddVent("lockVent", lockRoom, net, rng.Next(100)),
            air.AddVent("hangarVent", hangar, net2, rng.Next(100)),
        };
        var sb = new StringBuilder();
        for (int t = 0; t < 3000; t++)
        {
            int op = rng.Next(40);
            switch (op)
            {
                case 0: doors[rng.Next(3)].Open(); break;
                case 1: doors[rng.Next(3)].Close(); break;
                case 2: doors[rng.Next(3)].Toggle(); break;
                case 3: vents[rng.Next(2)].Depressurize ^= true; break;
                case 4: vents[rng.Next(2)].Working ^= true; break;
                case 5: doors[rng.Next(3)].Working = rng.Next(4) != 0; break;
                case 6: hangar.Breached = rng.Next(3) == 0; break;
                case 7: doors[rng.Next(3)].Obstruction = rng.Next(2) == 0 ? null : 0.1 + 0.8 * rng.NextDouble(); break;
            }
            foreach (var d in doors)
            {
                d.Tick();
            }
            air.Tick();
            foreach (var d in doors)
            {
                sb.Append(d.Status).Append(' ').Append(d.PositionTicks).Append(';');
            }
            foreach (var r in air.Rooms)
            {
                sb.Append(r.Amount.ToString("R", CultureInfo.InvariantCulture)).Append(';');
            }
            foreach (var n in air.Networks)
            {
                foreach (var tk in n.Tanks)
                {
                    sb.Append(tk.Filled.ToString("R", CultureInfo.InvariantCulture)).Append(';');
                }
            }
            foreach (var v in vents)
            {
                sb.Append(v.Status).Append(' ')
                  .Append(v.GetOxygenLevel().ToString("R", CultureInfo.InvariantCulture)).Append(' ')
                  .Append(v.CanPressurize).Append(';');
            }
            sb.Append(air.TotalLostToVacuum.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }
        return sb.ToString();
    }
}
