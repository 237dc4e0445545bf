using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing.Minifier;

/// <summary>A rewriter that visits Program's members but not Program's own header and braces (which the composer
/// drops), and every other top-level declaration whole, as MDK2's minifier steps do.</summary>
abstract class ProgramBodyRewriter(bool visitIntoStructuredTrivia) : CSharpSyntaxRewriter(visitIntoStructuredTrivia)
{
    public CompilationUnitSyntax Rewrite(CompilationUnitSyntax root)
    {
        var members = new List<MemberDeclarationSyntax>();
        foreach (var member in root.Members)
        {
            if (member is ClassDeclarationSyntax { Identifier.Text: "Program" } program)
            {
                var body = program.Members.Select(m => Visit(m)).OfType<MemberDeclarationSyntax>();
                members.Add(program.WithMembers(SyntaxFactory.List(body)));
            }
            else if (Visit(member) is MemberDeclarationSyntax visited)
                members.Add(visited);
        }
        return root.WithMembers(SyntaxFactory.List(members));
    }
}
