using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.World.Tests;

/// <summary>Scripts' DateTime.Now and UtcNow read the world's start time plus game time (our choice,
/// docs/simulator.md): a script that times itself works at any simulation speed, and the same seed gives the
/// same screens.</summary>
public class WorldClockTests
{
    const string Stopwatch = """
        DateTime _started;
        public Program() { _started = DateTime.Now; Runtime.UpdateFrequency = UpdateFrequency.Update100; }
        public void Main()
        {
            Me.GetSurface(0).WriteText((DateTime.Now - _started).TotalSeconds.ToString("0.000") + " " + DateTime.UtcNow.ToString("HH:mm:ss.fff"));
        }
        """;

    [Fact]
    public void AScriptTimingItselfWithDateTimeNowSeesGameTime()
    {
        var (world, ship) = TestWorld.Ship();
        world.ClockStart = new DateTime(2030, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        var pb = new SimProgrammableBlock(ship, "PB", Stopwatch);
        world.RunSeconds(90);
        pb.RunFromTerminal();
        Assert.Equal("90.000 08:01:30.000", pb.Surfaces[0].GetText());
        Assert.Equal(world.ClockStart + TimeSpan.FromSeconds(90), world.Clock);
    }

    [Fact]
    public void TheClockIsExactAtEveryTick()
    {
        var (world, _) = TestWorld.Ship();
        world.Run(7);
        Assert.Equal(world.ClockStart.Ticks + 7 * TimeSpan.TicksPerSecond / SimWorld.TicksPerSecond, world.Clock.Ticks);
    }
}
