using System.Diagnostics;

namespace ShipSim.Toolchain.Tests;

/// <summary>The pack and check verbs as a player runs them: what they accept, and that they refuse what they do not
/// understand with exit code 2 and the verb's usage.</summary>
public class ShipSimVerbTests
{
    static (int Exit, string Out, string Error) ShipSim(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "shipsim.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "shipsim did not finish");
        return (process.ExitCode, output.Result, error.Result);
    }

    static string TempScript(string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("script-").FullName, "script.cs");
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("pack", "--minify", "fast")]
    [InlineData("check", "--minify", "strip-comments")]
    [InlineData("check", "--config", "Profile")]
    [InlineData("check", "--no-such-option")]
    [InlineData("check", "--script", "x.cs", "--minify", "lite")]
    public void BadArgumentsExit2WithTheUsage(params string[] args)
    {
        var (exit, output, error) = ShipSim(args);
        Assert.Equal(2, exit);
        Assert.Contains("error:", error);
        Assert.Contains("USAGE:", output + error);
    }

    [Fact]
    public void PackTakesMdk2sMinifierLevelsOverMdkIni()
    {
        var outDir = Directory.CreateTempSubdirectory("pack-").FullName;
        var (exit, output, _) = ShipSim("pack", "--project", RepoPaths.Fixture("MixinScript"), "--minify", "Full", "--out", outDir);
        Assert.True(exit == 0, output);
        Assert.Contains("minify=full", output);
        var script = File.ReadAllText(Path.Combine(outDir, "MixinScript", "script.cs"));
        Assert.Contains("const string A=\"airlock\";", script);
    }

    [Fact]
    public void CheckTakesAPlainScriptFile()
    {
        var good = ShipSim("check", "--script", TempScript("public Program() { }\npublic void Main() { Echo(\"ok\"); }\n"));
        Assert.True(good.Exit == 0, good.Out + good.Error);
        Assert.Contains("Game compile: OK", good.Out);

        var bad = ShipSim("check", "--script", TempScript("public void Main()\n{\n    System.IO.File.Delete(\"x\");\n}\n"));
        Assert.Equal(1, bad.Exit);
        Assert.Contains("Program(3,15): error PB0101: 'System.IO.File' is prohibited", bad.Out);

        var missing = ShipSim("check", "--script", Path.Combine(Path.GetTempPath(), "no-such-script.cs"));
        Assert.Equal(1, missing.Exit);
        Assert.Contains("no-such-script.cs", missing.Error);
    }
}
