using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ShipSim.Toolchain.Packing;

/// <summary>Slices of source text, moved left as the packer lifts code out of its namespace and class.</summary>
public static class ScriptText
{
    /// <summary>The column at which the node's first token starts.</summary>
    public static int IndentOf(SyntaxNode node) =>
        node.SyntaxTree.GetLineSpan(node.Span).StartLinePosition.Character;

    /// <summary>The text of <paramref name="span"/>, each line moved left by up to <paramref name="columns"/>
    /// whitespace characters, except lines inside a multi-line string literal.</summary>
    public static string Unindent(SyntaxTree tree, TextSpan span, int columns)
    {
        var text = tree.GetText();
        var root = tree.GetRoot();
        var literalSpans = root.DescendantTokens(span)
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken))
            .Where(t => t.Text.Contains('\n'))
            .Select(t => t.Span)
            .ToList();
        var result = new StringBuilder(span.Length);
        var position = span.Start;
        var atLineStart = text.Lines.GetLinePosition(span.Start).Character == 0;
        while (position < span.End)
        {
            var line = text.Lines.GetLineFromPosition(position);
            var end = Math.Min(line.EndIncludingLineBreak, span.End);
            var start = position;
            var insideLiteral = literalSpans.Any(s => s.Start < position && position < s.End);
            if (atLineStart && !insideLiteral)
            {
                var removed = 0;
                while (removed < columns && start < end && (text[start] == ' ' || text[start] == '\t'))
                {
                    start++;
                    removed++;
                }
            }
            result.Append(text.ToString(TextSpan.FromBounds(start, end)));
            position = end;
            atLineStart = true;
        }
        return result.ToString();
    }
}
