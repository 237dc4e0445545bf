using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ShipSim.Toolchain.GameCompiler;
using Compiler = ShipSim.Toolchain.GameCompiler.GameCompiler;

namespace ShipSim.Toolchain.Tests;

/// <summary>The game compiler accepts what the game accepts and refuses what it refuses, naming the line
/// (game-behaviour.md section 1).</summary>
public class GameCompilerTests
{


    static void AssertRefused(CompileResult result, string id, int line, string mentions)
    {
        var error = Assert.Single(result.Errors, e => e.Id == id);
        Assert.Equal(line, error.Line);
        Assert.Contains(mentions, error.Message);
        Assert.StartsWith($"Program({line},", error.ToString());
    }

    [Theory]
    [InlineData("System.IO.File.WriteAllText(\"x\", \"y\");", "System.IO.File")]
    [InlineData("System.IO.MemoryStream m = new System.IO.MemoryStream();", "System.IO.MemoryStream")]
    [InlineData("var r = new System.IO.StreamReader(\"x\");", "System.IO.StreamReader")]
    [InlineData("System.Threading.Thread.Sleep(10);", "System.Threading.Thread")]
    [InlineData("var w = new System.Net.WebClient();", "System.Net.WebClient")]
    [InlineData("var sw = System.Diagnostics.Stopwatch.StartNew();", "System.Diagnostics.Stopwatch")]
    [InlineData("GetType().GetMethods();", "System.Type.GetMethods()")]
    [InlineData("object asm = typeof(Program).Assembly;", "System.Type.Assembly")]
    [InlineData("System.Environment.Exit(1);", "System.Environment.Exit")]
    [InlineData("var user = System.Environment.UserName;", "System.Environment.UserName")]
    public void ProhibitedTypesAndMembersAreRefused(string statement, string name)
    {
        AssertRefused(Snippets.CompileStatement(statement), ScriptDiagnostic.Ids.ProhibitedMember, 4, name);
    }

    [Theory]
    [InlineData("var nl = System.Environment.NewLine;")]
    [InlineData("var p = System.IO.Path.Combine(\"a\", \"b\");")]
    [InlineData("var r = new Random(1).Next(10);")]
    [InlineData("var d = DateTime.Now.AddSeconds(1);")]
    [InlineData("var m = System.Text.RegularExpressions.Regex.Match(\"a1\", \"[0-9]\").Success;")]
    [InlineData("var a = ImmutableArray.Create(1, 2, 3);")]
    [InlineData("var sb = new StringBuilder().Append(1).ToString();")]
    [InlineData("var q = new List<int> { 3, 1 }.Where(x => x > 1).OrderBy(x => x).ToList();")]
    [InlineData("var t = MyTuple.Create(1, \"a\"); var s = t.Item2;")]
    [InlineData("var n = typeof(Program).FullName;")]
    [InlineData("Echo(Me.CustomName + Runtime.TimeSinceLastRun.TotalSeconds);")]
    [InlineData("var c = new Color(1, 2, 3); var lines = new HashSet<string>(StringComparer.OrdinalIgnoreCase);")]
    public void AllowedTypesAndMembersCompile(string statement)
    {
        var result = Snippets.CompileStatement(statement);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void UsingDirectiveInTheScriptIsRefused()
    {
        var result = Compiler.Compile("using System.IO;\npublic Program() { }\npublic void Main() { }\n");
        AssertRefused(result, ScriptDiagnostic.Ids.UsingDirective, 1, "using directives");
    }

    [Fact]
    public void DynamicIsRefused() =>
        AssertRefused(Snippets.CompileStatement("dynamic x = 1;"), ScriptDiagnostic.Ids.ProhibitedLanguage, 4, "dynamic");

    [Fact]
    public void DestructorIsRefused()
    {
        var result = Compiler.Compile("public Program() { }\npublic void Main() { }\n~Program() { }\n");
        AssertRefused(result, ScriptDiagnostic.Ids.ProhibitedLanguage, 3, "Destructors");
    }

    [Fact]
    public void UnsafeCodeIsRefused()
    {
        var result = Snippets.CompileStatement("unsafe { int i = 0; int* p = &i; }");
        var errors = result.Errors.Where(e => e.Id == ScriptDiagnostic.Ids.ProhibitedLanguage).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(4, e.Line));
        Assert.Contains(errors, e => e.Message.Contains("unsafe"));
    }

    [Fact]
    public void MissingParameterlessConstructorIsRefused()
    {
        var result = Compiler.Compile("public Program(int x) { }\npublic void Main() { }\n");
        AssertRefused(result, ScriptDiagnostic.Ids.NoParameterlessConstructor, 1, "parameterless constructor");
    }

    [Fact]
    public void ScriptOverOneHundredThousandCharactersIsRefused()
    {
        var padding = "// " + new string('x', 99_990) + "\n";
        var result = Compiler.Compile(padding + "public Program() { }\npublic void Main() { }\n");
        Assert.True(result.Length > 100_000);
        AssertRefused(result, ScriptDiagnostic.Ids.TooLong, 1, "100,000");
    }

    [Fact]
    public void ScriptOfExactlyTheLimitIsAccepted()
    {
        var body = "public Program() { }\npublic void Main() { }\n";
        var script = "//" + new string('x', Compiler.MaxScriptLength - body.Length - 3) + "\n" + body;
        Assert.Equal(Compiler.MaxScriptLength, script.Length);
        Assert.True(Compiler.Compile(script).Success);
    }

    [Theory]
    [InlineData("var (a, b) = (1, 2);")]                       // tuples and deconstruction
    [InlineData("int.TryParse(\"1\", out var n);")]             // out variables
    [InlineData("int Twice(int x) => x * 2;")]                 // local functions
    [InlineData("object o = 1; if (o is int i) { }")]          // pattern matching
    public void CSharp7FeaturesAreRefusedThoughCSharp7WouldAcceptThem(string statement)
    {
        var wrapped = GamePrologue.Wrap(Snippets.Script(statement));
        var underCSharp7 = CSharpSyntaxTree.ParseText(wrapped, new CSharpParseOptions(LanguageVersion.CSharp7_3));
        Assert.DoesNotContain(underCSharp7.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

        var result = Snippets.CompileStatement(statement);
        var error = Assert.Single(result.Errors.Where(e => e.Message.Contains("C# 6")).Take(1));
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void CompilerErrorsCarryTheScriptsOwnLineNumbers()
    {
        var result = Compiler.Compile("public Program() { }\n\n\npublic void Main() { undefinedThing(); }\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal("CS0103", error.Id);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void TypesDeclaredAfterProgramCompile()
    {
        var result = Compiler.Compile("public Program() { }\npublic void Main() { new Helper().Run(); }\n}\nclass Helper\n{\n    public void Run() { }\n");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }
}
