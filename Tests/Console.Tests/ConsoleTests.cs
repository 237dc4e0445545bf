using Sandbox.ModAPI.Ingame;
using ShipSim.Toolchain.Packing;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Observation;
using VRage.Game.GUI.TextPanel;

namespace ShipSim.Console.Tests;

/// <summary>The Console mixin, packed into a harness script and run in simulated programmable blocks.</summary>
public class ConsoleTests
{
    static readonly Lazy<string> Harness = new(() =>
    {
        var project = ScriptProject.Load(Path.Combine(RepositoryRoot(), "Tests", "Console.Tests", "Fixtures", "ConsoleHarness", "ConsoleHarness.csproj"));
        return Packer.Pack(project, PackConfiguration.Release).Script;
    });

    static string RepositoryRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "RedundantAirlock.sln")))
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("repository root not found");
        return dir;
    }

    sealed class Ship
    {
        public readonly SimWorld World = new(7);
        public readonly SimGrid Grid;
        public readonly List<RunRecord> Runs = [];

        public Ship()
        {
            Grid = World.AddGrid("Ship");
            World.RunCompleted += Runs.Add;
        }

        public SimProgrammableBlock Pb(string customData = "", string name = "Console Harness")
        {
            var pb = new SimProgrammableBlock(Grid, name) { CustomData = customData };
            pb.LoadScript(Harness.Value);
            Assert.False(pb.IsTerminated, pb.DetailedInfo);
            return pb;
        }

        public SimTextPanel Lcd(string name, string customData)
        {
            var lcd = new SimTextPanel(Grid, name) { CustomData = customData };
            return lcd;
        }
    }

    static string Screen(SimProgrammableBlock pb) => pb.Surfaces[0].GetText();

    [Fact]
    public void PbScreenAndOptedInLcdShowStatusAndNewestLog()
    {
        var ship = new Ship();
        var lcd = ship.Lcd("LCD Status", "[console]\nsurface=0\n");
        var pb = ship.Pb();
        pb.RunFromToolbar("status airlock=Airlock A: sealed");
        pb.RunFromToolbar("log outer door opened");
        ship.World.Run(20);

        foreach (var text in new[] { Screen(pb), lcd.GetText() })
        {
            var lines = text.Split('\n');
            Assert.Equal("Console Harness", lines[0]);
            Assert.Equal("ACTIVE rank 0", lines[1]);
            Assert.Equal("Airlock A: sealed", lines[2]);
            Assert.StartsWith("Runtime: ", lines[3]);
            Assert.Equal("0:00:00 started", lines[4]);
            Assert.Equal("0:00:00 outer door opened", lines[5]);
        }
        Assert.Equal(ContentType.TEXT_AND_IMAGE, lcd.ContentType);
        Assert.Equal(Screen(pb), pb.EchoText.TrimEnd('\n') + "\n"); // mirrored to Echo, so DetailedInfo shows it
        Assert.Contains("outer door opened", pb.DetailedInfo);
    }

    [Fact]
    public void OnlyTheNewestLogLinesThatFitAreShownAtTheSurfacesFontSize()
    {
        var ship = new Ship();
        var lcd = ship.Lcd("LCD", "[console]\nfontsize=2\n");
        var pb = ship.Pb();
        for (var i = 1; i <= 12; i++)
            pb.RunFromToolbar("log line " + i);

        Assert.Equal(2f, lcd.FontSize);
        // 512 px less 2 % padding each side, 57.6 px a line at size 2: 8 lines, 3 of them title, status, runtime.
        var lines = lcd.GetText().TrimEnd('\n').Split('\n');
        Assert.Equal(8, lines.Length);
        Assert.Equal(["line 8", "line 9", "line 10", "line 11", "line 12"], lines[3..].Select(l => l[8..]));
    }

    [Fact]
    public void TimestampsAreGameTimeSinceTheScriptStarted()
    {
        var ship = new Ship();
        var pb = ship.Pb();
        ship.World.RunSeconds(75);
        pb.RunFromToolbar("warn pressure low");
        pb.RunFromToolbar("error vent broken");
        Assert.Contains("0:01:15 WARN pressure low\n", Screen(pb));
        Assert.Contains("0:01:15 ERROR vent broken\n", Screen(pb));
    }

    [Fact]
    public void ASurfaceWhoseTextDidNotChangeIsNotRewritten()
    {
        var ship = new Ship();
        var lcd = ship.Lcd("LCD", "[console]\n");
        var pb = ship.Pb();
        ship.World.RunSeconds(20); // the runtime window fills with idle runs and settles
        var (lcdWrites, pbWrites) = (lcd.Surface.Writes, pb.Surfaces[0].Writes);
        ship.World.RunSeconds(60);
        Assert.Equal(lcdWrites, lcd.Surface.Writes);
        Assert.Equal(pbWrites, pb.Surfaces[0].Writes);

        pb.RunFromToolbar("log something happened");
        Assert.Equal(lcdWrites + 1, lcd.Surface.Writes);
        Assert.Equal(pbWrites + 1, pb.Surfaces[0].Writes);
    }

    [Fact]
    public void RemovingAnLcdMidRunCausesNoExceptionAndIsLogged()
    {
        var ship = new Ship();
        var lcd = ship.Lcd("LCD Bridge", "[console]\n");
        var pb = ship.Pb();
        ship.World.Run(50);
        lcd.Destroy();
        ship.World.Run(50);
        pb.RunFromToolbar("log still here");
        Assert.False(pb.IsTerminated, pb.DetailedInfo);
        Assert.All(ship.Runs, r => Assert.Equal("ok", r.Outcome));
        Assert.Contains("WARN Screen of \"LCD Bridge\" is gone", Screen(pb));
        Assert.Contains("still here", Screen(pb));
    }

    [Theory]
    [InlineData("[console]\nsurface 0\n", "is not valid INI")]
    [InlineData("[console]\nsurface=4\n", "surface=4 is not one of its 1 screen(s)")]
    [InlineData("[console]\nsurface=zero\n", "surface=zero is not one of its 1 screen(s)")]
    public void MalformedConsoleSectionWarnsOnceAndKeepsGoing(string customData, string warning)
    {
        var ship = new Ship();
        var lcd = ship.Lcd("LCD", "; player notes stay here\n[other script]\nkey=value\n" + customData + "---\nfree text");
        var original = lcd.CustomData;
        var pb = ship.Pb();
        ship.World.RunSeconds(40); // several rescans
        pb.RunFromToolbar("log after");
        Assert.False(pb.IsTerminated, pb.DetailedInfo);
        var text = Screen(pb);
        Assert.Equal(1, Count(text, "WARN"));
        Assert.True(text.Contains(warning), text);
        Assert.Equal(original, lcd.CustomData); // never rewritten
        Assert.Equal(1, lcd.CustomDataWrites);

        lcd.CustomData = "[console]\nsurface=0\n"; // the player fixes it
        pb.RunFromToolbar("rescan");
        Assert.Contains("Console Harness", lcd.GetText());
    }

    [Fact]
    public void ConsoleSectionForAnotherScriptIsIgnored()
    {
        var ship = new Ship();
        var mine = ship.Lcd("Mine", "[console]\nscript=console harness\n");
        var theirs = ship.Lcd("Theirs", "[console]\nscript=Mining Manager\n");
        ship.Pb();
        ship.World.Run(20);
        Assert.StartsWith("Console Harness", mine.GetText());
        Assert.Equal("", theirs.GetText());
    }

    [Fact]
    public void CockpitAndButtonPanelScreensCanBeOptedInByIndex()
    {
        var ship = new Ship();
        var cockpit = new SimCockpit(ship.Grid, "Cockpit") { CustomData = "[console]\nsurface=2\n" };
        var buttons = new SimButtonPanel(ship.Grid, "Buttons", buttonCount: 4, surfaceCount: 1) { CustomData = "[console]\nsurface=0\n" };
        var otherPb = new SimProgrammableBlock(ship.Grid, "Other PB") { CustomData = "[console]\nsurface=1\n" };
        var pb = ship.Pb();
        ship.World.Run(20);
        Assert.Equal("", cockpit.Surface(0).GetText());
        Assert.StartsWith("Console Harness", cockpit.Surface(2).GetText());
        Assert.Equal("", cockpit.Surface(3).GetText());
        Assert.StartsWith("Console Harness", buttons.Surface(0).GetText());
        Assert.Equal("", otherPb.Surfaces[0].GetText());
        Assert.StartsWith("Console Harness", otherPb.Surfaces[1].GetText());
        Assert.StartsWith("Console Harness", Screen(pb));
    }

    [Fact]
    public void SurfaceSwitchedToASpriteScriptIsLeftAloneWithOneWarning()
    {
        var ship = new Ship();
        var lcd = ship.Lcd("LCD Art", "[console]\n");
        var pb = ship.Pb();
        ship.World.Run(20);
        var before = lcd.GetText();
        lcd.ContentType = ContentType.SCRIPT;
        for (var i = 0; i < 5; i++)
            pb.RunFromToolbar("log tick " + i);
        Assert.Equal(before, lcd.GetText());
        Assert.Equal(1, Count(Screen(pb), "shows a sprite script"));
    }

    [Fact]
    public void StandbyNodeWritesOnlyItsOwnScreen()
    {
        var ship = new Ship();
        var lcd = ship.Lcd("LCD", "[console]\n");
        var pb = ship.Pb();
        pb.RunFromToolbar("standby");
        pb.RunFromToolbar("status role=STANDBY rank 1, active: PB Main");
        Assert.Contains("STANDBY rank 1, active: PB Main", Screen(pb));
        Assert.DoesNotContain("STANDBY", lcd.GetText());
        pb.RunFromToolbar("active");
        pb.RunFromToolbar("status role=ACTIVE rank 1");
        Assert.Contains("ACTIVE rank 1", lcd.GetText());
    }

    [Fact]
    public void SharedScreensAreRedrawnAsSoonAsAStandbyBecomesActiveWithNothingElseChanged()
    {
        var ship = new Ship();
        var lcd = ship.Lcd("LCD", "[console]\n");
        var pb = ship.Pb();
        pb.RunFromToolbar("standby");
        pb.RunFromToolbar("log while standing by");
        Assert.DoesNotContain("while standing by", lcd.GetText());
        pb.RunFromToolbar("active"); // nothing else changes in this run
        Assert.Contains("while standing by", lcd.GetText());
    }

    [Fact]
    public void WhenTheBlocksOwnScreenShowsASpriteScriptEchoKeepsTheConsoleAndSaysWhyOnce()
    {
        var ship = new Ship();
        var pb = ship.Pb();
        pb.Surfaces[0].ContentType = ContentType.SCRIPT;
        pb.RunFromToolbar("log first");
        pb.RunFromToolbar("log second");
        Assert.Contains("second", pb.DetailedInfo);
        Assert.Equal(1, Count(pb.DetailedInfo, "This block's screen shows a sprite script"));
        Assert.DoesNotContain("second", Screen(pb)); // the player's sprite script keeps the screen
    }

    [Fact]
    public void ASwitchedOffLcdGoesDarkAndShowsTheNewestLogWhenSwitchedBackOn()
    {
        var ship = new Ship();
        var lcd = ship.Lcd("LCD", "[console]\n");
        var pb = ship.Pb();
        pb.RunFromToolbar("log before");
        Assert.Contains("before", lcd.Surface.Shown);

        lcd.Enabled = false;
        pb.RunFromToolbar("log while off");
        Assert.Equal("", lcd.Surface.Shown); // the screen is dark ...
        Assert.Contains("while off", lcd.GetText()); // ... but the console still wrote to it

        lcd.Enabled = true;
        lcd.CustomName = "LCD renamed";
        pb.RunFromToolbar("log after rename");
        Assert.Contains("while off", lcd.Surface.Shown);
        Assert.Contains("after rename", lcd.Surface.Shown);
        Assert.False(pb.IsTerminated);
    }

    [Fact]
    public void EchoConsoleOutputAppearsInDetailedInfo()
    {
        var ship = new Ship();
        var pb = ship.Pb("echo-only", "PB");
        pb.RunFromToolbar("log hello from echo");
        ship.World.Run(20);
        Assert.StartsWith("PB\nACTIVE rank 0\nRuntime: ", pb.DetailedInfo);
        Assert.Contains("0:00:00 hello from echo", pb.DetailedInfo);
        Assert.Equal("", Screen(pb));
    }

    [Fact]
    public void RunThatLogsNothingAllocatesNothingInSteadyState()
    {
        var ship = new Ship();
        ship.Lcd("LCD", "[console]\n");
        var pb = ship.Pb();
        ship.World.RunSeconds(30);
        ship.Runs.Clear();
        ship.World.RunSeconds(60);
        Assert.Equal(360, ship.Runs.Count);
        Assert.All(ship.Runs, r => Assert.Equal(0, r.AllocatedBytes));
        Assert.NotEqual(0, pb.RunCount);
    }

    [Fact]
    public void TheExampleScreenInTheDocsIsWhatTheSimulatorShows()
    {
        var ship = new Ship();
        var pb = ship.Pb(name: "Redundant Airlock");
        pb.RunFromToolbar("status role=ACTIVE  rank 0  id=ship");
        pb.RunFromToolbar("status airlocks=Airlocks: 2, all sealed");
        pb.RunFromToolbar("log 2 airlocks found");
        ship.World.RunSeconds(72);
        pb.RunFromToolbar("log Airlock Port: cycling in");
        ship.World.RunSeconds(8);
        pb.RunFromToolbar("log Airlock Port: open to the ship");
        ship.World.RunSeconds(141);
        pb.RunFromToolbar("warn Airlock Starboard: cannot pressurize");
        ship.World.RunSeconds(10);

        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "console.md"));
        var start = docs.IndexOf("```text\n", StringComparison.Ordinal) + "```text\n".Length;
        var example = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.Equal(example, Screen(pb));
    }

    static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
