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

        public override SyntaxNode? VisitInterpolatedStringExpression(InterpolatedStringExpressionSyntax node)
        {
            if (node.IsPreserved())
            {
                if (!_inPreserved)
                {
                    _inPreserved = true;
                    if (!StartsLine(node))
                    {
                        _lineStart = LinePosition.Zero;
                        return node.WithLeadingTrivia(node.GetLeadingTrivia().Insert(0, NewLine()));
                    }
                }
                return node;
            }
            _inPreserved = false;
            var span = node.GetLocation().GetLineSpan();
            if (node.Span.Length < LineWidth && ColumnOf(span.EndLinePosition) > LineWidth)
            {
                _lineStart = span.EndLinePosition;
                return node.WithLeadingTrivia(NewLine());
            }
            return node;
        }

        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            token = base.VisitToken(token);
            if (token.IsKind(SyntaxKind.None))
                return token;
            if (token.IsPreserved())
            {
                if (!_inPreserved)
                {
                    _inPreserved = true;
                    if (!StartsLine(token.Parent!))
                    {
                        _lineStart = LinePosition.Zero;
                        return token.WithLeadingTrivia(token.LeadingTrivia.Insert(0, NewLine()));
                    }
                }
                return token;
            }
            _inPreserved = false;
            var span = token.GetLocation().GetLineSpan();
            if (token.Span.Length < LineWidth && ColumnOf(span.EndLinePosition) > LineWidth)
            {
                _lineStart = span.EndLinePosition;
                return token.WithLeadingTrivia(NewLine());
            }
            return token;
        }
    }
}
