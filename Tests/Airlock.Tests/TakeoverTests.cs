using ShipSim.World.Faults;
using static ShipSim.Airlock.Tests.AirlockShip;
using static ShipSim.Scenarios.Checkers.DoorState;

namespace ShipSim.Airlock.Tests;

/// <summary>The active PB lost during each phase of a cycle: the next rank finishes it, with no tick where both sides
/// are open and no air vented (the safety checker judges every tick from the world).</summary>
public class TakeoverTests
{
    const long Start = 200;

    public static TheoryData<string, string> PhasesAndFaults()
    {
        var data = new TheoryData<string, string>();
        foreach (var phase in new[] { "closing", "pumping", "opening" })
            foreach (var fault in new[] { "destroyed", "disabled", "unpowered", "terminated" })
                data.Add(phase, fault);
        return data;
    }

    static Fault Lose(string how, long pb) => how switch
    {
        "destroyed" => new DestroyBlock(pb),
        "disabled" => new SetBlockEnabled(pb, false),
        "unpowered" => new SetBlockPower(pb, false),
        _ => new TerminateScript(pb),
    };

    [Theory]
    [MemberData(nameof(PhasesAndFaults))]
    public void TheNextRankFinishesACycleWhoseActiveIsLost(string phase, string how)
    {
        var ship = new AirlockShip(pbs: 2, airlocks: 1);
        var a = ship[1];
        a.InnerDoor.HandOpen(); // someone just came in: the cycle starts by closing it
        ship.Timer(Start, 1, "cycle Airlock 1");
        Func<bool> during = phase switch
        {
            "closing" => () => a.InnerDoor.Status == Sandbox.ModAPI.Ingame.DoorStatus.Closing,
            "pumping" => () => a.Vent.Depressurize && a.Chamber.Level < 0.6,
            _ => () => a.OuterDoor.Status == Sandbox.ModAPI.Ingame.DoorStatus.Opening,
        };
        var at = ship.RunUntil(during, Start + 3000);
        Assert.True(at > 0, $"never saw the {phase} phase\n{ship.Screens}");
        ship.Faults.At(at + 1, Lose(how, ship.Pb(0).EntityId));
        var doneAt = ship.RunUntil(() => ship.OpenTo(1, outer: true), at + 3000);
        Assert.True(doneAt > 0, ship.Screens);
        // A door already moving finishes by itself: the takeover may come after it.
        Assert.True(ship.RunUntil(() => ship.Screen(1).Contains("\nACTIVE", StringComparison.Ordinal), at + 400) > 0, ship.Screens);
        ship.RunTo(ship.World.Tick + 200);
        Assert.True(ship.OpenTo(1, outer: true) || IsClosed(a.OuterDoor) && IsClosed(a.InnerDoor), ship.Screens);
        ship.AssertSafe();
        Assert.True(ship.World.Air().TotalLostToVacuum <= 0.06 * a.Chamber.Capacity, $"lost {ship.World.Air().TotalLostToVacuum} L");
    }

    [Theory]
    [InlineData("destroyed", 0)]
    [InlineData("destroyed", 1)]
    [InlineData("terminated", 1)]
    [InlineData("unpowered", 0)]
    public void ACommandGivenInTheTickTheActiveDiesIsExecutedOnce(string how, int after)
    {
        var ship = new AirlockShip(pbs: 3, airlocks: 1);
        ship.Timer(Start, 1, "cycle Airlock 1");
        ship.Faults.At(Start + after, Lose(how, ship.Pb(0).EntityId));
        var outAt = ship.RunUntil(() => ship.OpenTo(1, outer: true), Start + 3000);
        Assert.True(outAt > 0, ship.Screens);
        // Run twice, the second cycle would have turned back to the inner side.
        Assert.True(ship.RunUntil(() => !IsClosed(ship[1].InnerDoor), outAt + 250) < 0, ship.Screens);
        ship.AssertSafe();
    }

    [Fact]
    public void ACycleSurvivesSaveAndLoadAndARecompile()
    {
        var ship = new AirlockShip(pbs: 1, airlocks: 1);
        var a = ship[1];
        ship.Timer(Start, 1, "cycle Airlock 1");
        var at = ship.RunUntil(() => a.Vent.Depressurize && a.Chamber.Level < 0.7, Start + 3000);
        ship.Faults.At(at + 1, new SaveAndLoadWorld());
        var mid = ship.RunUntil(() => a.Chamber.Level < 0.3, at + 3000);
        ship.Faults.At(mid + 1, new RecompileScript(ship.Pb(0).EntityId));
        Assert.True(ship.RunUntil(() => ship.OpenTo(1, outer: true), mid + 3000) > 0, ship.Screens);
        ship.AssertSafe();
    }
}
