namespace ShipSim.Airlock.Tests;

/// <summary>The airlock safety checker catches scripts that break the invariants (so passing tests mean something),
/// and tells a player's hand from a programmable block's.</summary>
public class CheckerTests
{
    const string OpensBothSides = """
        public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update10; }
        public void Main(string argument, UpdateType updateSource)
        {
            foreach (var name in new[] { "Airlock 1 Inner Door", "Airlock 1 Outer Door" })
            {
                var door = GridTerminalSystem.GetBlockWithName(name) as IMyDoor;
                if (door != null) door.OpenDoor();
            }
        }
        """;

    [Fact]
    public void AScriptOpeningTheOuterDoorOfAPressurizedChamberIsCaught()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1, script: OpensBothSides);
        ship.RunTo(200);
        var found = string.Join("\n", ship.Safety.Violations);
        Assert.True(found.Contains("both open ('Airlock 1 ", StringComparison.Ordinal), found);
        Assert.True(found.Contains("a programmable block opened 'Airlock 1 Outer Door' between 100% and 0% oxygen", StringComparison.Ordinal), found);
        Assert.True(found.Contains("vented to vacuum at 100% oxygen", StringComparison.Ordinal), found);
    }

    [Fact]
    public void DoorsOpenedByHandAreThePlayersDoingUntilTheScriptHadTimeToReact()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1, script: "public void Main(string argument, UpdateType updateSource) { }");
        ship.RunTo(10);
        ship[1].InnerDoor.HandOpen();
        ship[1].OuterDoor.HandOpen();
        ship.RunTo(10 + Scenarios.Checkers.AirlockSafetyChecker.ReactTicks - 5);
        Assert.Empty(ship.Safety.Violations);
        ship.RunTo(10 + Scenarios.Checkers.AirlockSafetyChecker.ReactTicks + 5);
        Assert.Contains("both open for", Assert.Single(ship.Safety.Violations).Message);
    }
}
