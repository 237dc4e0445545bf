using System.Globalization;
using ShipSim.Host;

namespace ShipSim.Host.Tests;

/// <summary>Scripts' DateTime.Now, UtcNow and Today read the clock the world gives (our choice, docs/simulator.md),
/// never this machine's.</summary>
public class ClockRedirectionTests
{
    static readonly DateTime Noon = new(2031, 5, 17, 12, 30, 15, DateTimeKind.Utc);

    [Fact]
    public void NowUtcNowAndTodayReadTheContextsClockWithTheGamesKinds()
    {
        var echoes = new List<string>();
        var image = Pb.Compile("""
            public void Main()
            {
                Echo(DateTime.Now.ToString("o") + " " + System.DateTime.UtcNow.ToString("o") + " " + DateTime.Today.ToString("o"));
            }
            """);
        var instance = image.Instantiate(new ProgramContext { Echo = echoes.Add, Clock = () => Noon });
        Assert.True(instance.Run("", Sandbox.ModAPI.Ingame.UpdateType.Terminal).Completed);

        var parts = echoes.Single().Split(' ');
        Assert.Equal(Noon.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), parts[0][..19]);
        Assert.Equal(DateTimeKind.Local, DateTime.Parse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).Kind);
        Assert.Equal(Noon.ToString("o", CultureInfo.InvariantCulture), parts[1]);
        Assert.Equal("2031-05-17T00:00:00.0000000", parts[2][..27]);
    }

    [Fact]
    public void AScriptTimingItselfSeesTheClockMoveBetweenRunsAndNotTheWallClock()
    {
        var now = Noon;
        var pb = new Pb("""
            DateTime _started = DateTime.UtcNow;
            public void Main() { Echo((DateTime.UtcNow - _started).TotalSeconds.ToString()); }
            """, clock: () => now);
        now = Noon.AddSeconds(90);
        pb.Run();
        Thread.Sleep(20);
        pb.Run();
        Assert.Equal(["90", "90"], pb.Echoes);
    }

    [Fact]
    public void TheClockReadsInsideAnInterpolatedString()
    {
        var pb = new Pb("""
            public void Main() { Echo($"{DateTime.UtcNow.Ticks};{DateTime.Now:yyyy-MM-dd} {DateTime.Today.Day}"); }
            """, clock: () => Noon);
        pb.Run();
        Assert.Equal([$"{Noon.Ticks.ToString(CultureInfo.InvariantCulture)};2031-05-17 17"], pb.Echoes);
    }

    [Fact]
    public void WithoutAClockTheScriptSeesTheDefaultStartStandingStill()
    {
        var pb = new Pb("public void Main() { Echo(DateTime.UtcNow.Ticks.ToString()); }");
        pb.Run();
        Assert.Equal([ProgramContext.DefaultClockStart.Ticks.ToString(CultureInfo.InvariantCulture)], pb.Echoes);
    }

    [Fact]
    public void ReadingTheClockIsNotCountedAndKeepsScriptLineNumbers()
    {
        var withClock = new Pb("""
            public void Main()
            {
                var a = DateTime.Now; var b = DateTime.UtcNow; var c = DateTime.Today;
                throw new Exception("line 4");
            }
            """);
        var without = new Pb("""
            public void Main()
            {
                var a = 1; var b = 2; var c = 3;
                throw new Exception("line 4");
            }
            """);
        var timed = withClock.Run();
        Assert.Equal(without.Run().Instructions, timed.Instructions);
        Assert.Contains("Program:line 4", timed.Error);
    }

    [Fact]
    public void ATimeMemberThatIsNotTheClockIsLeftAlone()
    {
        var pb = new Pb("""
            public void Main()
            {
                var d = new DateTime(2020, 2, 3);
                Echo(d.Date.Day + " " + DateTime.MinValue.Year + " " + nameof(DateTime.Now));
            }
            """);
        pb.Run();
        Assert.Equal(["3 1 Now"], pb.Echoes);
    }
}
