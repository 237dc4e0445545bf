using ShipSim.Toolchain.GameCompiler;
using ShipSim.Toolchain.Packing;

namespace ShipSim.Toolchain.Tests;

public class PackerTests
{
    static PackResult PackFixture(PackConfiguration configuration) =>
        Packer.Pack(ScriptProject.Load(RepoPaths.FixtureProject), configuration);

    static PackResult PackMixinFixture(PackOptions? options = null) =>
        Packer.Pack(ScriptProject.Load(RepoPaths.Fixture("MixinScript")), PackConfiguration.Release,
            options ?? new PackOptions { Now = Mdk2Golden.PackedOn });

    static string TempProject(params (string Name, string Text)[] files)
    {
        var dir = Directory.CreateTempSubdirectory("pack-").FullName;
        foreach (var (name, text) in files)
            File.WriteAllText(Path.Combine(dir, name), text);
        return Path.Combine(dir, files.First(f => f.Name.EndsWith(".csproj", StringComparison.Ordinal)).Name);
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
    public void FilesComeInMsBuildOrderThenByReadableSortOrder()
    {
        // The project's files by path ignoring case (alpha/ before Program.cs before Zeta.cs), then each mixin
        // in import order (MixinB, then MixinA) with its .projitems order (Zed.cs before Able.cs). Zed.cs's
        // sortorder -1 sits on a using directive and moves it first; Able.cs's sortorder 5 sits on the namespace,
        // which unwrapping removes, so MDK2 never sees it.
        var files = PackMixinFixture().Files.Select(f => f.DisplayPath).ToList();
        Assert.Equal(["../MixinA/Zed.cs", "alpha/Helpers.cs", "Program.cs", "Zeta.cs", "../MixinB/Registry.cs",
            "../MixinB/Registry.Lookup.cs", "../MixinA/Able.cs", "../MixinA/Able.debug.cs"], files);
    }

    [Fact]
    public void IgnoresMatchOnlyFilesInTheProjectFolder()
    {
        // MDK2 matches mdk.ini's ignores against the project folder: a mixin's Able.debug.cs is packed.
        Assert.Contains("void MixinDebugTrace()", PackMixinFixture().Script);
        Assert.DoesNotContain("DebugOnlyTrace", PackFixture(PackConfiguration.Release).Script);
    }

    [Fact]
    public void TheOlderSettingsFileNameIsReadAndTheNewOneWins()
    {
        // MixinScript has only MixinScript.mdk.ini: its macros apply.
        Assert.Contains("const string Banner = \"Packed by Fixture Team\";", PackMixinFixture().Script);
        var project = TempProject(("P.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />"),
            ("P.mdk.ini", "[mdk]\nminify=full\n"), ("mdk.ini", "[mdk]\nminify=lite\n"),
            ("P.mdk.local.ini", "[mdk]\nminify=trim\n"),
            ("Program.cs", "namespace IngameScript { partial class Program { } }"));
        Assert.Equal(MinifyLevel.Trim, ScriptProject.Load(project).Settings.Minify); // local over main, legacy local read
        File.Delete(Path.Combine(Path.GetDirectoryName(project)!, "P.mdk.local.ini"));
        Assert.Equal(MinifyLevel.Lite, ScriptProject.Load(project).Settings.Minify);  // mdk.ini over P.mdk.ini
    }

    [Fact]
    public void MacrosAreReplacedInStringsCommentsAndInstructions()
    {
        var script = PackMixinFixture(new PackOptions { Now = new DateTime(2031, 7, 9, 8, 5, 0) }).Script;
        Assert.StartsWith("// Mixin fixture by Fixture Team.\n// \n// Packed on 2031-07-09 for channel airlock.\n// \n", script);
        Assert.Contains("const string Channel = \"airlock\";", script);
        Assert.Contains("// Built 2031-07-09 (replaced when packed).", script);
        Assert.DoesNotContain("$", script);
    }

    [Fact]
    public void ProgramGoesFirstWhenAnotherTypeIsInAnEarlierFile()
    {
        // MSBuild's order puts Helper.cs before Program.cs; the packed script still opens with Program's body.
        var project = TempProject(("P.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />"),
            ("Helper.cs", "namespace IngameScript { class Helper { public int Twice(int x) { return 2 * x; } } }"),
            ("Program.cs", "using Sandbox.ModAPI.Ingame;\nnamespace IngameScript { partial class Program : MyGridProgram { public void Main() { Echo(new Helper().Twice(2).ToString()); } } }"));
        var script = Packer.Pack(ScriptProject.Load(project), PackConfiguration.Release).Script;
        Assert.True(script.IndexOf("public void Main()", StringComparison.Ordinal) < script.IndexOf("class Helper", StringComparison.Ordinal), script);
        var result = GameCompiler.GameCompiler.Compile(script);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void RegionLinesAreRemoved()
    {
        var script = PackMixinFixture().Script;
        Assert.DoesNotContain("#region", script);
        Assert.DoesNotContain("#endregion", script);
    }

    [Fact]
    public void StringLiteralsAreKeptAsWritten()
    {
        // MDK2 would write "verbatim\nkeeps its indentation": the string's text changes. ShipSim keeps it.
        Assert.Contains("_log.Write(Echo, @\"verbatim\n    keeps its indentation\");", PackFixture(PackConfiguration.Release).Script);
    }

    [Fact]
    public void ProjectThatDoesNotParseAsCSharp6IsRefused()
    {
        var project = TempProject(("Bad.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />"),
            ("Program.cs", "namespace IngameScript { partial class Program { void M() { var (a, b) = (1, 2); } } }"));
        var error = Assert.Throws<PackException>(() => Packer.Pack(ScriptProject.Load(project), PackConfiguration.Release));
        Assert.Contains("Program.cs(1,", error.Message);
        Assert.Contains("C# 6", error.Message);
    }

    [Fact]
    public void AUsingOfANamespaceTheStandInLacksDoesNotStopThePack()
    {
        // MDK2 drops using directives, so one naming a game namespace the stand-in does not have is harmless.
        var project = TempProject(("P.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />"),
            ("Program.cs", "using Sandbox.Game.NotInTheStandIn;\nusing Sandbox.ModAPI.Ingame;\nnamespace IngameScript { partial class Program : MyGridProgram { public void Main() { Echo(\"hi\"); } } }"));
        var packed = Packer.Pack(ScriptProject.Load(project), PackConfiguration.Release);
        Assert.Equal("public void Main() { Echo(\"hi\"); }\n", packed.Script);
    }

    [Theory]
    [InlineData(MinifyLevel.Lite)]
    [InlineData(MinifyLevel.Full)]
    [InlineData(MinifyLevel.StripComments)]
    public void MinifyingNeverMergesTwoTokensIntoOne(MinifyLevel level)
    {
        // MDK2 writes "i+++j" (read as i++ + j); a comment alone between two words must leave a space.
        var project = TempProject(("P.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />"),
            ("Program.cs", "using Sandbox.ModAPI.Ingame;\nnamespace IngameScript { partial class Program : MyGridProgram { int i = 1, j = 2;\n" +
                "public void Main() { var a = i + ++j; var b = i - --j; if (a > 0) return/**/; var o = new/**/object(); var c = i++ + j; var d = i - -j; var e = i + -j; Echo(a + \" \" + b + c + d + e); } } }"));
        var script = Packer.Pack(ScriptProject.Load(project), PackConfiguration.Release, new PackOptions { Minify = level }).Script;
        var tokens = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(script).GetRoot().DescendantTokens().Select(t => t.Text).ToList();
        var original = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Packer.Pack(ScriptProject.Load(project), PackConfiguration.Release,
            new PackOptions { Minify = MinifyLevel.Trim }).Script).GetRoot().DescendantTokens().Select(t => t.Text).ToList();
        if (level != MinifyLevel.Full)
            Assert.Equal(original, tokens);
        Assert.Equal(original.Count, tokens.Count);
        Assert.True(GameCompiler.GameCompiler.Compile(script).Success, script);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("5")]
    [InlineData("strip-comments")]
    public void AMinifierLevelMdk2DoesNotKnowIsRefusedClearly(string level)
    {
        var project = TempProject(("P.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />"), ("mdk.ini", $"[mdk]\nminify={level}\n"),
            ("Program.cs", "namespace IngameScript { partial class Program { } }"));
        var error = Assert.Throws<PackException>(() => ScriptProject.Load(project));
        Assert.Contains($"minify={level}", error.Message);
    }

    [Theory]
    [InlineData("none", MinifyLevel.None)]
    [InlineData("StripComments", MinifyLevel.StripComments)]
    [InlineData("LITE", MinifyLevel.Lite)]
    [InlineData("4", MinifyLevel.Full)]
    public void MinifierLevelsReadAsMdk2ReadsThem(string text, MinifyLevel level)
    {
        Assert.True(MinifyLevels.TryParse(text, out var parsed));
        Assert.Equal(level, parsed);
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
