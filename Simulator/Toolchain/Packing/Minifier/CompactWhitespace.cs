using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing.Minifier;

/// <summary>
/// Lite, first job: every space and line break between tokens goes, except preserved trivia, and one space is
/// put back where two words would otherwise run together (<c>return x</c>) or two minus signs would become a
/// decrement, as MDK2 2.2.10 does it. Unlike MDK2, a space also stays between plus signs and between a sign and
/// an increment or decrement: MDK2 writes <c>i + ++j</c> as <c>i+++j</c>, which C# reads as <c>i++ + j</c>.
/// </summary>
public static class CompactWhitespace
{
    public static CompilationUnitSyntax Run(CompilationUnitSyntax root) => new Rewriter().Rewrite(root);

    /// <summary>True when the two tokens need a space between them.</summary>
    public static bool Collide(SyntaxKind first, SyntaxKind second) =>
        (IsWord(first) && IsWord(second)) || (first, second) is (SyntaxKind.MinusToken, SyntaxKind.MinusToken)
            or (SyntaxKind.PlusToken, SyntaxKind.PlusToken)
            or (SyntaxKind.PlusToken or SyntaxKind.PlusPlusToken, SyntaxKind.PlusToken or SyntaxKind.PlusPlusToken)
            or (SyntaxKind.MinusToken or SyntaxKind.MinusMinusToken, SyntaxKind.MinusToken or SyntaxKind.MinusMinusToken);

    static bool IsWord(SyntaxKind kind) =>
        kind is SyntaxKind.IdentifierToken or SyntaxKind.NumericLiteralToken || SyntaxFacts.IsKeywordKind(kind);

    sealed class Rewriter() : ProgramBodyRewriter(visitIntoStructuredTrivia: false)
    {
        public override SyntaxTrivia VisitTrivia(SyntaxTrivia trivia)
        {
            trivia = base.VisitTrivia(trivia);
            return trivia.IsKind(SyntaxKind.EndOfLineTrivia) && trivia.ToString() == "\r\n"
                ? trivia.CopyAnnotationsTo(SyntaxFactory.EndOfLine("\n"))
                : trivia;
        }

        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            var previous = token.GetPreviousToken();
            token = base.VisitToken(token);
            token = token.WithLeadingTrivia(token.LeadingTrivia.Where(t => t.IsPreserved()))
                .WithTrailingTrivia(token.TrailingTrivia.Where(t => t.IsPreserved()));
            var spaced = token.LeadingTrivia.FullSpan.Length + previous.TrailingTrivia.Where(t => t.IsPreserved()).Sum(t => t.FullSpan.Length) > 0;
            if (!spaced && Collide(previous.Kind(), token.Kind()))
                token = token.WithLeadingTrivia(SyntaxFactory.Whitespace(" "));
            return token;
        }
    }
}
