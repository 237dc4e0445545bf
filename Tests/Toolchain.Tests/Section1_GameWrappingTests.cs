using ShipSim.Toolchain.GameCompiler;
using Compiler = ShipSim.Toolchain.GameCompiler.GameCompiler;

namespace ShipSim.Toolchain.Tests;

/// <summary>game-behaviour.md section 1: how the game wraps a script (usings, aliases, the sealed Program
/// class, #line 1), the language version and framework, the whitelist in detail, and which game assembly
/// each in-game namespace lives in. The expected lists are transcribed from game-behaviour.md, not read from the
/// compiler, so a change to the compiler fails here.</summary>
public class Section1_GameWrappingTests
{


    static void AssertCompiles(CompileResult result) =>
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));

    // game-behaviour.md section 1, in order.
    static readonly string[] GameUsings =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Linq",
        "VRage.Scripting.MemorySafeTypes", "VRage", "VRageMath", "VRage.Game", "Sandbox.ModAPI.Interfaces",
        "Sandbox.ModAPI.Ingame", "Sandbox.Game.EntityComponents", "VRage.Game.Components", "VRage.Collections",
        "VRage.Game.ObjectBuilders.Definitions", "VRage.Game.ModAPI.Ingame", "VRage.Game.ModAPI.Ingame.Utilities",
        "System.Collections.Immutable", "SpaceEngineers.Game.ModAPI.Ingame", "VRage.Game.GUI.TextPanel",
    ];

    static readonly string[] GameAliases =
    [
        "INotifyPropertyChanging", "INotifyPropertyChanged", "PropertyChangingEventHandler",
        "PropertyChangedEventHandler", "PropertyChangingEventArgs", "PropertyChangedEventArgs",
    ];

    [Fact]
    public void Section1_WrapIsUsingsThenSealedProgramThenLine1ThenScriptThenClosingBrace()
    {
        var lines = GamePrologue.Wrap("SCRIPT TEXT").Split('\n');
        var expected = GameUsings.Select(ns => $"using {ns};")
            .Concat(GameAliases.Select(a => $"using {a} = System.ComponentModel.{a};"))
            .Append("public sealed class Program : MyGridProgram {")
            .Append("#line 1 \"Program\"")
            .Append("SCRIPT TEXT")
            .ToList();
        Assert.Equal(expected, lines.Take(expected.Count));
        // After the script only the closing brace of Program follows (and a #line reset).
        var rest = lines.Skip(expected.Count).Where(l => l.Length > 0 && !l.StartsWith("#line", StringComparison.Ordinal)).ToList();
        Assert.Equal(["}"], rest);
    }

    [Fact]
    public void Section1_ProgramIsSealedAndDerivesFromMyGridProgram()
    {
        AssertCompiles(Snippets.CompileStatement("MyGridProgram self = this; Echo(self.Storage);"));
        var derived = Compiler.Compile("public Program() { }\npublic void Main() { }\nclass Sub : Program { }\n");
        var error = Assert.Single(derived.Errors);
        Assert.Equal("CS0509", error.Id); // cannot derive from sealed type
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("System", "Int32 i = Math.Max(1, 2);")]
    [InlineData("System.Text", "StringBuilder sb = new StringBuilder();")]
    [InlineData("System.Collections", "IEnumerable e = new int[0];")]
    [InlineData("System.Collections.Generic", "List<int> l = new List<int>();")]
    [InlineData("System.Linq", "int n = Enumerable.Range(0, 3).Count();")]
    [InlineData("VRage.Scripting.MemorySafeTypes", "MemorySafeList<int> m = null;")]
    [InlineData("VRage", "MyTuple<int> t = MyTuple.Create(1);")]
    [InlineData("VRageMath", "Vector3D v = new Vector3D(1, 2, 3);")]
    [InlineData("VRage.Game", "MyCubeSize s = MyCubeSize.Large;")]
    [InlineData("Sandbox.ModAPI.Interfaces", "ITerminalAction a = null;")]
    [InlineData("Sandbox.ModAPI.Ingame", "IMyTerminalBlock b = Me;")]
    [InlineData("Sandbox.Game.EntityComponents", "MyResourceSinkComponent r = null;")]
    [InlineData("VRage.Game.Components", "MyComponentBase c = null;")]
    [InlineData("VRage.Collections", "ListReader<int> lr = new ListReader<int>(new List<int>());")]
    [InlineData("VRage.Game.ObjectBuilders.Definitions", "MyObjectBuilder_GasProperties g = null;")]
    [InlineData("VRage.Game.ModAPI.Ingame", "IMyCubeGrid grid = Me.CubeGrid;")]
    [InlineData("VRage.Game.ModAPI.Ingame.Utilities", "MyIni ini = new MyIni();")]
    [InlineData("System.Collections.Immutable", "ImmutableList<int> il = ImmutableList<int>.Empty;")]
    [InlineData("SpaceEngineers.Game.ModAPI.Ingame", "IMyTimerBlock timer = null;")]
    [InlineData("VRage.Game.GUI.TextPanel", "ContentType ct = ContentType.TEXT_AND_IMAGE;")]
    [InlineData("aliases", "INotifyPropertyChanged a = null; INotifyPropertyChanging b = null; PropertyChangedEventHandler c = null; PropertyChangingEventHandler d = null; var e = new PropertyChangedEventArgs(\"x\"); var f = new PropertyChangingEventArgs(\"x\");")]
    public void Section1_EveryGameUsingLetsTheScriptNameItsTypesUnqualified(string usingOrAliases, string statement)
    {
        _ = usingOrAliases;
        AssertCompiles(Snippets.CompileStatement(statement));
    }

    [Theory]
    [InlineData("var s = $\"{argument} {nameof(Main)}\";")]                            // interpolation, nameof
    [InlineData("var len = argument?.Length ?? 0;")]                                    // null-conditional
    [InlineData("var d = new Dictionary<string, int> { [\"a\"] = 1 };")]               // index initializer
    [InlineData("try { } catch (Exception e) when (e.Message == \"x\") { }")]          // exception filter
    public void Section1_CSharp6FeaturesCompile(string statement) => AssertCompiles(Snippets.CompileStatement(statement));

    [Fact]
    public void Section1_CSharp6MembersCompile() =>
        AssertCompiles(Compiler.Compile("int Answer { get; } = 42;\nint Twice => Answer * 2;\npublic Program() { }\npublic void Main() { Echo(Twice.ToString()); }\n"));

    [Theory]
    [InlineData("var x = Math.Clamp(5, 0, 3);")]      // .NET Core 2.0+
    [InlineData("var y = MathF.Sqrt(4f);")]           // .NET Core 2.0+
    [InlineData("var r = \"abc\".Replace(\"a\", \"b\", StringComparison.Ordinal);")] // .NET Core 2.0+
    public void Section1_OnlyNetFramework48ApisExist(string statement)
    {
        var result = Snippets.CompileStatement(statement);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("CS", error.Id);
        Assert.Equal(4, error.Line);
    }

    // The BCL part of the whitelist that GameCompilerTests.AllowedTypesAndMembersCompile does not cover.
    [Theory]
    [InlineData("var s = 1.5.ToString(System.Globalization.CultureInfo.InvariantCulture);")]
    [InlineData("var e = Enum.GetName(typeof(UpdateType), UpdateType.Once);")]
    [InlineData("var a = new[] { 3, 1 }; Array.Sort(a); Array.Reverse(a);")]
    [InlineData("var i = Convert.ToInt32(\"5\") + BitConverter.ToInt32(BitConverter.GetBytes(5), 0);")]
    [InlineData("var eq = string.Equals(\"a\", \"A\", StringComparison.OrdinalIgnoreCase);")]
    [InlineData("int? n = null; var h = n.HasValue; Nullable<long> m = 5;")]
    [InlineData("IEquatable<int> q = 5; IComparable<int> r = 5; IComparable s = 5;")]
    [InlineData("Delegate d = new Action(() => { }); Func<int> f = () => 1; EventArgs ea = EventArgs.Empty;")]
    [InlineData("var dst = new byte[4]; Buffer.BlockCopy(new byte[4], 0, dst, 0, 4);")]
    [InlineData("try { } catch (ArgumentNullException) { } catch (ArgumentException) { } catch (FormatException) { } catch (NullReferenceException) { } catch (DivideByZeroException) { } catch (InvalidCastException) { } catch (NotSupportedException) { } catch (InvalidOperationException) { } catch (System.IO.FileNotFoundException) { } catch (Exception) { }")]
    [InlineData("System.IO.BinaryReader r = null; System.IO.BinaryWriter w = null;")]
    [InlineData("var p = Environment.ProcessorCount + Environment.CurrentManagedThreadId;")]
    [InlineData("var names = typeof(Program).GetFields(0).Select(f => f.Name).ToList(); Type t = typeof(int); var same = t == typeof(int) && t.FullName == \"System.Int32\";")]
    [InlineData("var dt = DateTime.UtcNow - TimeSpan.FromSeconds(1);")]
    public void Section1_WhitelistedBclCompiles(string statement) => AssertCompiles(Snippets.CompileStatement(statement));

    [Fact]
    public void Section1_XmlSerializationAttributesCompile() =>
        AssertCompiles(Compiler.Compile("""
            public Program() { }
            public void Main() { }
            public class Saved
            {
                [System.Xml.Serialization.XmlElement] public int A;
                [System.Xml.Serialization.XmlAttribute] public int B;
                [System.Xml.Serialization.XmlIgnore] public int C;
            }
            """));

    [Theory]
    [InlineData("var ok = System.IO.Directory.Exists(\"x\");", "System.IO.Directory")]
    [InlineData("System.IO.File.OpenRead(\"x\");", "System.IO.File")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { });", "System.Threading.Tasks.Task")]
    [InlineData("var m = new System.Threading.Mutex();", "System.Threading.Mutex")]
    [InlineData("var c = new System.Net.Sockets.TcpClient();", "System.Net.Sockets.TcpClient")]
    [InlineData("var p = System.Diagnostics.Process.GetCurrentProcess();", "System.Diagnostics.Process")]
    [InlineData("var v = Environment.GetEnvironmentVariable(\"PATH\");", "System.Environment.GetEnvironmentVariable")]
    [InlineData("var t = Environment.TickCount;", "System.Environment.TickCount")]
    [InlineData("typeof(Program).GetMethod(\"Main\");", "System.Type.GetMethod(string)")]
    [InlineData("GetType().GetProperties();", "System.Type.GetProperties()")]
    [InlineData("Enumerable.Range(0, 3).AsParallel();", "System.Linq.ParallelEnumerable")]
    public void Section1_NonWhitelistedBclIsRefused(string statement, string name)
    {
        var result = Snippets.CompileStatement(statement);
        var error = Assert.Single(result.Errors, e => e.Id == ScriptDiagnostic.Ids.ProhibitedMember);
        Assert.Equal(4, error.Line);
        Assert.Contains(name, error.Message);
    }

    [Theory]
    [InlineData("Sandbox.ModAPI.Ingame.IMyTerminalBlock", "Sandbox.Common")]
    [InlineData("Sandbox.ModAPI.Ingame.IMyProgrammableBlock", "Sandbox.Common")]
    [InlineData("Sandbox.ModAPI.Interfaces.ITerminalAction", "Sandbox.Common")]
    [InlineData("SpaceEngineers.Game.ModAPI.Ingame.IMyTimerBlock", "SpaceEngineers.Game")]
    [InlineData("SpaceEngineers.Game.ModAPI.Ingame.IMyAirVent", "SpaceEngineers.Game")]
    [InlineData("VRage.Game.ModAPI.Ingame.IMyCubeGrid", "VRage.Game")]
    [InlineData("VRage.Game.ModAPI.Ingame.Utilities.MyIni", "VRage.Game")]
    [InlineData("VRage.Game.GUI.TextPanel.ContentType", "VRage.Game")]
    [InlineData("VRage.Game.MyCubeSize", "VRage.Game")]
    [InlineData("VRageMath.Vector3D", "VRage.Math")]
    [InlineData("VRage.Collections.ListReader`1", "VRage.Library")]
    [InlineData("VRage.MyTuple`2", "VRage.Library")]
    [InlineData("Sandbox.Game.EntityComponents.MyResourceSinkComponent", "Sandbox.Game")]
    public void Section1_GameNamespacesLiveInTheGamesAssemblies(string type, string assembly)
    {
        var compilation = Snippets.CompileStatement("").Compilation!;
        var symbol = compilation.GetTypeByMetadataName(type);
        Assert.NotNull(symbol);
        Assert.Equal(assembly, symbol.ContainingAssembly.Name);
    }
}
