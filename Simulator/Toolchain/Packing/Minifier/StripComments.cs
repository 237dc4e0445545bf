using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing.Minifier;

/// <summary>
/// Stripcomments: every comment goes, with the spaces before it, as MDK2 2.2.10 does it. A comment before a token
/// takes the rest of its line with it (its line break too; for a doc comment, the indentation after it); a
/// comment after a token leaves the line break. Preserved trivia stays, and so does whatever follows it except
/// the first whitespace after it. Where a comment alone kept two words apart, a space takes its place.
/// </summary>
public static class StripComments
{
    public static CompilationUnitSyntax Run(CompilationUnitSyntax root) => new Rewriter().Rewrite(root);

    sealed class Rewriter() : ProgramBodyRewriter(visitIntoStructuredTrivia: true)
    {
        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            var previous = token.GetPreviousToken();
            token = base.VisitToken(token);
            var leading = Strip(token.LeadingTrivia, trailing: false);
            // return/**/x must not become returnx.
            var touching = token.LeadingTrivia.FullSpan.Length
                + previous.TrailingTrivia.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Sum(t => t.FullSpan.Length) == 0;
            if (touching && CompactWhitespace.Collide(previous.Kind(), token.Kind()))
                leading.Add(SyntaxFactory.Whitespace(" "));
            return token.WithLeadingTrivia(leading).WithTrailingTrivia(Strip(token.TrailingTrivia, trailing: true));
        }

        static List<SyntaxTrivia> Strip(SyntaxTriviaList trivia, bool trailing)
        {
            var kept = new List<SyntaxTrivia>();
            var afterPreserved = false;
            for (var i = 0; i < trivia.Count; i++)
            {
                var item = trivia[i];
                if (item.IsPreserved())
                {
                    afterPreserved = true;
                    kept.Add(item);
                    continue;
                }
                if (afterPreserved && item.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    afterPreserved = false;
                    continue;
                }
                if (item.Kind() is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
                    or SyntaxKind.DocumentationCommentExteriorTrivia or SyntaxKind.SingleLineDocumentationCommentTrivia
                    or SyntaxKind.MultiLineDocumentationCommentTrivia)
                {
                    while (i < trivia.Count && !trivia[i].IsKind(SyntaxKind.EndOfLineTrivia))
                        i++;
                    if (trailing)
                        i--;
                    while (kept.Count > 0 && kept[^1].IsKind(SyntaxKind.WhitespaceTrivia))
                        kept.RemoveAt(kept.Count - 1);
                    continue;
                }
                kept.Add(item);
            }
            return kept;
        }
    }
}
