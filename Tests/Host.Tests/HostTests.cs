using Sandbox.ModAPI.Ingame;
using ShipSim.Host;

namespace ShipSim.Host.Tests;

/// <summary>The programmable-block host against game-behaviour.md sections 1-3.</summary>
public class HostTests
{
    // ---- Section 1: compiling and hosting ----

    [Fact]
    public void Section1_MeAndRuntimeUsableInConstructor()
    {
        var pb = new Pb("""
            public Program()
            {
                Echo(Me.CustomName + " " + Runtime.MaxInstructionCount + " [" + Storage + "]");
                Runtime.UpdateFrequency = UpdateFrequency.Update10;
            }
            public void Main() { }
            """, storage: "kept", me: FakeBlock.Create("Airlock PB"));
        Assert.True(pb.Instance.ConstructorOutcome.Completed, pb.Instance.ConstructorOutcome.ToString());
        Assert.Equal(["Airlock PB 50000 [kept]"], pb.Echoes);
        Assert.Equal(UpdateFrequency.Update10, pb.Instance.Runtime.UpdateFrequency);
    }

    [Theory]
    [InlineData("public void Main(string a, UpdateType u) { Echo(\"2 \" + a + \" \" + u); } public void Main(string a) { Echo(\"1\"); } public void Main() { Echo(\"0\"); }", "2 arg Trigger")]
    [InlineData("public void Main(string a) { Echo(\"1 \" + a); } public void Main() { Echo(\"0\"); }", "1 arg")]
    [InlineData("public void Main() { Echo(\"0\"); }", "0")]
    public void Section1_EntryPointPreference(string script, string expected)
    {
        var pb = new Pb(script);
        Assert.True(pb.Run("arg", UpdateType.Trigger).Completed);
        Assert.Equal([expected], pb.Echoes);
    }

    [Fact]
    public void Section1_NoMainTerminatesAtCreation()
    {
        var pb = new Pb("public void Update() { }");
        Assert.Equal(TerminationKind.NoMain, pb.Instance.ConstructorOutcome.Termination);
        Assert.Equal(RunStatus.Ignored, pb.Run().Status);
    }

    [Fact]
    public void Section1_StaticsArePerBlock()
    {
        var image = Pb.Compile("static int runs; public void Main() { runs++; Echo(runs.ToString()); }");
        var a = new Pb(image);
        var b = new Pb(image);
        a.Run(); a.Run(); b.Run();
        Assert.Equal(["1", "2"], a.Echoes);
        Assert.Equal(["1"], b.Echoes);
    }

    [Fact]
    public void Section1_Net48ScriptRunsOnNet10()
    {
        var pb = new Pb("""
            readonly Dictionary<string, int> counts = new Dictionary<string, int>();
            readonly StringBuilder text = new StringBuilder();
            public void Main(string argument)
            {
                foreach (var word in argument.Split(' ')) { int n; counts.TryGetValue(word, out n); counts[word] = n + 1; }
                text.Clear();
                foreach (var pair in counts.OrderBy(p => p.Key)) text.Append(pair.Key).Append('=').Append(pair.Value).Append(';');
                Echo(text.ToString() + " " + Math.Round(Math.PI, 2) + " " + ImmutableArray.Create(1, 2, 3).Sum());
            }
            """);
        var outcome = pb.Run("b a b");
        Assert.True(outcome.Completed, outcome.ToString());
        Assert.Equal(["a=1;b=2; 3.14 6"], pb.Echoes);
    }

    [Fact]
    public void Section1_StorageSetBeforeConstructorAndSaved()
    {
        var pb = new Pb("""
            public Program() { Echo("loaded " + Storage); }
            public void Main(string argument) { Storage = argument; }
            public void Save() { Storage = "saved:" + Storage; }
            """, storage: "old");
        Assert.Equal(["loaded old"], pb.Echoes);
        pb.Run("new");
        Assert.Equal("saved:new", pb.Instance.Save());
        var reloaded = new Pb(pb.Instance.Image, storage: pb.Instance.Save());
        Assert.Equal(["loaded saved:saved:new"], reloaded.Echoes);
    }

    [Fact]
    public void Section1_ExceptionTextNamesScriptLine()
    {
        var pb = new Pb("""
            public void Main()
            {
                Echo("start");
                if (Me == null) throw new InvalidOperationException("no block");
            }
            """);
        var outcome = pb.Run();
        Assert.Equal(TerminationKind.Exception, outcome.Termination);
        Assert.Contains("System.InvalidOperationException: no block", outcome.Error);
        Assert.True(outcome.Error!.Contains("Program:line 4"), outcome.Error);
    }

    // ---- Section 2: instruction counting and limits ----

    [Fact]
    public void Section2_InfiniteLoopStoppedAt50000AndTerminates()
    {
        var pb = new Pb("public void Main() { while (true) { } }");
        var outcome = pb.Run();
        Assert.Equal(RunStatus.Terminated, outcome.Status);
        Assert.Equal(TerminationKind.InstructionLimit, outcome.Termination);
        // Main's entry and 49,999 iterations fit; the next step overflows.
        Assert.Equal(50_001, outcome.Instructions);
        Assert.True(pb.Instance.IsTerminated);
        Assert.Contains("50,000", outcome.Error);
    }

    [Fact]
    public void Section2_ScriptCatchCannotSwallowLimit()
    {
        var pb = new Pb("""
            void Spin() { while (true) { } }
            public void Main()
            {
                for (int i = 0; i < 3; i++)
                {
                    try { Spin(); }
                    catch (Exception e) when (e != null) { Echo("caught filtered"); }
                    catch (Exception) { Echo("caught typed"); }
                    catch { Echo("caught all"); }
                    finally { Echo("finally"); }
                }
                Echo("after");
            }
            """);
        var outcome = pb.Run();
        Assert.Equal(TerminationKind.InstructionLimit, outcome.Termination);
        Assert.Empty(pb.Echoes);
    }

    [Fact]
    public void Section2_ScriptCatchStillCatchesOrdinaryExceptions()
    {
        var pb = new Pb("""
            public void Main()
            {
                try { throw new InvalidOperationException("x"); }
                catch (ArgumentException) { Echo("wrong"); }
                catch (Exception e) when (e.Message == "y") { Echo("wrong filter"); }
                catch (InvalidOperationException e) when (e.Message == "x") { Echo("right"); }
                try { int.Parse("no"); } catch { Echo("general"); }
            }
            """);
        Assert.True(pb.Run().Completed);
        Assert.Equal(["right", "general"], pb.Echoes);
    }

    [Fact]
    public void Section2_CallDepthLimit1000()
    {
        const string script = """
            int Down(int n) { return n <= 1 ? Runtime.CurrentCallChainDepth : Down(n - 1); }
            public void Main(string argument) { Echo(Down(int.Parse(argument)).ToString()); }
            """;
        var image = Pb.Compile(script);
        var ok = new Pb(image);
        var outcome = ok.Run("999");     // Main is depth 1, so Down(1) is at depth 1,000
        Assert.True(outcome.Completed, outcome.ToString());
        Assert.Equal(["1000"], ok.Echoes);
        Assert.Equal(1000, ok.Instance.Runtime.MaxCallChainDepth);

        var deep = new Pb(image);
        outcome = deep.Run("1000");
        Assert.Equal(TerminationKind.CallDepthLimit, outcome.Termination);
        Assert.Empty(deep.Echoes);
        // The game enters, then counts: the call that goes too deep is not counted (Main + 999 calls).
        Assert.Equal(1000, outcome.Instructions);
    }

    [Fact]
    public void Section2_CountsAtDocumentedPoints()
    {
        // Main 1; 10 loop iterations; 5 if bodies; 5 else bodies = 21.
        var loop = new Pb("""
            int x;
            public void Main() { for (int i = 0; i < 10; i++) { if (i % 2 == 0) x++; else x--; } }
            """);
        Assert.Equal(21, loop.Run().Instructions);
        Assert.Equal(21, loop.Run().Instructions);  // a fresh budget every run

        var all = new Pb("""
            int P { get { return 1; } }
            int Q => 2;
            int F(int a) => a + 1;
            class D : IDisposable { public void Dispose() { } }
            public void Main()
            {
                int s = P + Q + F(1);                       // accessor, property, method: 3
                Func<int, int> g = v => v * 2;
                s += g(1) + g(2);                           // lambda twice: 2
                switch (s) { case 0: break; default: s++; break; }   // one section: 1
                int n = 0;
                again: n++;                                 // the label itself: 0
                if (n < 3) goto again;                      // if body twice, goto twice: 4
                try { throw new Exception(); } catch (Exception) { } finally { }   // catch, finally: 2
                using (var d = new D()) { }                 // using body, its finally, Dispose: 3
                Echo(Runtime.CurrentInstructionCount.ToString());
            }
            """);
        var outcome = all.Run();
        Assert.True(outcome.Completed, outcome.ToString());
        Assert.Equal(16, outcome.Instructions);            // plus Main's entry
        Assert.Equal(["16"], all.Echoes);                  // CurrentInstructionCount is live
    }

    [Fact]
    public void Section2_ConstructorCountsAndCanTerminate()
    {
        var pb = new Pb("public Program() { while (true) { } } public void Main() { Echo(\"ran\"); }");
        Assert.Equal(TerminationKind.InstructionLimit, pb.Instance.ConstructorOutcome.Termination);
        Assert.True(pb.Instance.IsTerminated);
        Assert.Equal(RunStatus.Ignored, pb.Run().Status);
        Assert.Empty(pb.Echoes);
    }

    [Fact]
    public void Section2_NestedTryRunSharesTheCallersBudget()
    {
        ScriptInstance? target = null;
        var targetBlock = FakeBlock.Create("B", argument => target!.Run(argument, UpdateType.Script).Completed);
        var b = new Pb("public void Main(string a, UpdateType u) { Echo(u + \" \" + Runtime.CurrentInstructionCount); }", me: targetBlock);
        target = b.Instance;
        var a = new Pb("""
            public void Main()
            {
                for (int i = 0; i < 10; i++) { }
                var other = (IMyProgrammableBlock)GridTerminalSystem.GetBlockWithName("B");
                bool ran = other.TryRun("go");
                Echo(ran + " " + Runtime.CurrentInstructionCount);
            }
            """, terminal: new FakeTerminal(targetBlock));
        var outcome = a.Run();
        Assert.True(outcome.Completed, outcome.ToString());
        Assert.Equal(["Script 12"], b.Echoes);   // A's 11 (Main + 10 iterations), then B's Main
        Assert.Equal(["True 12"], a.Echoes);
        Assert.Equal(12, outcome.Instructions);
    }

    [Fact]
    public void Section2_IdleRunAllocatesNothingAfterWarmUp()
    {
        var pb = new Pb("""
            int total;
            public void Main(string argument, UpdateType updateSource)
            {
                for (int i = 0; i < 100; i++) total += i;
                if (Runtime.CurrentInstructionCount > 1000) Echo("never");
            }
            """);
        for (int i = 0; i < 5; i++)
            pb.Run("", UpdateType.Update10);
        var outcome = pb.Run("", UpdateType.Update10);
        Assert.True(outcome.Completed);
        Assert.Equal(0, outcome.AllocatedBytes);
        Assert.Equal(101, outcome.Instructions);   // Main + 100 iterations; the if is false
    }

    // ---- Section 3: run lifecycle ----

    [Fact]
    public void Section3_TerminatedScriptIgnoresLaterRuns()
    {
        var pb = new Pb("public void Main(string argument) { Echo(argument); if (argument == \"boom\") throw new InvalidOperationException(\"bad\"); }");
        Assert.True(pb.Run("one").Completed);
        var boom = pb.Run("boom");
        Assert.Equal(RunStatus.Terminated, boom.Status);
        Assert.Equal(TerminationKind.Exception, boom.Termination);
        Assert.StartsWith("System.InvalidOperationException: bad", boom.Error);
        Assert.Equal(RunStatus.Ignored, pb.Run("two").Status);
        Assert.Equal(["one", "boom"], pb.Echoes);
        Assert.Equal(boom, pb.Instance.Termination);

        var recompiled = new Pb(pb.Instance.Image);  // a new instance runs again
        Assert.True(recompiled.Run("three").Completed);
    }

    [Fact]
    public void Section3_UpdateFrequencyRejectsUnknownBits()
    {
        var pb = new Pb("""
            public void Main(string argument)
            {
                Runtime.UpdateFrequency = UpdateFrequency.Update1 | UpdateFrequency.Update100 | UpdateFrequency.Once;
                if (argument == "bad") Runtime.UpdateFrequency = (UpdateFrequency)16;
            }
            """);
        Assert.True(pb.Run().Completed);
        Assert.Equal(UpdateFrequency.Update1 | UpdateFrequency.Update100 | UpdateFrequency.Once, pb.Instance.Runtime.UpdateFrequency);
        var bad = pb.Run("bad");
        Assert.Equal(TerminationKind.Exception, bad.Termination);
        Assert.Contains("ArgumentException", bad.Error);
        Assert.Throws<ArgumentException>(() => pb.Instance.Runtime.UpdateFrequency = (UpdateFrequency)0x80);
    }

    [Fact]
    public void Section3_ScriptSeesTheTimeSinceItsLastRunAndHowLongThatRunTook()
    {
        var pb = new Pb("""
            public void Main(string argument)
            {
                if (argument == "work") { var s = 0; for (var i = 0; i < 40000; i++) s += i; return; }
                Echo(Runtime.TimeSinceLastRun.TotalMilliseconds + " " + Runtime.LastRunTimeMs.ToString("R"));
            }
            """);
        var work = pb.Run("work");
        Assert.True(work.WallMs > 0);
        pb.Instance.Runtime.TimeSinceLastRun = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 6);
        var report = pb.Run("report");
        // During a run the script reads the previous run's duration (not its own, not 0) ...
        Assert.Equal([$"166.6666 {work.WallMs.ToString("R", System.Globalization.CultureInfo.CurrentCulture)}"], pb.Echoes);
        // ... and the next run will read this one's.
        Assert.Equal(report.WallMs, pb.Instance.Runtime.LastRunTimeMs);
    }

    [Fact]
    public void CompileErrorsStayOnTheImage()
    {
        var image = ScriptImage.Compile("public void Main() { undefined(); }");
        Assert.False(image.Success);
        Assert.Contains(image.Errors, e => e.Line == 1);
        Assert.Throws<InvalidOperationException>(() => image.Instantiate(new ProgramContext()));
    }
}

public class RewriterCoverageTests
{
    [Fact]
    public void Section2_InstrumentedLanguageFeaturesStillCompileAndRun()
    {
        var pb = new Pb("""
            struct V
            {
                public readonly int X;
                public V(int x) { X = x; }
                public static V operator +(V a, V b) => new V(a.X + b.X);
                public static implicit operator int(V v) { return v.X; }
                public override string ToString() => "V" + X;
            }
            class Bag
            {
                static readonly int Seed;
                static Bag() { Seed = 1; }
                readonly int[] items = { 1, 2, 3 };
                public int this[int i] => items[i] + Seed - 1;
                public int Count { get { return items.Length; } }
                public event Action Changed { add { } remove { } }
                public IEnumerable<int> Evens() { foreach (var i in items) { if (i % 2 == 0) yield return i; } yield break; }
            }
            T Pick<T>(T a, T b, bool first) => first ? a : b;
            void Note(string s) => Echo(s);
            public void Main(string argument)
            {
                var v = new V(2) + new V(3);
                int asInt = v;
                var bag = new Bag();
                Action<string> say = s => Echo(s);
                Action<string> say2 = delegate (string s) { Echo(s); };
                Func<int, int> twice = x => { return x * 2; };
                Func<int, bool> odd = x => x % 2 == 1;
                int k = 0;
                do { k++; } while (k < 3);
                if (k == 1) Note("one"); else if (k == 3) Note("three"); else Note("other");
                switch (argument)
                {
                    case "a": goto case "b";
                    case "b": Note("b"); break;
                    default: Note("default"); break;
                }
                var sum = bag.Evens().Sum() + Enumerable.Range(0, 4).Where(i => odd(i)).Select(twice).Sum();
                say(v + " " + asInt + " " + bag[1] + " " + bag.Count + " " + sum + " " + Pick("x", "y", false));
                say2("done");
                try { try { throw new FormatException("inner"); } finally { k = 0; } }
                catch (FormatException e) { Echo(e.Message + k); }
            }
            """);
        var outcome = pb.Run("a");
        Assert.True(outcome.Completed, outcome.ToString());
        Assert.Equal(["three", "b", "V5 5 2 3 10 y", "done", "inner0"], pb.Echoes);
    }

    [Fact]
    public void Section2_LimitOverflowInsideLambdasAndIteratorsTerminates()
    {
        var pb = new Pb("""
            IEnumerable<int> Forever() { int i = 0; while (true) yield return i++; }
            public void Main()
            {
                Func<int> count = () => { try { return Forever().Count(); } catch (Exception) { return -1; } };
                Echo(count().ToString());
            }
            """);
        var outcome = pb.Run();
        Assert.Equal(TerminationKind.InstructionLimit, outcome.Termination);
        Assert.Empty(pb.Echoes);
    }
}
