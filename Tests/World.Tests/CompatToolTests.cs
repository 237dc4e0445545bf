using ShipSim.Cli.Compat;

namespace ShipSim.World.Tests;

/// <summary>
/// The compatibility report's runner on a corpus of the tests' own scripts (the real corpus of public scripts is
/// fetched outside the repository and never needed here): each verdict, the world a manifest entry asks for, and
/// the report's summary.
/// </summary>
public sealed class CompatToolTests : IDisposable
{
    readonly string _corpus = Directory.CreateTempSubdirectory("compat-corpus-").FullName;

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    CompatEntry Entry(string id, string script, WorldSpec? world = null, string? excepted = null)
    {
        var folder = Path.Combine(_corpus, "tests+scripts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, id + ".cs"), script);
        return new CompatEntry(id, id, "tests", ScriptKind.General, "tests/scripts", "0000000", [id + ".cs"], ScriptForm.Script, world, excepted);
    }

    const double Minutes = 0.05; // three seconds of game time

    [Fact]
    public void Runner_GivesEachVerdict()
    {
        var runs = Entry("runs", "public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update10; }\npublic void Main() { Echo(\"tick\"); }");
        var refused = Entry("refused", "public void Main() { System.IO.File.ReadAllText(\"x\"); }");
        var own = Entry("own-fault", "public void Main() { throw new InvalidOperationException(\"no door\"); }",
            new WorldSpec(StandardShip: false, Runs: [new RunSpec(1, "")]));
        var inside = Entry("inside", "public void Main() { GridTerminalSystem.GetBlocks(null); }",
            new WorldSpec(StandardShip: false, Runs: [new RunSpec(1, "")]));
        // Compiles as the game compiles it, but declares a name the host reserves for itself: the host cannot load it.
        var unloadable = Entry("unloadable", "public void Main() { }\n}\nclass __PbClock { }\nclass Unused {");
        var absent = new CompatEntry("absent", "absent", "tests", ScriptKind.Airlock, "tests/elsewhere", "0000000", ["x.cs"], ScriptForm.Script);

        var results = new[] { runs, refused, own, inside, unloadable, absent }.Select(e => CompatRunner.Run(e, _corpus, Minutes)).ToList();

        Assert.Equal((CompileVerdict.Compiles, RunVerdict.Runs), (results[0].Compile, results[0].Run));
        Assert.Equal(18, results[0].Runs); // Update10 for three seconds
        Assert.Equal("tick", results[0].LastEcho);
        Assert.Equal(CompileVerdict.Fails, results[1].Compile);
        Assert.Contains(results[1].CompileErrors, e => e.Contains("PB0101") && e.Contains("File"));
        Assert.Equal(RunVerdict.ScriptFault, results[2].Run);
        Assert.Contains("no door", results[2].RunError);
        Assert.Equal(RunVerdict.StandInGap, results[3].Run); // thrown inside the simulator
        Assert.Equal((CompileVerdict.Compiles, RunVerdict.StandInGap), (results[4].Compile, results[4].Run)); // never "runs"
        Assert.Contains("the host did not load the script", results[4].RunError);
        Assert.Equal(CompileVerdict.Absent, results[5].Compile);

        var report = CompatReport.Write(results, Minutes, "docs/compat-corpus.json");
        Assert.Contains("- Scripts: 6 (1 airlock, 5 general-purpose); 1 not found in the corpus folder", report);
        Assert.Contains("**Compile unchanged: 4 of 5 (80 %)**", report);
        Assert.Contains("terminated on a stand-in gap: 2; terminated by the script's own checks or faults: 1", report);
        Assert.Contains("| not fetched |", report);
    }

    [Fact]
    public void World_HasTheEntrysBlocksGroupsRoomsActionsAndGravity()
    {
        var entry = Entry("world", """
            public void Main(string argument)
            {
                var top = GridTerminalSystem.GetBlockWithName("Top gyro");
                var group = GridTerminalSystem.GetBlockGroupWithName("Lock");
                var blocks = new List<IMyTerminalBlock>();
                group.GetBlocks(blocks);
                var vent = GridTerminalSystem.GetBlockWithName("Vent") as IMyAirVent;
                var door = GridTerminalSystem.GetBlockWithName("Outer") as IMyDoor;
                var seat = GridTerminalSystem.GetBlockWithName("Seat") as IMyShipController;
                Echo(argument + " " + (top.CubeGrid != Me.CubeGrid) + " " + blocks.Count + " " + vent.GetOxygenLevel().ToString("0.0") + " "
                    + door.Status + " " + seat.GetNaturalGravity().Y + " " + Me.CustomData);
            }
            """, new WorldSpec(
            StandardShip: false,
            CustomData: "config",
            Blocks: [new("MotorStator", "Rotor"), new("Gyro", "Top gyro", On: "Rotor"), new("AirVent", "Vent"), new("Door", "Outer"), new("Cockpit", "Seat")],
            Groups: new Dictionary<string, IReadOnlyList<string>> { ["Lock"] = ["Vent", "Outer"] },
            Rooms: [new RoomSpec("Airlock", 10, 1, ["Vent"], new Dictionary<string, string?> { ["Outer"] = null })],
            Runs: [new RunSpec(2.5, "hello")],
            Actions: [new ActionSpec(0.5, "Outer", "Open_On")],
            NaturalGravity: [0, -9.81, 0]));

        var result = CompatRunner.Run(entry, _corpus, Minutes);

        Assert.Equal(RunVerdict.Runs, result.Run);
        // The door opened at 0.5 s to space: by 2.5 s the airlock has vented.
        Assert.Equal("hello True 2 0.0 Open -9.81 config", result.LastEcho);
    }

    [Fact]
    public void World_RefusesAnEntryNamingABlockItDoesNotHave()
    {
        var entry = Entry("bad-world", "public void Main() { }",
            new WorldSpec(StandardShip: false, Groups: new Dictionary<string, IReadOnlyList<string>> { ["G"] = ["Nobody"] }));
        var error = Assert.Throws<InvalidDataException>(() => CompatRunner.Run(entry, _corpus, Minutes));
        Assert.Contains("'Nobody'", error.Message);
    }

    [Fact]
    public void Manifest_OfTheRepositoryLoads()
    {
        var manifest = CompatManifest.Load(Path.Combine(RepoRoot(), "docs", "compat-corpus.json"));
        Assert.True(manifest.Scripts.Count >= 30, "the report covers at least 30 public scripts");
        Assert.All(manifest.Scripts, s => Assert.Matches("^[0-9a-f]{40}$", s.Commit));
        Assert.Contains(manifest.Scripts, s => s.Kind == ScriptKind.Airlock);
    }

    static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "RedundantAirlock.sln")))
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("repository root not found");
        return dir;
    }
}
