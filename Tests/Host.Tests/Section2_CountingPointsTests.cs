using ShipSim.Host;
using Sandbox.ModAPI.Ingame;

namespace ShipSim.Host.Tests;

/// <summary>game-behaviour.md section 2: where the game counts an instruction, one case per counting point
/// that HostTests.Section2_CountsAtDocumentedPoints does not already pin, and where it does not count
/// (straight-line statements, calls into game code). Every run counts 2 for Main's entry and the switch
/// section that picks the case, plus the case's own points.</summary>
public class Section2_CountingPointsTests
{
    static readonly Lazy<ShipSim.Host.ScriptImage> Image = new(() => Pb.Compile("""
        class V
        {
            public int X;
            public V(int x) { X = x; }
            public static V operator +(V a, V b) { return new V(a.X + b.X); }
        }
        class Bag
        {
            readonly int[] items = { 1, 2, 3 };
            public int this[int i] { get { return items[i]; } set { items[i] = value; } }
        }
        int Down(int n) { return n <= 1 ? 0 : Down(n - 1); }
        class Lease : IDisposable { public void Dispose() { } }
        readonly List<int> list = new List<int>();
        public void Main(string argument)
        {
            switch (argument)
            {
                case "straight":
                    int a = 1; a += 2; a *= 3; var s = a.ToString() + argument.Length;
                    list.Clear(); list.Add(a); list.Sort(); Echo(s); var d = Runtime.CurrentCallChainDepth;
                    break;
                case "constructor": { var v = new V(1); break; }
                case "operator": { var v = new V(1) + new V(2); break; }
                case "indexer": { var b = new Bag(); b[0] = b[1]; break; }
                case "else": { if (argument == "x") { } else { } break; }
                case "elseif": { if (argument == "x") { } else if (argument == "y") { } else { } break; }
                case "goto": { int n = 0; again: n++; if (n < 3) goto again; break; }
                case "gotocase": { switch (argument.Length) { case 1: break; case 8: goto case 1; } break; }
                case "using": { using (var lease = new Lease()) { } break; }
                case "usingexpr": { var held = new Lease(); using (held) { } break; }
                case "usingtwo": { using (Lease first = new Lease(), second = new Lease()) { } break; }
                case "foreach": { foreach (var i in new[] { 1, 2, 3 }) { } break; }
                case "while": { int n = 0; while (n < 4) n++; break; }
                case "do": { int n = 0; do { n++; } while (n < 4); break; }
                case "depth": Down(10); Echo(Runtime.CurrentCallChainDepth.ToString()); break;
            }
        }
        """));

    [Theory]
    [InlineData("straight", 2)]      // locals, arithmetic, BCL and game calls: nothing counted
    [InlineData("constructor", 3)]   // the constructor's entry
    [InlineData("operator", 6)]      // two constructors, the operator, the constructor it calls
    [InlineData("indexer", 4)]       // the get and the set accessor
    [InlineData("else", 3)]          // the else body
    [InlineData("elseif", 3)]        // only the nested if's else body: an else if is not an else body
    [InlineData("goto", 6)]          // two if bodies and two gotos; the label is not counted
    [InlineData("gotocase", 4)]      // both inner sections (case 8, then case 1 by goto case); the goto case itself is not counted
    [InlineData("using", 5)]         // the using body, its finally, Lease.Dispose
    [InlineData("usingexpr", 5)]     // the same for a using of an expression
    [InlineData("usingtwo", 7)]      // one body, and a finally and a Dispose per resource
    [InlineData("foreach", 5)]       // three iterations
    [InlineData("while", 6)]         // four iterations
    [InlineData("do", 6)]            // four iterations
    [InlineData("nothing", 1)]       // no section runs: Main's entry only
    public void Section2_CountedPoints(string argument, int instructions)
    {
        var pb = new Pb(Image.Value);
        var outcome = pb.Run(argument);
        Assert.True(outcome.Completed, outcome.ToString());
        Assert.Equal(instructions, outcome.Instructions);
    }

    [Fact]
    public void Section2_NoFinallyBodyRunsAfterALimitTrips()
    {
        var image = Pb.Compile("""
            void Down(int n) { try { Down(n + 1); } finally { Echo("unwound " + n); } }
            void Spin() { try { while (true) { } } finally { Echo("spun"); } }
            public void Main(string argument) { if (argument == "deep") Down(1); else Spin(); }
            """);
        var pb = new Pb(image);
        Assert.Equal(TerminationKind.CallDepthLimit, pb.Run("deep").Termination);
        Assert.Empty(pb.Echoes);
        var spin = new Pb(image);
        Assert.Equal(TerminationKind.InstructionLimit, spin.Run("spin").Termination);
        Assert.Empty(spin.Echoes);
    }

    [Fact]
    public void Section2_AFinallyBodyCountsWhenItRuns()
    {
        var pb = new Pb("public void Main() { try { } finally { } try { } finally { } }");
        Assert.Equal(3, pb.Run().Instructions); // Main and two finally bodies
    }

    [Fact]
    public void Section2_CallChainDepthFallsBackOnMethodExit()
    {
        var pb = new Pb(Image.Value);
        Assert.True(pb.Run("depth").Completed);
        Assert.Equal(["1"], pb.Echoes); // Down(10) went 10 deep and came back to Main
    }

    [Fact]
    public void Section2_LimitsAre50000InstructionsAnd1000Calls()
    {
        var pb = new Pb("public void Main() { Echo(Runtime.MaxInstructionCount + \" \" + Runtime.MaxCallChainDepth + \" \" + Runtime.CurrentCallChainDepth); }");
        Assert.True(pb.Run().Completed);
        Assert.Equal(["50000 1000 1"], pb.Echoes);
    }
}
