using Sandbox.ModAPI.Ingame;
using ShipSim.Host;

namespace ShipSim.Host.Tests;

/// <summary>A block's copy of a script is reused by the next instance (a recompile, another block) instead of being
/// loaded and JIT-compiled again; every instance still starts with fresh statics, as a newly loaded assembly has them.</summary>
public class StaticsResetTests
{
    const string Counting = """
        static int runs;
        static readonly List<string> seen = new List<string> { "start" };
        static int[] primes = { 2, 3, 5 };
        static string Label { get; } = "L" + primes.Length;
        static int constructed;
        static Program() { constructed = Other.Base + 1; }
        public Program() { seen.Add("ctor"); }
        public void Main()
        {
            runs++;
            primes[0]++;
            Echo(runs + " " + string.Join(",", seen) + " " + primes[0] + " " + Label + " " + constructed + " " + Other.Base + " " + Nested.Count);
            Nested.Count++;
        }
        class Nested { public static int Count = 10; }
        }
        static class Other { public static int Base = 40; static Other() { Base += 1; }
        """;

    [Fact]
    public void AReusedCopyStartsEveryInstanceWithFreshStatics()
    {
        var image = Pb.Compile(Counting);
        Assert.True(image.Resettable);
        var first = new Pb(image);
        first.Run();
        first.Run();
        first.Instance.Dispose(); // its copy goes back to the pool
        var second = new Pb(image);
        second.Run();
        Assert.Equal(["1 start,ctor 3 L3 42 41 10", "2 start,ctor 4 L3 42 41 11"], first.Echoes);
        Assert.Equal(["1 start,ctor 3 L3 42 41 10"], second.Echoes);
    }

    [Fact]
    public void BlocksRunningAtTheSameTimeNeverShareStatics()
    {
        var image = Pb.Compile(Counting);
        var a = new Pb(image);
        var b = new Pb(image);
        a.Run();
        a.Run();
        b.Run();
        Assert.StartsWith("1 ", b.Echoes.Single());
    }

    [Fact]
    public void StaticStateInAGenericTypeKeepsAFreshCopyPerInstance()
    {
        var image = Pb.Compile("""
            class Box<T> { public static int Made; }
            public void Main() { Box<int>.Made++; Echo(Box<int>.Made.ToString()); }
            """);
        Assert.False(image.Resettable);
        var first = new Pb(image);
        first.Run();
        first.Instance.Dispose();
        var second = new Pb(image);
        second.Run();
        Assert.Equal(["1"], second.Echoes);
    }

    [Fact]
    public void ScriptLineNumbersAreUnchanged()
    {
        var image = Pb.Compile("""
            static readonly int[] table =
            {
                1, 2,
            };
            static Program()
            {
                table[0] = 7;
            }
            public void Main()
            {
                throw new InvalidOperationException("line 11");
            }
            """);
        Assert.True(image.Resettable);
        var pb = new Pb(image);
        var outcome = pb.Run();
        Assert.Contains("Program:line 11", outcome.Error + "\n" + image.InstrumentedSource);
    }

    [Fact]
    public void AStaticInitializerThatThrowsTerminatesTheInstance()
    {
        var pb = new Pb("static int zero = 0; static int bad = 1 / zero; public void Main() { Echo(bad.ToString()); }");
        Assert.Equal(RunStatus.Terminated, pb.Instance.ConstructorOutcome.Status);
        Assert.Contains("DivideByZeroException", pb.Instance.ConstructorOutcome.Error);
    }
}
