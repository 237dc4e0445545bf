using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing;

/// <summary>
/// Step 7: remove <c>#region</c>/<c>#endregion</c> lines, mark the code of each named region with its tags (code in
/// a region tagged <c>preserve</c>, such as <c>#region mdk preserve</c>, is left alone by the minifier), and
/// replace macros in string literals and comments.
/// </summary>
/// <remarks>
/// Line for line as MDK2 2.2.10 does it: a <c>#region</c> line goes with its indentation; the <c>#endregion</c> of a
/// named region goes without it, so it leaves its indentation behind as a line of spaces. String literals are
/// kept as written (MDK2 writes each one anew, which turns verbatim strings into regular ones and drops the
/// space after them): only their macros are replaced, escaped for the kind of literal.
/// </remarks>
public static partial class RemoveRegions
{
    public static CompilationUnitSyntax Run(CompilationUnitSyntax root, IReadOnlyDictionary<string, string> macros) =>
        (CompilationUnitSyntax)new Rewriter(macros).Visit(root)!;

    [GeneratedRegex(@"^\s*#region\s+(mdk\s+)?(?<tags>.*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedRegion();

    // One open region: the tags it marks code with (null: none), and whether it was named.
    readonly record struct Region(SyntaxAnnotation? Tags, bool Named);

    sealed class Rewriter : CSharpSyntaxRewriter
    {
        readonly IReadOnlyDictionary<string, string> _macros;
        readonly Stack<Region> _open = new();

        public Rewriter(IReadOnlyDictionary<string, string> macros) : base(visitIntoStructuredTrivia: true)
        {
            _macros = macros;
            _open.Push(new Region(null, true));
        }

        SyntaxAnnotation? Current => _open.Peek().Tags;

        public override SyntaxNode? Visit(SyntaxNode? node)
        {
            node = base.Visit(node);
            if (node == null)
                return null;
            var tags = Current;
            if (tags == null && IsDeclaration(node))
                tags = node.GetFirstToken().GetAnnotations(Preserve.Kind).FirstOrDefault(a => a.Data?.Contains("preserve") == true);
            return tags != null ? node.WithAdditionalAnnotations(tags) : node;
        }

        static bool IsDeclaration(SyntaxNode node) => node is ClassDeclarationSyntax or PropertyDeclarationSyntax
            or EventDeclarationSyntax or VariableDeclaratorSyntax or EnumDeclarationSyntax or EnumMemberDeclarationSyntax
            or ConstructorDeclarationSyntax or DelegateDeclarationSyntax or MethodDeclarationSyntax or StructDeclarationSyntax
            or InterfaceDeclarationSyntax or TypeParameterSyntax or ParameterSyntax or AnonymousObjectMemberDeclaratorSyntax
            or ForEachStatementSyntax;

        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            token = base.VisitToken(token);
            if (token.IsKind(SyntaxKind.StringLiteralToken) && Macro.Contains(token.Text))
                token = WithMacrosReplaced(token);
            if (Current != null)
                token = token.WithAdditionalAnnotations(Current);
            if (token.HasStructuredTrivia)
                token = token.WithLeadingTrivia(WithoutRegionLines(token.LeadingTrivia)).WithTrailingTrivia(WithoutRegionLines(token.TrailingTrivia));
            return token;
        }

        SyntaxToken WithMacrosReplaced(SyntaxToken literal)
        {
            var verbatim = literal.Text.StartsWith('@');
            var text = Macro.Replace(literal.Text, _macros, value => verbatim
                ? value.Replace("\"", "\"\"")
                : SymbolDisplay.FormatLiteral(value, quote: true)[1..^1]);
            var value = Macro.Replace(literal.ValueText, _macros);
            return SyntaxFactory.Literal(literal.LeadingTrivia, text, value, literal.TrailingTrivia);
        }

        // A region line goes with the spaces before it on its line.
        static SyntaxTriviaList WithoutRegionLines(SyntaxTriviaList trivia)
        {
            var kept = new List<SyntaxTrivia>();
            foreach (var item in trivia)
            {
                if (item.GetStructure() is RegionDirectiveTriviaSyntax or EndRegionDirectiveTriviaSyntax)
                {
                    while (kept.Count > 0 && kept[^1].IsKind(SyntaxKind.WhitespaceTrivia))
                        kept.RemoveAt(kept.Count - 1);
                    continue;
                }
                kept.Add(item);
            }
            return SyntaxFactory.TriviaList(kept);
        }

        public override SyntaxTrivia VisitTrivia(SyntaxTrivia trivia)
        {
            trivia = base.VisitTrivia(trivia);
            if (trivia.Kind() is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia)
            {
                var text = trivia.ToFullString();
                if (Macro.Contains(text))
                    trivia = SyntaxFactory.Comment(Macro.Replace(text, _macros));
            }
            else if (trivia.Kind() is SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia)
            {
                var text = trivia.ToFullString();
                if (Macro.Contains(text))
                    trivia = SyntaxFactory.ParseLeadingTrivia(Macro.Replace(text, _macros)).FirstOrDefault(t => !t.IsKind(SyntaxKind.None));
            }
            return Current != null ? trivia.WithAdditionalAnnotations(Current) : trivia;
        }

        public override SyntaxNode? VisitRegionDirectiveTrivia(RegionDirectiveTriviaSyntax node)
        {
            var visited = base.VisitRegionDirectiveTrivia(node);
            var match = NamedRegion().Match(node.ToString().Trim());
            if (match.Success)
            {
                var tags = string.Join(" ", match.Groups["tags"].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (Current != null)
                    tags = Current.Data + " " + tags;
                _open.Push(new Region(Preserve.Tags(tags), true));
                return node;
            }
            _open.Push(_open.Peek() with { Named = false });
            return Current != null ? visited?.WithAdditionalAnnotations(Current) : visited;
        }

        // The end of a named region disappears here, before the line's spaces can go with it.
        public override SyntaxNode? VisitEndRegionDirectiveTrivia(EndRegionDirectiveTriviaSyntax node)
        {
            var closed = _open.Count > 1 ? _open.Pop() : _open.Peek();
            if (closed.Named)
                return null;
            return Current != null ? node.WithAdditionalAnnotations(Current) : node;
        }
    }
}
