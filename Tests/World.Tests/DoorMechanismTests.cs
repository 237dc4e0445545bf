using ShipSim.World.Physics;

namespace ShipSim.World.Tests;

/// <summary>Door behaviour from game-behaviour.md section 5.</summary>
public class DoorMechanismTests
{
    private static DoorMechanism Moving(DoorMotion status)
    {
        // A basic door half way through the given motion, or at rest.
        switch (status)
        {
            case DoorMotion.Closed:
                return new DoorMechanism(DoorKind.Basic);
            case DoorMotion.Open:
                return new DoorMechanism(DoorKind.Basic, startOpen: true);
            case DoorMotion.Opening:
            {
                var d = new DoorMechanism(DoorKind.Basic);
                Assert.True(d.Open());
                TickN(d, 30);
                Assert.Equal(DoorMotion.Opening, d.Status);
                return d;
            }
            default:
            {
                var d = new DoorMechanism(DoorKind.Basic, startOpen: true);
                Assert.True(d.Close());
                TickN(d, 30);
                Assert.Equal(DoorMotion.Closing, d.Status);
                return d;
            }
        }
    }

    private static void TickN(DoorMechanism d, int n)
    {
        for (int i = 0; i < n; i++)
        {
            d.Tick();
        }
    }

    private static int TicksUntil(DoorMechanism d, DoorMotion status, int limit = 10_000)
    {
        for (int i = 1; i <= limit; i++)
        {
            d.Tick();
            if (d.Status == status)
            {
                return i;
            }
        }
        throw new Xunit.Sdk.XunitException($"door never reached {status} within {limit} ticks");
    }

    [Fact]
    public void Section5_EnumOrderMatchesDoorStatus()
    {
        Assert.Equal(0, (int)DoorMotion.Opening);
        Assert.Equal(1, (int)DoorMotion.Open);
        Assert.Equal(2, (int)DoorMotion.Closing);
        Assert.Equal(3, (int)DoorMotion.Closed);
    }

    [Theory]
    [InlineData(DoorMotion.Closed, true)]
    [InlineData(DoorMotion.Closing, true)]
    [InlineData(DoorMotion.Open, false)]
    [InlineData(DoorMotion.Opening, false)]
    public void Section5_OpenOnlyFromClosingOrClosed(DoorMotion from, bool acts)
    {
        var d = Moving(from);
        double ratio = d.OpenRatio;
        Assert.Equal(acts, d.Open());
        Assert.Equal(acts ? DoorMotion.Opening : from, d.Status);
        Assert.Equal(ratio, d.OpenRatio);
    }

    [Theory]
    [InlineData(DoorMotion.Open, true)]
    [InlineData(DoorMotion.Opening, true)]
    [InlineData(DoorMotion.Closed, false)]
    [InlineData(DoorMotion.Closing, false)]
    public void Section5_CloseOnlyFromOpeningOrOpen(DoorMotion from, bool acts)
    {
        var d = Moving(from);
        double ratio = d.OpenRatio;
        Assert.Equal(acts, d.Close());
        Assert.Equal(acts ? DoorMotion.Closing : from, d.Status);
        Assert.Equal(ratio, d.OpenRatio);
    }

    [Theory]
    [InlineData(DoorMotion.Closed, DoorMotion.Opening)]
    [InlineData(DoorMotion.Closing, DoorMotion.Opening)]
    [InlineData(DoorMotion.Open, DoorMotion.Closing)]
    [InlineData(DoorMotion.Opening, DoorMotion.Closing)]
    public void Section5_ToggleReversesDirection(DoorMotion from, DoorMotion to)
    {
        var d = Moving(from);
        Assert.True(d.Toggle());
        Assert.Equal(to, d.Status);
    }

    [Theory]
    [InlineData(DoorMotion.Closed)]
    [InlineData(DoorMotion.Closing)]
    [InlineData(DoorMotion.Open)]
    [InlineData(DoorMotion.Opening)]
    public void Section5_NothingWhenNotWorking(DoorMotion from)
    {
        var d = Moving(from);
        double ratio = d.OpenRatio;
        d.Working = false;
        Assert.False(d.Open());
        Assert.False(d.Close());
        Assert.False(d.Toggle());
        Assert.False(d.HandToggle());
        TickN(d, 200);
        Assert.Equal(from, d.Status);
        Assert.Equal(ratio, d.OpenRatio);
    }

    [Fact]
    public void Section5_MotionOnlyWhileWorking_ResumesWhereItStopped()
    {
        var d = new DoorMechanism(DoorKind.Basic);
        d.Open();
        TickN(d, 20);
        d.Working = false; // power lost or disabled mid-motion
        TickN(d, 500);
        Assert.Equal(DoorMotion.Opening, d.Status);
        Assert.Equal(20.0 / 72.0, d.OpenRatio, 12);
        d.Working = true;
        Assert.Equal(52, TicksUntil(d, DoorMotion.Open));
    }

    [Fact]
    public void Section5_StatusFlipsAtOnce()
    {
        var d = new DoorMechanism(DoorKind.Sliding);
        Assert.True(d.Open());
        Assert.Equal(DoorMotion.Opening, d.Status); // before any tick
        Assert.Equal(0.0, d.OpenRatio);
        Assert.False(d.Seals);

        var e = new DoorMechanism(DoorKind.Sliding, startOpen: true);
        Assert.True(e.Close());
        Assert.Equal(DoorMotion.Closing, e.Status);
        Assert.Equal(1.0, e.OpenRatio);
    }

    [Fact]
    public void Section5_ReversalContinuesFromCurrentRatio()
    {
        var d = new DoorMechanism(DoorKind.Basic);
        d.Open();
        TickN(d, 30);
        double mid = d.OpenRatio;
        Assert.Equal(30.0 / 72.0, mid, 12);

        Assert.True(d.Close());
        Assert.Equal(mid, d.OpenRatio); // no jump
        d.Tick();
        Assert.True(d.OpenRatio < mid);
        // 30 ticks of travel back, not a full 72.
        Assert.Equal(29, TicksUntil(d, DoorMotion.Closed));

        // And the other way: closing from open, reversed part way.
        var e = new DoorMechanism(DoorKind.Basic, startOpen: true);
        e.Close();
        TickN(e, 10);
        e.Open();
        Assert.Equal(10, TicksUntil(e, DoorMotion.Open));
    }

    [Theory]
    [InlineData(DoorKind.Basic, 1.2)]
    [InlineData(DoorKind.Sliding, 1.25)]
    [InlineData(DoorKind.AirtightHangar, 10.0)]
    public void Section5_ClosingTakesAboutKindTime(DoorKind kind, double seconds)
    {
        double expected = seconds * 60.0;
        var d = new DoorMechanism(kind, startOpen: true);
        d.Close();
        int closing = TicksUntil(d, DoorMotion.Closed);
        Assert.InRange(closing, expected * 0.9, expected * 1.1);
        Assert.Equal(0.0, d.OpenRatio);

        d.Open();
        int opening = TicksUntil(d, DoorMotion.Open);
        Assert.InRange(opening, expected * 0.9, expected * 1.1);
        Assert.Equal(1.0, d.OpenRatio);
    }

    [Fact]
    public void Section5_ClosingTakesAboutKindTime_ExactTable()
    {
        Assert.Equal(72, DoorKinds.FullTravelTicks(DoorKind.Basic));
        Assert.Equal(75, DoorKinds.FullTravelTicks(DoorKind.Sliding));
        Assert.Equal(600, DoorKinds.FullTravelTicks(DoorKind.AirtightHangar));
    }

    [Fact]
    public void Section5_ObstructedClosingDoorReopens()
    {
        var d = new DoorMechanism(DoorKind.Basic, startOpen: true);
        d.Obstruction = 0.5; // something stands half way into the doorway
        d.Close();
        int ticks = TicksUntil(d, DoorMotion.Opening, 200);
        Assert.Equal(36, ticks); // travelled from 72 down to 36 = 0.5
        Assert.Equal(0.5, d.OpenRatio, 12);
        Assert.Equal(1, d.ObstructionReopenCount);
        Assert.False(d.Seals);
        // It goes back to fully open and never sealed on the way.
        TicksUntil(d, DoorMotion.Open, 200);
        Assert.Equal(1.0, d.OpenRatio);

        // Once the doorway is clear, the door closes.
        d.Obstruction = null;
        d.Close();
        Assert.Equal(72, TicksUntil(d, DoorMotion.Closed));
        Assert.True(d.Seals);
    }

    [Fact]
    public void Section5_ObstructionDoesNotAffectOpeningOrClosedDoors()
    {
        var d = new DoorMechanism(DoorKind.Basic);
        d.Obstruction = 0.3;
        Assert.Equal(DoorMotion.Closed, d.Status);
        TickN(d, 10);
        Assert.Equal(DoorMotion.Closed, d.Status);
        d.Open();
        Assert.Equal(72, TicksUntil(d, DoorMotion.Open));
        Assert.Equal(0, d.ObstructionReopenCount);
    }

    [Fact]
    public void Section5_SealsOnlyWhenFullyClosed()
    {
        var d = new DoorMechanism(DoorKind.Basic, startOpen: true);
        Assert.False(d.Seals);
        d.Close();
        for (int i = 0; i < 71; i++)
        {
            d.Tick();
            Assert.False(d.Seals); // still moving, even at 1/72 open
        }
        d.Tick();
        Assert.Equal(DoorMotion.Closed, d.Status);
        Assert.True(d.Seals);
        d.Open();
        Assert.Equal(0.0, d.OpenRatio);
        Assert.False(d.Seals); // Opening at ratio 0 no longer seals
    }

    [Fact]
    public void Section5_HandOperationOnlyWhenEnabledAndWorking()
    {
        var d = new DoorMechanism(DoorKind.Basic);
        d.Working = false; // a script disabled it to lock it
        Assert.False(d.HandToggle());
        Assert.Equal(DoorMotion.Closed, d.Status);
        d.Working = true;
        Assert.True(d.HandToggle());
        Assert.Equal(DoorMotion.Opening, d.Status);
    }
}
