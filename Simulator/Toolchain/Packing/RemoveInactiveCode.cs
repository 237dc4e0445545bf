using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ShipSim.Toolchain.Packing;

/// <summary>Step 2: drop the code that #if left out and the conditional directives themselves
/// (Roslyn has already decided which branches are active for the configuration's symbols).</summary>
public static class RemoveInactiveCode
{
    public static SyntaxTree Run(SyntaxTree tree)
    {
        var root = tree.GetRoot();
        if (!root.DescendantTrivia(descendIntoTrivia: true).Any(IsConditional))
            return tree;
        var rewritten = new Rewriter().Visit(root);
        return tree.WithRootAndOptions(rewritten, tree.Options);
    }

    static bool IsConditional(SyntaxTrivia t) => t.Kind() is SyntaxKind.DisabledTextTrivia
        or SyntaxKind.IfDirectiveTrivia or SyntaxKind.ElifDirectiveTrivia or SyntaxKind.ElseDirectiveTrivia
        or SyntaxKind.EndIfDirectiveTrivia or SyntaxKind.DefineDirectiveTrivia or SyntaxKind.UndefDirectiveTrivia;

    sealed class Rewriter() : CSharpSyntaxRewriter(visitIntoStructuredTrivia: false)
    {
        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            if (!token.LeadingTrivia.Any(IsConditional))
                return token;
            var kept = new List<SyntaxTrivia>();
            var list = token.LeadingTrivia;
            for (var i = 0; i < list.Count; i++)
            {
                // A directive's own line goes with it, indentation included.
                if (list[i].IsKind(SyntaxKind.WhitespaceTrivia) && i + 1 < list.Count && IsConditional(list[i + 1]))
                    continue;
                if (!IsConditional(list[i]))
                    kept.Add(list[i]);
            }
            return token.WithLeadingTrivia(kept);
        }
    }
}
