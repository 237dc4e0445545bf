using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing.Minifier;

/// <summary>What the game calls by name stays as written: Program, its parameterless constructor, Main and Save
/// (the declarations and their identifiers are marked preserved).</summary>
public static class ProtectEntryPoints
{
    public static CompilationUnitSyntax Run(CompilationUnitSyntax root)
    {
        var program = root.Members.OfType<ClassDeclarationSyntax>().FirstOrDefault(c => c.Identifier.Text == "Program");
        if (program == null)
            return root;
        var marked = program.WithIdentifier(program.Identifier.WithAdditionalAnnotations(Preserve.Keep)).WithAdditionalAnnotations(Preserve.Keep);
        var entryPoints = marked.Members.Where(m => m switch
        {
            ConstructorDeclarationSyntax c => c.ParameterList.Parameters.Count == 0,
            MethodDeclarationSyntax { Identifier.Text: "Main" or "Save" } => true,
            _ => false,
        });
        marked = marked.ReplaceNodes(entryPoints, (_, m) => m switch
        {
            ConstructorDeclarationSyntax c => c.WithIdentifier(c.Identifier.WithAdditionalAnnotations(Preserve.Keep)).WithAdditionalAnnotations(Preserve.Keep),
            MethodDeclarationSyntax method => method.WithIdentifier(method.Identifier.WithAdditionalAnnotations(Preserve.Keep)).WithAdditionalAnnotations(Preserve.Keep),
            _ => m,
        });
        return root.ReplaceNode(program, marked);
    }
}
