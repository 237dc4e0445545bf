using System.Diagnostics;
using ShipSim.Host;
using ShipSim.Toolchain.GameCompiler;
using ShipSim.Toolchain.Packing;
using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.Cli.Compat;

public enum CompileVerdict { Compiles, Fails, TooLong, Absent, PackFailed }

public enum RunVerdict { NotRun, Runs, ScriptFault, StandInGap }

/// <summary>What happened to one corpus script.</summary>
public sealed record CompatResult(
    CompatEntry Entry,
    CompileVerdict Compile,
    IReadOnlyList<string> CompileErrors,
    int Length,
    RunVerdict Run,
    string? RunError,
    int Runs,
    int MaxInstructions,
    int ScreensWritten,
    string LastEcho,
    double WallSeconds)
{
    /// <summary>A line naming an exception the script caught and printed, or null.</summary>
    public string? CaughtException { get; init; }

    public bool Excepted => Entry.Excepted != null || Compile == CompileVerdict.TooLong;
}

/// <summary>
/// Game-compiles one corpus script against the stand-in and, when it compiles, runs it in its small world for the
/// given game time with the Run presses and terminal actions its entry asks for. A termination counts as a stand-in gap when the exception
/// was thrown inside the simulator or the stand-in (or is NotImplementedException); otherwise it is the script's own
/// fault (a block it needs and was not given, a bad argument ...), which the report explains.
/// </summary>
public static class CompatRunner
{
    public static CompatResult Run(CompatEntry entry, string corpus, double minutes, long seed = 1)
    {
        var clock = Stopwatch.StartNew();
        var paths = ScriptSource.Locate(corpus, entry);
        if (paths == null)
            return Result(entry, CompileVerdict.Absent, [], 0, clock);

        string script;
        try
        {
            script = ScriptSource.Read(entry, paths);
        }
        catch (PackException e)
        {
            return Result(entry, CompileVerdict.PackFailed, e.Message.Split('\n').Skip(1).Take(8).ToList(), 0, clock);
        }
        catch (Exception e) when (e is not (IOException or UnauthorizedAccessException))
        {
            // A packer defect must not stop the report: the script is marked and the exception shown.
            return Result(entry, CompileVerdict.PackFailed, ["the packer failed: " + e.GetType().Name + ": " + e.Message, .. (e.StackTrace ?? "").Split('\n').Take(3).Select(l => l.Trim())], 0, clock);
        }

        var compiled = GameCompiler.Compile(script);
        var errors = compiled.Errors.Select(e => e.ToString()).ToList();
        if (errors.Count > 0)
        {
            var tooLong = compiled.Errors.Any(e => e.Id == ScriptDiagnostic.Ids.TooLong) && compiled.Errors.All(e => e.Id == ScriptDiagnostic.Ids.TooLong);
            return Result(entry, tooLong ? CompileVerdict.TooLong : CompileVerdict.Fails, errors, script.Length, clock);
        }

        var world = new SimWorld(seed);
        var pb = CompatWorld.Build(world, entry, script);
        if (pb.Instance == null)
        {
            // It compiled as the game compiles it, but the host could not load it (its instrumentation or a
            // stand-in type failed): a gap of ours, never a pass.
            return new CompatResult(entry, CompileVerdict.Compiles, [], script.Length, RunVerdict.StandInGap,
                "the host did not load the script: " + pb.DetailedInfo.Trim(), 0, 0, 0, "", clock.Elapsed.TotalSeconds);
        }
        var runs = 0;
        var maxInstructions = 0;
        world.RunCompleted += run =>
        {
            if (run.Block != pb.EntityId)
                return;
            runs++;
            maxInstructions = Math.Max(maxInstructions, run.Instructions);
        };
        var end = (long)Math.Round(minutes * 60 * SimWorld.TicksPerSecond);
        var presses = Presses(entry.World?.Runs ?? [], minutes * 60);
        var actions = (entry.World?.Actions ?? []).OrderBy(a => a.At).ToList();
        int nextPress = 0, nextAction = 0;
        for (long tick = 0; tick < end && !pb.IsTerminated; tick++)
        {
            while (nextPress < presses.Count && presses[nextPress].At * SimWorld.TicksPerSecond <= world.Tick)
            {
                pb.TerminalRunArgument = presses[nextPress++].Argument;
                pb.RunFromTerminal();
            }
            while (nextAction < actions.Count && actions[nextAction].At * SimWorld.TicksPerSecond <= world.Tick)
                PlayerAction(world, entry, actions[nextAction++]);
            world.Step();
        }

        var screens = world.Blocks.Sum(b => b switch
        {
            SimTextPanel panel => Written(panel.Surface),
            SimProgrammableBlock p => p.Surfaces.Sum(Written),
            SimCockpit cockpit => Enumerable.Range(0, cockpit.SurfaceCount).Sum(i => Written(cockpit.Surface(i))),
            _ => 0,
        });
        var verdict = RunVerdict.Runs;
        string? error = null;
        if (pb.Instance?.Termination is { } termination)
        {
            error = termination.Error;
            verdict = IsStandInGap(termination) ? RunVerdict.StandInGap : RunVerdict.ScriptFault;
        }
        return new CompatResult(entry, CompileVerdict.Compiles, [], script.Length, verdict, error, runs, maxInstructions, screens,
            FirstLines(pb.EchoText), clock.Elapsed.TotalSeconds) { CaughtException = CaughtException(pb) };
    }

    /// <summary>Every Run press within the run time, repeated ones expanded, in time order.</summary>
    static List<RunSpec> Presses(IReadOnlyList<RunSpec> runs, double seconds)
    {
        var presses = new List<RunSpec>();
        foreach (var run in runs)
        {
            if (run.Every is not > 0)
            {
                presses.Add(run);
                continue;
            }
            for (var at = run.At; at < seconds; at += run.Every.Value)
                presses.Add(run with { At = at, Every = null });
        }
        return presses.OrderBy(p => p.At).ToList();
    }

    static void PlayerAction(SimWorld world, CompatEntry entry, ActionSpec action)
    {
        var block = world.Blocks.FirstOrDefault(b => b.CustomName == action.Block)
            ?? throw new InvalidDataException($"{entry.Id}: action at {action.At} s names a block '{action.Block}' the world does not have");
        (block.GetActionWithName(action.Action)
            ?? throw new InvalidDataException($"{entry.Id}: '{action.Block}' has no action '{action.Action}'")).Apply(block);
    }

    /// <summary>An exception the script caught and printed (Echo or its Custom Data) instead of terminating: a line of
    /// it, so that a stand-in gap the script swallowed still shows in the report.</summary>
    static string? CaughtException(SimProgrammableBlock pb)
    {
        foreach (var text in new[] { pb.EchoText, pb.CustomData })
        {
            var line = text.Split('\n').FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal));
            if (line != null)
                return line.Trim();
        }
        return null;
    }

    static int Written(SimTextSurface surface) => surface.Writes > 0 || surface.FramesDrawn > 0 ? 1 : 0;

    static bool IsStandInGap(RunOutcome termination) =>
        termination.Termination == TerminationKind.Exception && termination.Error is { } error
        && (error.Contains("NotImplementedException", StringComparison.Ordinal) || error.Contains(ScriptInstance.ThrownOutside + "ShipSim", StringComparison.Ordinal)
            || error.Contains(ScriptInstance.ThrownOutside + "VRage", StringComparison.Ordinal) || error.Contains(ScriptInstance.ThrownOutside + "Sandbox", StringComparison.Ordinal)
            || error.Contains(ScriptInstance.ThrownOutside + "SpaceEngineers", StringComparison.Ordinal));

    static string FirstLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(2);
        var joined = string.Join(" / ", lines);
        return joined.Length > 80 ? joined[..77] + "..." : joined;
    }

    static CompatResult Result(CompatEntry entry, CompileVerdict verdict, IReadOnlyList<string> errors, int length, Stopwatch clock) =>
        new(entry, verdict, errors, length, RunVerdict.NotRun, null, 0, 0, 0, "", clock.Elapsed.TotalSeconds);
}
