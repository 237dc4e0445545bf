using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ShipSim.Toolchain.GameCompiler;

namespace ShipSim.Toolchain.Packing;

/// <summary>The script as one compilation unit, compiled against the game's references for the steps that need
/// to know what a name means.</summary>
public static class ScriptCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp6);

    public static CSharpCompilation Create(CompilationUnitSyntax root) =>
        CSharpCompilation.Create("Script", [CSharpSyntaxTree.Create(root, ParseOptions)], GameReferences.Get(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static SemanticModel Model(CompilationUnitSyntax root)
    {
        var compilation = Create(root);
        return compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
    }
}
