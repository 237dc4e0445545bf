using ShipSim.Scenarios.Files;

namespace ShipSim.ShipSim.Tests;

/// <summary>Every example in docs/scenarios/ plays with its expectations met and no invariant broken.</summary>
public class ScenarioFileTests
{
    public static TheoryData<string> Files() => Select(airlock: false);

    public static TheoryData<string> AirlockFiles() => Select(airlock: true);

    // Scenarios that run RedundantAirlock itself on some block, or not.
    static TheoryData<string> Select(bool airlock)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Tool.ScenarioFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var definition = ScenarioReader.ReadFile(file);
            var runsAirlock = definition.Grids.SelectMany(g => g.ProgrammableBlocks)
                .Any(pb => (pb.Script ?? definition.Script) is { Kind: ScriptRefKind.Catalog, Value: "RedundantAirlock" });
            if (runsAirlock == airlock)
                data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryDocumentedScenarioMeetsItsExpectations(string file) => Play(file);

    [AirlockControllerTheory]
    [MemberData(nameof(AirlockFiles))]
    public void EveryDocumentedAirlockScenarioMeetsItsExpectations(string file) => Play(file);

    static void Play(string file)
    {
        var outcome = ScenarioRunner.RunFile(Path.Combine(Tool.ScenarioFolder, file));
        Assert.NotEmpty(outcome.Expectations);
        Assert.True(outcome.Passed, string.Join("\n", outcome.Failed.Select(f => f.ToString()).Concat(outcome.Violations.Select(v => v.ToString()))));
    }

    [Fact]
    public void TheExamplesCoverFailoverAScriptersOwnScriptAndTheAirlock()
    {
        var scripts = Directory.EnumerateFiles(Tool.ScenarioFolder, "*.yaml").Select(ScenarioReader.ReadFile)
            .SelectMany(d => d.Grids.SelectMany(g => g.ProgrammableBlocks).Select(p => p.Script ?? d.Script)).ToList();
        Assert.Contains(scripts, s => s.Value == "FailoverProbe");
        Assert.Contains(scripts, s => s.Kind == ScriptRefKind.File);
        Assert.Contains(scripts, s => s.Value == "RedundantAirlock");
    }

    [Fact]
    public void TimesAreTicksSecondsOrMinutes()
    {
        foreach (var (text, ticks) in new[] { ("720", 720L), ("720t", 720), ("12s", 720), ("1.5s", 90), ("1m30s", 5400), ("2m", 7200) })
        {
            Assert.True(ScenarioReader.TryParseTime(text, out var parsed), text);
            Assert.Equal(ticks, parsed);
        }
        foreach (var text in new[] { "", "soon", "12x", "-5", "s", "1m2" })
            Assert.False(ScenarioReader.TryParseTime(text, out _), text);
    }

    [Fact]
    public void TheSameScenarioAndSeedGiveTheSameRun()
    {
        var definition = ScenarioReader.Read(RunVerbTests.TinyScenario, "tiny.yaml");
        var a = new StringWriter();
        var b = new StringWriter();
        ScenarioRunner.Run(definition, a);
        ScenarioRunner.Run(definition, b);
        Assert.Equal(a.ToString(), b.ToString());
    }
}

/// <summary>The airlock scenarios need the airlock controller in RedundantAirlock/ (issue 11 depends on it): until
/// its Program runs the Failover manager and the airlocks, they are skipped, not failed.</summary>
public sealed class AirlockControllerTheoryAttribute : TheoryAttribute
{
    public static bool ControllerPresent { get; } = Present();

    public AirlockControllerTheoryAttribute()
    {
        if (!ControllerPresent)
            Skip = "RedundantAirlock/Program.cs does not run the airlock controller yet (it needs FailoverManager and Airlocks)";
    }

    static bool Present()
    {
        var program = Path.Combine(Tool.Root, "RedundantAirlock", "Program.cs");
        var text = File.Exists(program) ? File.ReadAllText(program) : "";
        return text.Contains("FailoverManager", StringComparison.Ordinal) && text.Contains("Airlocks", StringComparison.Ordinal);
    }
}
