using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ShipSim.Toolchain.GameCompiler;

namespace ShipSim.Toolchain.Packing;

/// <summary>Step 2: the project must compile as C# 6 against the game's references before it is packed
/// (C# 7 features, for one, are only refused by the compiler, not the parser). Errors in using directives do not
/// count: the packer drops them (a using of a game namespace the stand-in lacks must not stop the pack).</summary>
public static class CheckCompiles
{
    public static void Run(IReadOnlyList<ParsedFile> files)
    {
        var compilation = CSharpCompilation.Create("PackCheck", files.Select(f => f.Tree), GameReferences.Get(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && !InUsingDirective(d))
            .ToList();
        if (errors.Count > 0)
            throw new PackException("The project does not compile as C# 6:\n" + string.Join("\n", errors.Select(ParseSources.Format)));
    }

    static bool InUsingDirective(Diagnostic d) =>
        d.Location.SourceTree?.GetRoot().FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf().Any(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.UsingDirectiveSyntax) == true;
}
