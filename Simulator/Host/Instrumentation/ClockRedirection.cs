using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Host.Instrumentation;

/// <summary>
/// Points a script's <c>DateTime.Now</c>, <c>DateTime.UtcNow</c> and <c>DateTime.Today</c> at the world's clock
/// instead of this machine's: each becomes <c>global::__PbClock.Now</c> (and so on), a class added to the script's
/// own assembly whose <see cref="SourceField"/> the host sets to <see cref="ProgramContext.Clock"/>.
/// In the game these read the server's wall clock, which a real-time game keeps in step with game time; the
/// simulator runs faster than real time, so the wall clock would make a self-timing script wrong and every
/// run different. Reading the world's start time plus game time is our choice (docs/simulator.md).
/// The world's clock has no time zone: Now and UtcNow show the same digits, with the kinds the game's have
/// (Local and Utc). Replacements never add a line break, so script line numbers stay as they were.
/// </summary>
public static class ClockRedirection
{
    /// <summary>The clock class compiled into every script assembly (names starting with __Pb are reserved).</summary>
    public const string ClockType = "__PbClock";

    /// <summary>The static <c>Func&lt;DateTime&gt;</c> field of <see cref="ClockType"/> the host binds.</summary>
    public const string SourceField = "Source";

    static readonly string[] ClockProperties = ["Now", "UtcNow", "Today"];

    // C# 6, like the script. The host sets Source before the script's constructor (or any static initializer) runs.
    const string ClockSource = """
        internal static class __PbClock
        {
            internal static System.Func<System.DateTime> Source;
            public static System.DateTime Now { get { return System.DateTime.SpecifyKind(Source(), System.DateTimeKind.Local); } }
            public static System.DateTime UtcNow { get { return System.DateTime.SpecifyKind(Source(), System.DateTimeKind.Utc); } }
            public static System.DateTime Today { get { return Now.Date; } }
        }
        """;

    /// <summary>Rewrites the script's tree (the compilation's only tree) and adds the clock class. Returns the new
    /// compilation and the script's tree in it, for the next instrumentation step.</summary>
    public static (CSharpCompilation Compilation, SyntaxTree Script) Apply(CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        var options = (CSharpParseOptions)tree.Options;
        var clockTree = CSharpSyntaxTree.ParseText(ClockSource, options, ClockType + ".cs", System.Text.Encoding.UTF8);
        var root = new Rewriter(compilation.GetSemanticModel(tree)).Visit(tree.GetRoot());
        if (root == tree.GetRoot())
            return (compilation.AddSyntaxTrees(clockTree), tree);
        var rewritten = tree.WithRootAndOptions(root, options);
        return (compilation.ReplaceSyntaxTree(tree, rewritten).AddSyntaxTrees(clockTree), rewritten);
    }

    sealed class Rewriter(SemanticModel model) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
        {
            if (model.GetSymbolInfo(node).Symbol is IPropertySymbol { IsStatic: true } property
                && property.ContainingType.SpecialType == SpecialType.System_DateTime
                && ClockProperties.Contains(property.Name))
            {
                var clock = SyntaxFactory.ParseExpression($"global::{ClockType}.{property.Name}");
                // In an interpolated string's hole a "::" would start the format ($"{global::...}" reads as the
                // expression "global" with a format), so there the clock is read in parentheses.
                if (node.Ancestors().Any(a => a is InterpolationSyntax))
                    clock = SyntaxFactory.ParenthesizedExpression(clock);
                return clock.WithTriviaFrom(node);
            }
            return base.VisitMemberAccessExpression(node);
        }
    }
}
