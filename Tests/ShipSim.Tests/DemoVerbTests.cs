using System.Text.RegularExpressions;
using ShipSim.Cli;
using ShipSim.Cli.Demo;
using ShipSim.Scenarios.Files;
using Spectre.Console;

namespace ShipSim.ShipSim.Tests;

/// <summary>The demo verb: its story is docs/scenarios/demo.yaml; the text timeline names each takeover with its
/// tick; the baseline shows what a single block leaves undone; the live view renders.</summary>
public class DemoVerbTests
{
    static long Tick(string output, string pattern)
    {
        var match = Regex.Match(output, pattern);
        Assert.True(match.Success, $"no line matching /{pattern}/ in:\n{output}");
        return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [AirlockControllerFact]
    public void DemoNoLiveExits0AndPrintsEachTakeoverWithItsTick()
    {
        var report = Path.Combine(Directory.CreateTempSubdirectory("demo-").FullName, "demo.html");
        var result = Tool.Run("demo", "--no-live", "--report", report);
        Assert.True(result.Exit == ShipSimApp.Ok, result.All);
        Assert.Contains("PASSED: 22 of 22", result.Out, StringComparison.Ordinal);
        // The active is destroyed at 30.5 s (tick 1830) in the tick a button is pressed: the next rank takes over in that tick.
        Assert.Contains("tick 1830: PB Airlock 2 takes over (PB Airlock 1 destroyed)", result.Out, StringComparison.Ordinal);
        // Its script is terminated at 50 s (tick 3000): silent, found within the promise (250 ticks).
        Assert.InRange(Tick(result.Out, @"tick (\d+): PB Airlock 3 takes over \(PB Airlock 2's script crashed\)"), 3001, 3250);
        // PB Airlock 2, recompiled at 60.5 s while Airlock 1 cycles, leads again only once that cycle is done.
        var handBack = Tick(result.Out, @"tick (\d+): PB Airlock 2 takes over \(PB Airlock 3 handed back at a safe point\)");
        var opened = Regex.Matches(result.Out, @"(\d+) \d:\d\d\.\d\d  airlock   Ship/Airlock 1: open inside")
            .Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Where(t => t <= handBack).Max();
        Assert.True(opened > 3630, $"Airlock 1 opened inside at tick {opened}, before PB Airlock 2 was recompiled");
        Assert.InRange(handBack, opened, opened + 2);
        // failover yield at 80 s (tick 4800): the next rank within two ticks.
        Assert.InRange(Tick(result.Out, @"tick (\d+): PB Airlock 3 takes over \(PB Airlock 2 yielded"), 4800, 4802);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [AirlockControllerFact]
    public void TheBaselineLeavesTheAirlockStuckMidCycleAndLosesThePress()
    {
        var result = Tool.Run("demo", "--baseline");
        Assert.True(result.Exit == ShipSimApp.Ok, result.All);
        Assert.Contains("(baseline: PB Airlock 1 alone, no failover)", result.Out, StringComparison.Ordinal);
        Assert.Contains("stuck mid-cycle", result.Out, StringComparison.Ordinal);
        Assert.Contains("lost: Airlock 2's doors never moved", result.Out, StringComparison.Ordinal);
        Assert.Contains("run once: Airlock 2 open outside", result.Out, StringComparison.Ordinal);
        Assert.Contains("baseline, not met: line 82: Ship/Airlock 1 idle, inner locked, outer open", result.Out, StringComparison.Ordinal);
        // Not a terminal: the text timeline, without --no-live.
        Assert.Contains("fault     destroy PB Airlock 1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEmbeddedStoryIsTheDocumentedFile()
    {
        var file = File.ReadAllText(Path.Combine(Tool.ScenarioFolder, "demo.yaml")).ReplaceLineEndings();
        Assert.Equal(file, DemoStory.Text().ReplaceLineEndings());
    }

    [Fact]
    public void TheBaselineIsTheSameStoryWithOneBlock()
    {
        var story = DemoStory.Definition();
        var baseline = DemoStory.Baseline(story);
        Assert.Equal(["PB Airlock 1", "Visitor PB"], baseline.Grids.SelectMany(g => g.ProgrammableBlocks).Select(p => p.Name));
        Assert.Equal(3, story.Grids[0].ProgrammableBlocks.Count);
        Assert.DoesNotContain(baseline.Timeline, e => e is FaultEntry { Target: "PB Airlock 2" or "PB Airlock 3" });
        Assert.All(baseline.Timeline.OfType<ExpectEntry>(), e => Assert.IsType<AirlockExpectation>(e.What));
        Assert.Equal(story.Timeline.OfType<PressEntry>().Count(), baseline.Timeline.OfType<PressEntry>().Count());
        Assert.Contains(baseline.Timeline, e => e is FaultEntry { Kind: FaultKind.Destroy, Target: "PB Airlock 1" });
    }

    [AirlockControllerFact]
    public void TheLiveViewShowsScreensRolesAndAirlocksSideBySide()
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        console.Profile.Width = 200;
        console.Profile.Height = 80;
        var story = DemoStory.Definition();
        using var main = ScenarioRunner.Start(story);
        using var baseline = ScenarioRunner.Start(DemoStory.Baseline(story));
        new DemoLive(main, baseline, DemoCommand.MaxSpeed).Play(console, CancellationToken.None);
        Assert.True(main.Done && baseline.Done);
        var shown = writer.ToString();
        foreach (var text in new[] { "with failover: 3 PBs", "baseline: one PB, no failover", "PB Airlock 3", "Airlock 1 LCD", "takes over", "O2" })
            Assert.Contains(text, shown, StringComparison.Ordinal);
        Assert.True(main.Finish().Passed);
    }
}

/// <summary>A fact that needs the airlock controller (see <see cref="AirlockControllerTheoryAttribute"/>).</summary>
public sealed class AirlockControllerFactAttribute : FactAttribute
{
    public AirlockControllerFactAttribute()
    {
        if (!AirlockControllerTheoryAttribute.ControllerPresent)
            Skip = "RedundantAirlock/Program.cs does not run the airlock controller yet";
    }
}
