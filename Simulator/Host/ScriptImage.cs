using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using ShipSim.Host.Instrumentation;
using ShipSim.Toolchain.GameCompiler;

namespace ShipSim.Host;

/// <summary>
/// One compiled script text: checked by <see cref="GameCompiler"/> the way the game does, its clock pointed at
/// the world's (<see cref="ClockRedirection"/>), instrumented with the instruction counter, and emitted once to
/// bytes. Every programmable block running it gets its own <see cref="ScriptInstance"/> that loads its own copy
/// of those bytes (static fields are per block).
/// When the script has errors the image carries them and cannot be instantiated.
/// </summary>
public sealed class ScriptImage
{
    ScriptImage(CompileResult compiled, IReadOnlyList<ScriptDiagnostic> diagnostics, byte[]? bytes, string? instrumented, bool resettable)
    {
        Compiled = compiled;
        Diagnostics = diagnostics;
        AssemblyBytes = bytes;
        InstrumentedSource = instrumented;
        Resettable = resettable;
    }

    /// <summary>The game compiler's verdict on the script text.</summary>
    public CompileResult Compiled { get; }

    /// <summary>All diagnostics (the game compiler's and, should it fail, the instrumentation's).</summary>
    public IReadOnlyList<ScriptDiagnostic> Diagnostics { get; }

    public IEnumerable<ScriptDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>True when the image holds an assembly and can be instantiated.</summary>
    public bool Success => AssemblyBytes != null;

    /// <summary>The wrapped and instrumented script text that was compiled (null when it did not get that far).</summary>
    public string? InstrumentedSource { get; }

    internal byte[]? AssemblyBytes { get; }

    /// <summary>The script's static state can be reset (<see cref="StaticsReset"/>): a block's loaded copy goes back to
    /// a pool when its instance ends, and the next instance of any block starts from it with fresh statics instead
    /// of loading and JIT-compiling a new copy.</summary>
    public bool Resettable { get; }

    readonly ConcurrentBag<LoadedScript> _pool = [];

    /// <summary>Compiles, checks and instruments a packed script (the text a player pastes).</summary>
    public static ScriptImage Compile(string script)
    {
        var compiled = GameCompiler.Compile(script);
        if (!compiled.Success || compiled.Compilation == null)
            return new ScriptImage(compiled, compiled.Diagnostics, null, null, false);
        var (compilation, tree) = ClockRedirection.Apply(compiled.Compilation);
        var resettable = StaticsReset.Rewrite(tree, compilation.GetSemanticModel(tree));
        if (resettable != null && resettable != tree)
        {
            var image = Emit(compiled, compilation.ReplaceSyntaxTree(tree, resettable), resettable, true);
            if (image.Success)
                return image;
        }
        return Emit(compiled, compilation, tree, resettable == tree);
    }

    static ScriptImage Emit(CompileResult compiled, Compilation compilation, SyntaxTree tree, bool resettable)
    {
        var instrumentedTree = InstructionCounting.Instrument(tree, compilation.GetSemanticModel(tree));
        var meterTree = InstructionCounting.MeterTree((CSharpParseOptions)tree.Options);
        var instrumented = compilation.ReplaceSyntaxTree(tree, instrumentedTree).AddSyntaxTrees(meterTree);

        using var peStream = new MemoryStream();
        // An embedded portable PDB gives script exceptions "Program:line N" in their stack traces.
        var result = instrumented.Emit(peStream,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => new ScriptDiagnostic("PB0201", DiagnosticSeverity.Error, Line(d), 1,
                    "The host could not compile the instrumented script (names starting with __Pb are reserved): "
                    + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
                .ToList();
            return new ScriptImage(compiled, compiled.Diagnostics.Concat(errors).ToList(), null, instrumentedTree.ToString(), false);
        }
        return new ScriptImage(compiled, compiled.Diagnostics, peStream.ToArray(), instrumentedTree.ToString(), resettable);
    }

    /// <summary>A loaded copy for a new instance: one from the pool, else a newly loaded one.</summary>
    internal LoadedScript Rent() => Resettable && _pool.TryTake(out var copy) ? copy : new LoadedScript(AssemblyBytes!);

    /// <summary>The instance using <paramref name="copy"/> ended: pooled when resettable, else unloaded.</summary>
    internal void Return(LoadedScript copy)
    {
        if (Resettable)
            _pool.Add(copy);
        else
            copy.Unload();
    }

    static int Line(Diagnostic d)
    {
        var span = d.Location.GetMappedLineSpan();
        return span.Path == "Program" ? span.StartLinePosition.Line + 1 : 0;
    }

    /// <summary>
    /// Creates the script object for one programmable block the game's way and runs its constructor
    /// (counted, with the same limits as a run). Check <see cref="ScriptInstance.IsTerminated"/> and
    /// <see cref="ScriptInstance.ConstructorOutcome"/> afterwards.
    /// </summary>
    /// <exception cref="InvalidOperationException">The image has errors.</exception>
    public ScriptInstance Instantiate(ProgramContext context, string? storage = null, RunLimits? limits = null)
    {
        if (AssemblyBytes == null)
            throw new InvalidOperationException("The script did not compile: " +
                string.Join("; ", Errors.Select(e => e.ToString())));
        return new ScriptInstance(this, context, storage ?? "", limits ?? RunLimits.Game);
    }
}
