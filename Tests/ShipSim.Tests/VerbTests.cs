using ShipSim.Cli;

namespace ShipSim.ShipSim.Tests;

/// <summary>Every verb as a player runs it: what it accepts, what it refuses (exit 2 with that verb's usage), and
/// that no input crashes the tool.</summary>
public class VerbTests
{
    [Theory]
    [InlineData("demo", "--speed", "0")]
    [InlineData("demo", "--speed", "-2")]
    [InlineData("demo", "--speed", "fast")]
    [InlineData("demo", "--speed")]
    [InlineData("demo", "--seed", "-1")]
    [InlineData("demo", "--live")]
    [InlineData("demo", "story.yaml")]
    [InlineData("demo", "--report")]
    [InlineData("check", "--no-such-option")]
    [InlineData("check", "--config", "Profile")]
    [InlineData("check", "--config", "1")]
    [InlineData("check", "--minify", "strip-comments")]
    [InlineData("check", "--script", "x.cs", "--minify", "lite")]
    [InlineData("check", "--script", "x.cs", "--project", "y.csproj")]
    [InlineData("pack", "--minify", "fast")]
    [InlineData("pack", "--bogus")]
    [InlineData("pack", "--out")]
    [InlineData("bench", "--hours")]
    [InlineData("run")]
    [InlineData("run", "a.yaml", "--report")]
    [InlineData("run", "a.yaml", "--seed", "-4")]
    [InlineData("run", "a.yaml", "--seed", "many")]
    [InlineData("run", "a.yaml", "b.yaml")]
    [InlineData("run", "a.yaml", "--report", "x.html", "--trace", "x.html")]
    [InlineData("fuzz", "--seeds", "0")]
    [InlineData("fuzz", "--minutes", "-1")]
    [InlineData("fuzz", "--project", "x.csproj")]
    [InlineData("bench", "--pbs", "0")]
    [InlineData("bench", "--hours", "abc")]
    [InlineData("bench", "--trials", "1", "--json", "extra")]
    public void BadArgumentsExit2WithTheVerbsUsage(params string[] args)
    {
        var result = Tool.Run(args);
        Assert.True(result.Exit == ShipSimApp.Usage, result.All);
        Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
        Assert.Contains("USAGE:", result.Error, StringComparison.Ordinal);
        Assert.Contains("shipsim " + args[0], result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("launch")]
    [InlineData("--frobnicate")]
    public void AnUnknownVerbOrOptionShowsTheToolsUsage(string arg)
    {
        var result = Tool.Run(arg);
        Assert.Equal(ShipSimApp.Usage, result.Exit);
        Assert.Contains("USAGE:", result.Error, StringComparison.Ordinal);
        Assert.Contains("COMMANDS:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpListsEveryVerbAndExits0()
    {
        var result = Tool.Run("--help");
        Assert.Equal(ShipSimApp.Ok, result.Exit);
        foreach (var verb in ShipSimApp.Verbs)
            Assert.Contains(verb, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void PackOutNamingAnExistingFileIsABadArgumentNotACrash()
    {
        var file = Tool.TempFile("not-a-folder.txt", "x");
        var result = Tool.Run("pack", "--project", Tool.Fixture("MixinScript"), "--out", file);
        Assert.Equal(ShipSimApp.Usage, result.Exit);
        Assert.Contains("--out names the file", result.Error, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void PackWritesTheScriptAndRefusesAFileWhereItsFolderGoes()
    {
        var outDir = Directory.CreateTempSubdirectory("pack-").FullName;
        var result = Tool.Run("pack", "--project", Tool.Fixture("MixinScript"), "--minify", "full", "--out", outDir);
        Assert.True(result.Exit == 0, result.All);
        Assert.Contains("minify=full", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "MixinScript", "script.cs")));

        var blocked = Directory.CreateTempSubdirectory("pack-").FullName;
        File.WriteAllText(Path.Combine(blocked, "MixinScript"), "a file where the project's folder goes");
        var refused = Tool.Run("pack", "--project", Tool.Fixture("MixinScript"), "--out", blocked);
        Assert.Equal(ShipSimApp.Failed, refused.Exit);
        Assert.Contains("it is a file", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectsThatAreNotThereOrNotFilesFailWithOneLine()
    {
        var folder = Directory.CreateTempSubdirectory("proj-").FullName;
        foreach (var project in new[] { folder, Path.Combine(folder, "none.csproj") })
        {
            var result = Tool.Run("check", "--project", project);
            Assert.Equal(ShipSimApp.Failed, result.Exit);
            Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
            Assert.Single(result.Error.Trim().Split('\n'));
        }
        var broken = Tool.TempFile("Broken.csproj", "<Project><not closed");
        var xml = Tool.Run("pack", "--project", broken, "--out", folder);
        Assert.Equal(ShipSimApp.Failed, xml.Exit);
        Assert.Contains("Broken.csproj", xml.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckTakesAPlainScriptFile()
    {
        var good = Tool.Run("check", "--script", Tool.TempFile("good.cs", "public Program() { }\npublic void Main() { Echo(\"ok\"); }\n"));
        Assert.True(good.Exit == 0, good.All);
        Assert.Contains("Game compile: OK", good.Out, StringComparison.Ordinal);

        var bad = Tool.Run("check", "--script", Tool.TempFile("bad.cs", "public void Main()\n{\n    System.IO.File.Delete(\"x\");\n}\n"));
        Assert.Equal(ShipSimApp.Failed, bad.Exit);
        Assert.Contains("Program(3,15): error PB0101: 'System.IO.File' is prohibited", bad.Out, StringComparison.Ordinal);

        var missing = Tool.Run("check", "--script", Path.Combine(Path.GetTempPath(), "no-such-script.cs"));
        Assert.Equal(ShipSimApp.Failed, missing.Exit);
        Assert.Contains("no-such-script.cs: script file not found", missing.Error, StringComparison.Ordinal);

        var folder = Tool.Run("check", "--script", Path.GetTempPath());
        Assert.Equal(ShipSimApp.Failed, folder.Exit);
        Assert.Contains("is a folder", folder.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckPacksAProject()
    {
        var result = Tool.Run("check", "--project", Tool.Fixture("MixinScript"));
        Assert.True(result.Exit == 0, result.All);
        Assert.Contains("Packed MixinScript", result.Out, StringComparison.Ordinal);
        Assert.Contains("Script size:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void FuzzRunsSeedsAndPrintsJson()
    {
        var result = Tool.Run("fuzz", "--seeds", "1", "--seed", "3", "--minutes", "0.5", "--json");
        Assert.True(result.Exit == 0, result.All);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("passed").GetInt32());
    }

    [Fact]
    public void BenchPrintsFiguresForAProject()
    {
        var result = Tool.Run("bench", "--project", Tool.Fixture("MixinScript"), "--hours", "0.002", "--pbs", "1", "--airlocks", "0", "--trials", "1", "--json");
        Assert.True(result.Exit == 0, result.All);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("ship").GetProperty("programmable_blocks").GetInt32());
        Assert.True(json.RootElement.TryGetProperty("takeover_ticks", out _));
    }
}
