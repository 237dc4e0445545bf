using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing;

/// <summary>
/// Step 8: merge the parts of every partial type into its first part, as MDK2 does: the header written anew
/// (modifiers of all parts but <c>partial</c>, base types of all parts, laid out by Roslyn's normaliser), then
/// every part's members in file order with no line between parts; comments before a part's closing brace
/// follow its last member.
/// </summary>
public static class MergePartialTypes
{
    public static CompilationUnitSyntax Run(CompilationUnitSyntax root)
    {
        while (root.DescendantNodes().OfType<TypeDeclarationSyntax>().Any(IsPartial))
        {
            var model = ScriptCompilation.Model(root);
            root = (CompilationUnitSyntax)model.SyntaxTree.GetRoot();
            var first = root.DescendantNodes().OfType<TypeDeclarationSyntax>().First(IsPartial);
            var name = first.Identifier.ValueText;
            var parts = root.DescendantNodes().OfType<TypeDeclarationSyntax>().Where(t => t.Identifier.ValueText == name).ToList();
            var baseTypes = parts.SelectMany(p => p.BaseList?.Types ?? default)
                .Select(t => model.GetSymbolInfo(t.Type).Symbol).OfType<ITypeSymbol>()
                .Distinct<ITypeSymbol>(SymbolEqualityComparer.Default)
                .OrderByDescending(t => t.TypeKind == TypeKind.Class).ThenBy(t => t.Name, StringComparer.CurrentCulture)
                .Select(t => (BaseTypeSyntax)SyntaxFactory.SimpleBaseType(SyntaxFactory.ParseTypeName(t.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat))))
                .ToList();
            var modifiers = parts.SelectMany(p => p.Modifiers).Select(m => m.ValueText).Distinct().Where(m => m != "partial")
                .Select(m => SyntaxFactory.ParseToken(m));

            var merged = first;
            if (baseTypes.Count > 0)
                merged = merged.WithBaseList(SyntaxFactory.BaseList(SyntaxFactory.SeparatedList(baseTypes)));
            merged = merged.WithModifiers(SyntaxFactory.TokenList(modifiers)).NormalizeWhitespace().WithMembers(SyntaxFactory.List(MembersOf(parts)));
            if (HasClosingComments(first))
                merged = merged.WithCloseBraceToken(merged.CloseBraceToken.WithLeadingTrivia(
                    merged.CloseBraceToken.LeadingTrivia.Where(t => t.Kind() is SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia)));
            if (merged is ClassDeclarationSyntax && merged.GetTrailingTrivia().All(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
                merged = merged.WithTrailingTrivia(merged.GetTrailingTrivia().Add(SyntaxFactory.EndOfLine("\n")));

            root = root.TrackNodes(parts);
            root = root.RemoveNodes(parts.Skip(1).Select(p => root.GetCurrentNode(p)!), SyntaxRemoveOptions.KeepUnbalancedDirectives)!;
            root = root.ReplaceNode(root.GetCurrentNode(first)!, merged);
        }
        return root;
    }

    static bool IsPartial(TypeDeclarationSyntax type) => type.Modifiers.Any(m => m.ValueText == "partial");

    static bool HasMeaningfulTrivia(SyntaxTriviaList trivia) =>
        trivia.Any(t => t.Kind() is not (SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia));

    static bool HasClosingComments(TypeDeclarationSyntax part) =>
        part.Members.Count > 0 && HasMeaningfulTrivia(part.CloseBraceToken.LeadingTrivia);

    static IEnumerable<MemberDeclarationSyntax> MembersOf(IEnumerable<TypeDeclarationSyntax> parts)
    {
        foreach (var part in parts)
        {
            var members = part.Members.ToList();
            if (HasClosingComments(part))
                members[^1] = members[^1].WithTrailingTrivia(members[^1].GetTrailingTrivia().AddRange(part.CloseBraceToken.LeadingTrivia));
            foreach (var member in members)
                yield return member;
        }
    }
}

/// <summary>Step 9: Program goes before the first class, struct or interface (the order the minifier visits).</summary>
public static class PutProgramFirst
{
    public static CompilationUnitSyntax Run(CompilationUnitSyntax root)
    {
        var types = root.Members.OfType<TypeDeclarationSyntax>().ToList();
        if (types.Count == 0 || types[0].Identifier.Text == "Program")
            return root;
        var program = types.FirstOrDefault(t => t.Identifier.Text == "Program");
        if (program == null)
            return root;
        // Positions in the original list: a list with Program removed holds new node instances, which IndexOf
        // would not find. Program comes after the first type, so removing it leaves that type's position as is.
        var first = root.Members.IndexOf(types[0]);
        var members = root.Members.RemoveAt(root.Members.IndexOf(program));
        return root.WithMembers(members.Insert(first, program));
    }
}
