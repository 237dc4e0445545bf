using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Sandbox.ModAPI.Ingame;
using ShipSim.Host.Instrumentation;

namespace ShipSim.Host;

/// <summary>
/// The script of one programmable block: its own copy of the image's assembly (so its static fields are its
/// own), its Program object and its Runtime. Created by <see cref="ScriptImage.Instantiate"/>, which runs the
/// constructor. A run that throws or overflows a limit terminates the instance: every later run returns
/// <see cref="RunStatus.Ignored"/> at once, until the world makes a new instance (the player recompiles).
/// Not thread-safe: run one instance on one thread at a time (different instances may run in parallel).
/// </summary>
public sealed class ScriptInstance : IDisposable
{
    // The instance whose script is executing on this thread, so a nested TryRun shares its budget.
    [ThreadStatic] static ScriptInstance? t_running;

    readonly LoadedScript _copy;
    readonly Sandbox.ModAPI.IMyGridProgram? _program;
    readonly Action<int, int, int, int> _reset;
    readonly Func<int> _count, _depth, _reason;
    bool _disposed;

    internal ScriptInstance(ScriptImage image, ProgramContext context, string storage, RunLimits limits)
    {
        Image = image;
        Limits = limits;
        Runtime = new ProgramRuntimeInfo(limits);

        _copy = image.Rent();
        _reset = _copy.ResetMeter;
        _count = _copy.Count;
        _depth = _copy.Depth;
        _reason = _copy.Reason;
        Runtime.Bind(_count, _depth);
        _copy.SetClock(context.Clock ?? (static () => ProgramContext.DefaultClockStart));

        // The game's way: an uninitialized object, the host's properties set, then the constructor.
        var type = _copy.ProgramType;
        var constructor = _copy.Constructor;
        var program = (Sandbox.ModAPI.IMyGridProgram)RuntimeHelpers.GetUninitializedObject(type);
        program.Runtime = Runtime;
        program.World = context.World!;
        program.Storage = storage;
        program.Me = context.Me;
        program.Echo = context.Echo ?? (_ => { });
        var igc = context.Igc;
        program.IGC_ContextGetter = igc == null ? () => null! : () => igc()!;
        program.GridTerminalSystem = context.GridTerminalSystem;
        _program = program;

        if (constructor == null)
        {
            // The game compiler refuses this already; kept for images built some other way.
            ConstructorOutcome = Terminate(new RunOutcome(RunStatus.Terminated, TerminationKind.NoMain, 0, 0, 0,
                "The script has no parameterless constructor."));
            return;
        }
        if (_copy.ResetStatics is { } resetStatics)
        {
            // Fresh statics, as a newly loaded assembly has them; static initializers are not counted.
            ConstructorOutcome = Execute(static (_, reset) => reset!(), program, resetStatics, unmetered: true);
            if (!ConstructorOutcome.Completed)
                return;
        }
        ConstructorOutcome = Execute(static (p, c) => c!.Invoke(p, BindingFlags.DoNotWrapExceptions, null, null, null),
            program, constructor);
        if (ConstructorOutcome.Completed && !program.HasMainMethod)
            ConstructorOutcome = Terminate(ConstructorOutcome with
            {
                Status = RunStatus.Terminated, Termination = TerminationKind.NoMain,
                Error = "The script has no Main method: Main(string, UpdateType), Main(string) or Main().",
            });
    }

    public ScriptImage Image { get; }
    public RunLimits Limits { get; }

    /// <summary>The script's <c>Runtime</c>: the world sets TimeSinceLastRun and reads UpdateFrequency.</summary>
    public ProgramRuntimeInfo Runtime { get; }

    /// <summary>What the constructor did.</summary>
    public RunOutcome ConstructorOutcome { get; }

    /// <summary>The most recent run, Save or constructor.</summary>
    public RunOutcome LastOutcome { get; private set; }

    /// <summary>True once the script threw or overflowed a limit; runs are ignored from then on.</summary>
    public bool IsTerminated { get; private set; }

    /// <summary>The outcome that terminated the script, if any.</summary>
    public RunOutcome? Termination { get; private set; }

    /// <summary>True while this instance's script executes (its block's IsRunning).</summary>
    public bool IsRunning { get; private set; }

    /// <summary>The script's Storage as it is now (without running Save).</summary>
    public string Storage => _program?.Storage ?? "";

    /// <summary>Runs Main with a fresh budget (or, nested inside another instance's run on this thread, a
    /// TryRun: the caller's budget). Never throws for anything the script does.</summary>
    public RunOutcome Run(string? argument, UpdateType updateType)
    {
        if (IsTerminated || IsRunning || _program == null)
            return RunOutcome.Ignored;
        _argument = argument ?? "";
        _updateType = updateType;
        return Execute(static (p, self) => p.Main(self!._argument, self._updateType), _program, this);
    }

    string _argument = "";
    UpdateType _updateType;

    /// <summary>Runs the script's Save() if it has one (counted like a run) and returns Storage. A terminated
    /// script is not run; its last Storage is returned.</summary>
    public string Save()
    {
        if (_program == null)
            return "";
        if (!IsTerminated && !IsRunning && _program.HasSaveMethod)
            Execute(static (p, _) => p.Save(), _program, (object?)null);
        return _program.Storage ?? "";
    }

    RunOutcome Execute<TState>(Action<Sandbox.ModAPI.IMyGridProgram, TState?> call, Sandbox.ModAPI.IMyGridProgram program, TState? state,
        bool unmetered = false)
    {
        var outer = t_running;
        int start = 0, outerDepth = 0;
        int max = unmetered ? int.MaxValue : Limits.MaxInstructions, maxDepth = unmetered ? int.MaxValue : Limits.MaxCallChainDepth;
        if (outer != null)
        {
            // A nested TryRun shares the caller's budget and call chain.
            start = outer._count();
            outerDepth = outer._depth();
            max = outer.Limits.MaxInstructions;
            maxDepth = outer.Limits.MaxCallChainDepth;
        }
        _reset(start, max, outerDepth, maxDepth);
        IsRunning = true;
        t_running = this;
        Exception? failure = null;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        long started = Stopwatch.GetTimestamp();
        try
        {
            call(program, state);
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            t_running = outer;
            IsRunning = false;
        }
        long ended = Stopwatch.GetTimestamp();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        double ms = (ended - started) * 1000.0 / Stopwatch.Frequency;
        int end = _count();
        int instructions = Math.Max(0, end - start);
        if (outer != null)
            outer._reset(end, max, outerDepth, maxDepth);
        if (!unmetered) // resetting statics is not a run: the constructor still sees 0
            Runtime.LastRunTimeMs = ms;

        RunOutcome outcome;
        if (failure == null)
            outcome = new RunOutcome(RunStatus.Completed, TerminationKind.None, instructions, ms, allocated, null);
        else
        {
            var reason = _reason();
            var kind = reason switch
            {
                MeterSource.ReasonInstructions => TerminationKind.InstructionLimit,
                MeterSource.ReasonCallDepth => TerminationKind.CallDepthLimit,
                _ => TerminationKind.Exception,
            };
            string text = kind == TerminationKind.Exception
                ? Describe(failure)
                : string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    kind == TerminationKind.InstructionLimit ? MeterSource.InstructionLimitMessage : MeterSource.CallDepthLimitMessage,
                    kind == TerminationKind.InstructionLimit ? max : maxDepth);
            outcome = Terminate(new RunOutcome(RunStatus.Terminated, kind, instructions, ms, allocated, text));
        }
        LastOutcome = outcome;
        return outcome;
    }

    /// <summary>Terminates the script from outside, as an uncaught exception would (a fault injected by the
    /// world). Ignored while the script runs or once it is terminated.</summary>
    public RunOutcome Abort(string error)
    {
        if (IsTerminated || IsRunning)
            return RunOutcome.Ignored;
        return Terminate(new RunOutcome(RunStatus.Terminated, TerminationKind.Exception, 0, 0, 0, error));
    }

    RunOutcome Terminate(RunOutcome outcome)
    {
        IsTerminated = true;
        Termination = outcome;
        LastOutcome = outcome;
        return outcome;
    }

    /// <summary>Starts the line that names where an exception was thrown when that is not the script's own code.</summary>
    public const string ThrownOutside = "thrown in ";

    // "Type: message", where it was thrown when that is outside the script (the stand-in, the world, the BCL),
    // and the stack frames inside the script (lines are script lines).
    static string Describe(Exception e)
    {
        if (e is TypeInitializationException { InnerException: { } inner })
            e = inner;
        var text = e.GetType().FullName + ": " + e.Message;
        var all = (e.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        bool Script(string l) => l.Contains("Program", StringComparison.Ordinal) && !l.Contains("ShipSim.Host", StringComparison.Ordinal)
            && !l.Contains("Sandbox.ModAPI", StringComparison.Ordinal);
        if (all.Length > 0 && !Script(all[0]))
        {
            var frame = all[0].Trim();
            text += "\n" + ThrownOutside + (frame.StartsWith("at ", StringComparison.Ordinal) ? frame[3..] : frame);
        }
        var stack = string.Join("\n", all.Where(Script).Select(l => l.TrimEnd()));
        return stack.Length == 0 ? text : text + "\n" + stack;
    }

    /// <summary>Ends this instance: its copy of the script goes back to the image (pooled, or unloaded once nothing
    /// refers to it).</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        Image.Return(_copy);
    }
}
