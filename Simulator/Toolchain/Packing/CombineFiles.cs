using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing;

/// <summary>Step 6b: one compilation unit of every file's declarations, in file order, with the files' using
/// directives (the first of each name) so that later steps can still resolve names.</summary>
public static class CombineFiles
{
    public static CompilationUnitSyntax Run(IEnumerable<ParsedFile> files)
    {
        var roots = files.Select(f => f.Tree.GetCompilationUnitRoot()).ToList();
        var usings = roots.SelectMany(r => r.DescendantNodes().OfType<UsingDirectiveSyntax>())
            .GroupBy(u => u.Name?.ToString()).Select(g => g.First());
        var members = roots.SelectMany(r => r.Members).Where(m => m is not BaseNamespaceDeclarationSyntax);
        return SyntaxFactory.CompilationUnit().AddUsings(usings.ToArray()).AddMembers(members.ToArray());
    }
}
