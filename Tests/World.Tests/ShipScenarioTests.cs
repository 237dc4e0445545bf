using Sandbox.ModAPI.Ingame;
using ShipSim.World.Observation;
using ShipSim.World.Scenarios;

namespace ShipSim.World.Tests;

/// <summary>The standard ship the tools use: its blocks are wired as a player wires them.</summary>
public class ShipScenarioTests
{
    // Reports, on every run, the argument and what the block sees of the airlock group.
    const string ProbeScript = """
        public Program() { }
        public void Main(string argument, UpdateType updateType)
        {
            var group = GridTerminalSystem.GetBlockGroupWithName("Airlock 1");
            var doors = new List<IMyDoor>();
            group.GetBlocksOfType(doors, d => d.IsSameConstructAs(Me));
            var vents = new List<IMyAirVent>();
            group.GetBlocksOfType(vents);
            Echo(argument + "|" + doors.Count + " doors|" + vents.Count + " vent|" + vents[0].Status);
        }
        """;

    [Fact]
    public void EachAirlockHasItsBlocksInItsGroupAndStartsSealedAndPressurized()
    {
        var ship = ShipScenario.Build(1, ProbeScript, new ShipSpec(ProgrammableBlocks: 3, Airlocks: 2));
        Assert.Equal(["PB Airlock 1", "PB Airlock 2", "PB Airlock 3"], ship.Nodes.Select(pb => pb.CustomName));
        Assert.Equal("[failover]\nid=ship\nrank=2\n", ship.Nodes[2].CustomData);
        Assert.Equal(["Airlock 1", "Airlock 2"], ship.Airlocks.Select(a => a.Name));
        Assert.Equal(["Airlock 1", "Airlock 2"], ship.World.GroupNames);
        Assert.Equal(
            ["Airlock 2 Inner Door", "Airlock 2 Outer Door", "Airlock 2 Vent", "Airlock 2 Timer", "Airlock 2 Inside Button", "Airlock 2 Outside Button"],
            ship.World.GroupMembers("Airlock 2").Select(b => b.CustomName));

        ship.World.RunSeconds(5);
        foreach (var airlock in ship.Airlocks)
        {
            Assert.Equal(DoorStatus.Closed, airlock.InnerDoor.Status);
            Assert.Equal(DoorStatus.Closed, airlock.OuterDoor.Status);
            Assert.True(airlock.Vent.CanPressurize);
            Assert.Equal(1.0, airlock.Chamber.Level);
        }
        Assert.Equal(0, ship.Air.TotalLostToVacuum);
    }

    [Fact]
    public void PressingAnAirlockButtonRunsEveryProgrammableBlockWithTheAirlocksCommand()
    {
        var ship = ShipScenario.Build(1, ProbeScript, new ShipSpec(ProgrammableBlocks: 3, Airlocks: 2));
        var runs = new List<RunRecord>();
        ship.World.RunCompleted += runs.Add;
        ship.World.RunSeconds(1);

        Assert.True(ship.Airlocks[0].OutsideButton.Press(0));

        Assert.Equal(
            ["PB Airlock 1", "PB Airlock 2", "PB Airlock 3"],
            runs.Select(r => r.BlockName));
        Assert.All(runs, r => Assert.Equal(UpdateType.Trigger, r.UpdateType));
        Assert.All(runs, r => Assert.Equal("cycle Airlock 1", r.Argument));
        Assert.Equal("cycle Airlock 1|2 doors|1 vent|Pressurized", ship.Nodes[1].EchoText.TrimEnd());
    }

    [Fact]
    public void OpeningTheOuterDoorOfAPressurizedChamberLosesItsAirToVacuum()
    {
        var ship = ShipScenario.Build(1, ProbeScript, new ShipSpec(ProgrammableBlocks: 1, Airlocks: 1));
        ship.Airlocks[0].OuterDoor.OpenDoor();
        ship.World.RunSeconds(10);
        Assert.Equal(0.0, ship.Airlocks[0].Chamber.Level, 3);
        Assert.Equal(ShipSpec.ChamberVolumeM3, ship.Air.TotalLostToVacuum, 6); // a full chamber, none of the interior
        Assert.Equal(1.0, ship.Interior.Level); // the inner door held
    }
}
