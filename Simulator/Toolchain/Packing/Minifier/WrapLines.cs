using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ShipSim.Toolchain.Packing.Minifier;

/// <summary>
/// Lite, second job: line breaks put back as MDK2 2.2.10 puts them: before a token (or interpolated string) that
/// would end past column 120, and before the first token of preserved code that does not start a line. Columns
/// are those of the compacted text, counted from the end of the last token moved to a new line (MDK2's way, so
/// a line may run past 120 by the length of that token).
/// </summary>
public static class WrapLines
{
    const int LineWidth = 120;

    public static CompilationUnitSyntax Run(CompilationUnitSyntax root)
    {
        // Positions are read from the tree being visited: give the root a tree of its own first.
        root = (CompilationUnitSyntax)CSharpSyntaxTree.Create(root, ScriptCompilation.ParseOptions).GetRoot();
        return new Rewriter().Rewrite(root);
    }

    static SyntaxTrivia NewLine() => SyntaxFactory.EndOfLine("\n").WithAdditionalAnnotations(Preserve.Keep);

    sealed class Rewriter() : ProgramBodyRewriter(visitIntoStructuredTrivia: true)
    {
        bool _inPreserved;
        LinePosition _lineStart;

        int ColumnOf(LinePosition end)
        {
            if (end.Line == _lineStart.Line)
                return end.Character - _lineStart.Character;
            _lineStart = new LinePosition(end.Line, 0);
            return end.Character;
        }

        static bool StartsLine(SyntaxNode node) =>
            node.GetLeadingTrivia().Any(SyntaxKind.EndOfLineTrivia)
            || node.GetFirstToken().GetPreviousToken().TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);

        enum Break { None, BeforeTrivia, InsteadOfTrivia }

        // Where a token (or a whole interpolated string, which MDK2 does not look into) gets a line break.
        Break Decide(bool preserved, SyntaxNode lineStartProbe, Location location, int length)
        {
            if (preserved)
            {
                if (_inPreserved)
                    return Break.None;
                _inPreserved = true;
                if (StartsLine(lineStartProbe))
                    return Break.None;
                _lineStart = LinePosition.Zero;
                return Break.BeforeTrivia;
            }
            _inPreserved = false;
            var end = location.GetLineSpan().EndLinePosition;
            if (length >= LineWidth || ColumnOf(end) <= LineWidth)
                return Break.None;
            _lineStart = end;
            return Break.InsteadOfTrivia;
        }

        public override SyntaxNode? VisitInterpolatedStringExpression(InterpolatedStringExpressionSyntax node) =>
            Decide(node.IsPreserved(), node, node.GetLocation(), node.Span.Length) switch
            {
                Break.BeforeTrivia => node.WithLeadingTrivia(node.GetLeadingTrivia().Insert(0, NewLine())),
                Break.InsteadOfTrivia => node.WithLeadingTrivia(NewLine()),
                _ => node,
            };

        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            token = base.VisitToken(token);
            if (token.IsKind(SyntaxKind.None))
                return token;
            return Decide(token.IsPreserved(), token.Parent!, token.GetLocation(), token.Span.Length) switch
            {
                Break.BeforeTrivia => token.WithLeadingTrivia(token.LeadingTrivia.Insert(0, NewLine())),
                Break.InsteadOfTrivia => token.WithLeadingTrivia(NewLine()),
                _ => token,
            };
        }
    }
}
