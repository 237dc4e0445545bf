using ShipSim.World.Testing;

namespace ShipSim.World.Tests;

/// <summary>The scripters' bench refuses what it cannot build with a message that says why (docs/testing-your-script.md
/// shows it working).</summary>
public class TestShipTests
{
    [Fact]
    public void AScriptThatDoesNotCompileIsRefusedWithItsErrorsAndLines()
    {
        var ship = new TestShip();
        var error = Assert.Throws<ArgumentException>(() => ship.ProgrammableBlock("PB", "public void Main()\n{\n    undefined();\n}"));
        Assert.Contains("The script of 'PB' does not compile", error.Message);
        Assert.Contains("3", error.Message.Split('\n')[1]);
        Assert.Contains("undefined", error.Message);
    }

    [Fact]
    public void AMissingProjectFileIsNamed()
    {
        var error = Assert.Throws<FileNotFoundException>(() => TestShip.PackProject("No/Such/Script.csproj"));
        Assert.Contains("No/Such/Script.csproj", error.Message);
    }

    [Fact]
    public void RunUntilGivesUpAfterItsTimeoutInGameTime()
    {
        var ship = new TestShip();
        var error = Assert.Throws<TimeoutException>(() => ship.RunUntil(() => false, timeoutSeconds: 2));
        Assert.Equal(120, ship.World.Tick);
        Assert.Contains("120 ticks", error.Message);
    }

    [Fact]
    public void ATankCannotBeMoreThanFull()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TestShip().OxygenTank("Tank", filledRatio: 1.5));
    }

    [Fact]
    public void TheSameSeedBuildsTheSameShip()
    {
        static string Build(long seed)
        {
            var ship = new TestShip(seed);
            var room = ship.Room("Room", 20);
            ship.AirVent("Vent", room);
            ship.ProgrammableBlock("PB", "public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update100; } public void Main() { }");
            ship.RunSeconds(5);
            return string.Join(";", ship.Runs.Select(r => r.Tick)) + " " + ship.World.Blocks[0].DescribeState();
        }
        Assert.Equal(Build(3), Build(3));
        Assert.NotEqual(Build(3), Build(4));
    }
}
