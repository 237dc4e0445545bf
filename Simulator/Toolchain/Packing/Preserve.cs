using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing;

/// <summary>
/// Marks on syntax that the minifier must leave as written: code inside a <c>#region mdk preserve</c> (MDK2's
/// rule: a region whose tags contain "preserve"), and what the game calls by name (Program, its constructor,
/// Main and Save).
/// </summary>
public static class Preserve
{
    /// <summary>The annotation kind; its data holds the tags of the regions around the code.</summary>
    public const string Kind = "Pack.Region";

    public static SyntaxAnnotation Tags(string tags) => new(Kind, tags);

    public static readonly SyntaxAnnotation Keep = Tags("preserve");

    static bool Has(IEnumerable<SyntaxAnnotation> annotations) =>
        annotations.Any(a => a.Data != null && a.Data.Contains("preserve", StringComparison.Ordinal));

    public static bool IsPreserved(this SyntaxNode node) => Has(node.GetAnnotations(Kind));
    public static bool IsPreserved(this SyntaxToken token) => Has(token.GetAnnotations(Kind));
    public static bool IsPreserved(this SyntaxTrivia trivia) => Has(trivia.GetAnnotations(Kind));

    /// <summary>True for <c>#region preserve</c> or <c>#region mdk ... preserve ...</c> (any case), as MDK2 reads a
    /// region around a declaration of a namespace.</summary>
    public static bool IsPreserveRegion(RegionDirectiveTriviaSyntax region)
    {
        var content = region.ToFullString().Trim()["#region".Length..].Trim();
        if (content.StartsWith("mdk", StringComparison.OrdinalIgnoreCase))
            content = content[3..].Trim();
        return content.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag.Equals("preserve", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The node with every node, token and trivia in it marked preserved.</summary>
    public static T Mark<T>(T node) where T : SyntaxNode => (T)new Marker().Visit(node)!;

    sealed class Marker() : CSharpSyntaxRewriter(visitIntoStructuredTrivia: false)
    {
        public override SyntaxNode? Visit(SyntaxNode? node) => base.Visit(node)?.WithAdditionalAnnotations(Keep);
        public override SyntaxToken VisitToken(SyntaxToken token) => base.VisitToken(token).WithAdditionalAnnotations(Keep);
        public override SyntaxTrivia VisitTrivia(SyntaxTrivia trivia) => base.VisitTrivia(trivia).WithAdditionalAnnotations(Keep);
    }
}
