using ShipSim.Toolchain.GameCompiler;
using ShipSim.Toolchain.Packing;

namespace ShipSim.Toolchain.Tests;

public class PackerTests
{
    static PackResult PackFixture(PackConfiguration configuration) =>
        Packer.Pack(ScriptProject.Load(RepoPaths.FixtureProject), configuration);

    static string Expected(PackConfiguration configuration) =>
        File.ReadAllText(Path.Combine(RepoPaths.Fixtures, $"FixtureScript.{configuration}.expected.cs")).Replace("\r\n", "\n");

    [Theory]
    [InlineData(PackConfiguration.Release)]
    [InlineData(PackConfiguration.Debug)]
    public void FixturePacksToTheCheckedInScript(PackConfiguration configuration)
    {
        var packed = PackFixture(configuration);
        Assert.Equal(Expected(configuration), packed.Script);
    }

    [Theory]
    [InlineData(PackConfiguration.Release)]
    [InlineData(PackConfiguration.Debug)]
    public void PackedFixtureCompilesAsTheGameDoes(PackConfiguration configuration)
    {
        var result = GameCompiler.GameCompiler.Compile(PackFixture(configuration).Script);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void IgnoredAndGeneratedFilesStayOut()
    {
        var packed = PackFixture(PackConfiguration.Debug);
        Assert.DoesNotContain(packed.Files, f => f.DisplayPath.EndsWith(".debug.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(packed.Files, f => f.DisplayPath.StartsWith("obj/", StringComparison.Ordinal));
        Assert.Contains(packed.Files, f => f.DisplayPath == "../FixtureMixin/Counter.cs");
        Assert.DoesNotContain("DebugOnlyTrace", packed.Script);
        Assert.DoesNotContain("Generated", packed.Script);
    }

    [Fact]
    public void DebugKeepsDebugCodeAndReleaseDropsIt()
    {
        var release = PackFixture(PackConfiguration.Release).Script;
        var debug = PackFixture(PackConfiguration.Debug).Script;
        Assert.Contains("release build", release);
        Assert.DoesNotContain("debug build", release);
        Assert.Contains("debug build", debug);
        Assert.DoesNotContain("release build", debug);
        Assert.DoesNotContain("#if", release + debug);
        Assert.DoesNotContain("#endif", release + debug);
    }

    [Fact]
    public void NoUsingsNamespaceOrFinalBraceSurvive()
    {
        var script = PackFixture(PackConfiguration.Release).Script;
        Assert.DoesNotContain("using ", script);
        Assert.DoesNotContain("namespace", script);
        Assert.DoesNotContain("partial class Program", script);
        // Logger is the last type: its own closing brace is left to the game's wrapper, so the script
        // ends with the brace of Logger's last method.
        Assert.Equal("    }", script.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void SortOrderComesBeforePath()
    {
        var packed = PackFixture(PackConfiguration.Release);
        Assert.Equal("Constants.cs", packed.Files[0].DisplayPath);
        Assert.True(packed.Script.IndexOf("const string Version", StringComparison.Ordinal)
            < packed.Script.IndexOf("readonly Counter _counter", StringComparison.Ordinal));
    }

    [Fact]
    public void ProjectThatDoesNotParseAsCSharp6IsRefused()
    {
        var dir = Directory.CreateTempSubdirectory("pack-").FullName;
        File.WriteAllText(Path.Combine(dir, "Bad.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        File.WriteAllText(Path.Combine(dir, "Program.cs"),
            "namespace IngameScript { partial class Program { void M() { var (a, b) = (1, 2); } } }");
        var error = Assert.Throws<PackException>(() => Packer.Pack(ScriptProject.Load(Path.Combine(dir, "Bad.csproj")), PackConfiguration.Release));
        Assert.Contains("Program.cs(1,", error.Message);
        Assert.Contains("C# 6", error.Message);
    }

    [Fact]
    public void UnsupportedMinifierLevelIsRefusedClearly()
    {
        var dir = Directory.CreateTempSubdirectory("pack-").FullName;
        File.WriteAllText(Path.Combine(dir, "P.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        File.WriteAllText(Path.Combine(dir, "mdk.ini"), "[mdk]\nminify=full\n");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "namespace IngameScript { partial class Program { } }");
        var error = Assert.Throws<PackException>(() => Packer.Pack(ScriptProject.Load(Path.Combine(dir, "P.csproj")), PackConfiguration.Release));
        Assert.Contains("minify=full", error.Message);
    }

    [Fact]
    public void TheRealScriptPacksAndCompiles()
    {
        var packed = Packer.Pack(ScriptProject.Load(RepoPaths.ScriptProject), PackConfiguration.Release);
        Assert.True(packed.FitsInGame);
        var result = GameCompiler.GameCompiler.Compile(packed.Script);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }
}
