using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ShipSim.Toolchain.GameCompiler;

/// <summary>The outcome of compiling a script as the game does.</summary>
public sealed class CompileResult
{
    public required IReadOnlyList<ScriptDiagnostic> Diagnostics { get; init; }
    public required int Length { get; init; }
    /// <summary>The checked compilation of the wrapped script (null when it did not parse).</summary>
    public CSharpCompilation? Compilation { get; init; }
    public bool Success => Diagnostics.All(d => !d.IsError);
    public IEnumerable<ScriptDiagnostic> Errors => Diagnostics.Where(d => d.IsError);
}

/// <summary>
/// Compiles a packed script exactly as the game does (game-behaviour.md section 1): wrapped in the game's
/// usings and Program class, C# 6, against .NET Framework 4.8 and the in-game API, and refused for what the
/// game refuses: text over 100,000 characters, using directives, a Program without a parameterless
/// constructor, prohibited language elements, and types or members outside the game's whitelist.
/// </summary>
public static class GameCompiler
{
    public const int MaxScriptLength = 100_000;

    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.CSharp6, DocumentationMode.None, SourceCodeKind.Regular);

    public static CompileResult Compile(string script, Allowlist? allowlist = null)
    {
        allowlist ??= Allowlist.Default;
        script = script.Replace("\r\n", "\n");
        var diagnostics = new List<ScriptDiagnostic>();
        if (script.Length > MaxScriptLength)
            diagnostics.Add(new(ScriptDiagnostic.Ids.TooLong, DiagnosticSeverity.Error, 1, 1,
                $"The script is {script.Length:N0} characters; the game refuses scripts over {MaxScriptLength:N0}."));

        var tree = CSharpSyntaxTree.ParseText(GamePrologue.Wrap(script), ParseOptions, path: "");
        var compilation = CSharpCompilation.Create(
            "Program",
            [tree],
            GameReferences.Get(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release, allowUnsafe: false, warningLevel: 4));

        var rules = ScriptRules.Check(tree, compilation.GetSemanticModel(tree), allowlist);
        diagnostics.AddRange(rules);
        var ruleLines = rules.Where(r => r.Id == ScriptDiagnostic.Ids.UsingDirective).Select(r => r.Line).ToHashSet();
        foreach (var d in compilation.GetDiagnostics())
        {
            if (d.Severity < DiagnosticSeverity.Warning || d.Id == "CS8019" /* unused using */ || d.Id == "CS0105")
                continue;
            var mapped = Map(d);
            // A stray using directive confuses the parser; our own message says what is wrong.
            if (ruleLines.Contains(mapped.Line))
                continue;
            diagnostics.Add(mapped);
        }
        return new CompileResult
        {
            Diagnostics = diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList(),
            Length = script.Length,
            Compilation = compilation,
        };
    }

    internal static ScriptDiagnostic Map(Diagnostic d) => Map(d.Id, d.Severity, d.Location, d.GetMessage(CultureInfo.InvariantCulture));

    internal static ScriptDiagnostic Map(string id, DiagnosticSeverity severity, Location location, string message)
    {
        var span = location.GetMappedLineSpan();
        // Lines outside the script (the game's own prologue) are reported at line 0.
        var line = span.Path == "Program" ? span.StartLinePosition.Line + 1 : 0;
        return new ScriptDiagnostic(id, severity, line, span.StartLinePosition.Character + 1, message);
    }
}
