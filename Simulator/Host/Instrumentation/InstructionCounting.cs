using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ShipSim.Host.Instrumentation;

/// <summary>
/// Inserts the game's instruction counter into a wrapped, already checked script (docs/game-behaviour.md
/// section 2). A counter step
/// <code>if (++global::__PbMeter.Count &gt; global::__PbMeter.Max) global::__PbMeter.Fail();</code>
/// goes where the game's rewriter puts one: at the entry of every method, constructor, accessor, operator,
/// lambda and anonymous method; at the start of every if body and every else body (an <c>else if</c> is left
/// alone: only the nested if's own bodies count), every loop-body iteration, every switch section and every
/// catch; right before every <c>goto label;</c> (not <c>goto case</c>/<c>goto default</c>). A <c>using</c>
/// becomes try/finally, so its body and its finally (the Dispose) each count. Every finally body becomes
/// <c>if (!__PbMeter.Tripped) { count; body }</c>, so after a limit overflow no finally body runs. Callable
/// bodies also track the call-chain depth, entering before they count:
/// <c>__PbMeter.Enter(); try { count; body } finally { --__PbMeter.Depth; }</c> (iterators count but do not
/// track depth: their body runs on MoveNext, not on the call). Expression-bodied members and lambdas become
/// block bodies so that they count too. Every catch clause gets the filter
/// <c>when (!global::__PbMeter.Tripped)</c> (combined with its own filter), so once a limit overflows
/// nothing in the script can catch anything until the run ends.
/// Injected code never contains a line break, so line numbers of the instrumented text stay those of
/// the script (stack traces and diagnostics still point at script lines).
/// </summary>
public static class InstructionCounting
{
    /// <summary>Returns the instrumented tree, parsed again from its text with the same options.</summary>
    public static SyntaxTree Instrument(SyntaxTree tree, SemanticModel model)
    {
        var root = new CountingRewriter(model).Visit(tree.GetRoot());
        return CSharpSyntaxTree.ParseText(root.ToFullString(), (CSharpParseOptions)tree.Options, tree.FilePath,
            System.Text.Encoding.UTF8);
    }

    /// <summary>The meter's own syntax tree, to add to the instrumented compilation.</summary>
    public static SyntaxTree MeterTree(CSharpParseOptions options) =>
        CSharpSyntaxTree.ParseText(MeterSource.Source, options, "__PbMeter.cs", System.Text.Encoding.UTF8);

    sealed class CountingRewriter(SemanticModel model) : CSharpSyntaxRewriter
    {
        const string M = "global::" + MeterSource.MeterType;
        static readonly SyntaxTriviaList Space = TriviaList(Whitespace(" "));

        static StatementSyntax CountStep() =>
            ParseStatement($"if (++{M}.Count > {M}.Max) {M}.Fail();").WithTrailingTrivia(Space);

        static StatementSyntax EnterStep() => ParseStatement($"{M}.Enter();").WithTrailingTrivia(Space);

        static StatementSyntax ExitStep() => ParseStatement($"--{M}.Depth;");

        static ExpressionSyntax NotTripped() => ParseExpression($"!{M}.Tripped");

        // ---- callables ----

        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
            if (visited.Body != null)
                return visited.WithBody(WrapCallable(visited.Body, !IsIterator(node.Body)));
            if (visited.ExpressionBody != null)
            {
                var returnsVoid = node.ReturnType is PredefinedTypeSyntax p && p.Keyword.IsKind(SyntaxKind.VoidKeyword);
                var body = FromArrow(visited.ExpressionBody, visited.SemicolonToken, returnsVoid);
                return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(WrapCallable(body, true));
            }
            return visited;
        }

        public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
        {
            var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
            if (visited.Body != null)
                return visited.WithBody(WrapCallable(visited.Body, true));
            if (visited.ExpressionBody != null)
                return visited.WithExpressionBody(null).WithSemicolonToken(default)
                    .WithBody(WrapCallable(FromArrow(visited.ExpressionBody, visited.SemicolonToken, true), true));
            return visited;
        }

        public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node)
        {
            var visited = (OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!;
            if (visited.Body != null)
                return visited.WithBody(WrapCallable(visited.Body, !IsIterator(node.Body)));
            if (visited.ExpressionBody != null)
                return visited.WithExpressionBody(null).WithSemicolonToken(default)
                    .WithBody(WrapCallable(FromArrow(visited.ExpressionBody, visited.SemicolonToken, false), true));
            return visited;
        }

        public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
        {
            var visited = (ConversionOperatorDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!;
            if (visited.Body != null)
                return visited.WithBody(WrapCallable(visited.Body, !IsIterator(node.Body)));
            if (visited.ExpressionBody != null)
                return visited.WithExpressionBody(null).WithSemicolonToken(default)
                    .WithBody(WrapCallable(FromArrow(visited.ExpressionBody, visited.SemicolonToken, false), true));
            return visited;
        }

        public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        {
            var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
            if (visited.Body != null)
                return visited.WithBody(WrapCallable(visited.Body, !IsIterator(node.Body)));
            if (visited.ExpressionBody != null)
            {
                var returnsVoid = !node.IsKind(SyntaxKind.GetAccessorDeclaration);
                return visited.WithExpressionBody(null).WithSemicolonToken(default)
                    .WithBody(WrapCallable(FromArrow(visited.ExpressionBody, visited.SemicolonToken, returnsVoid), true));
            }
            return visited;
        }

        // C# 6 "int P => expr;" becomes "int P { get { ...; return expr; } }".
        public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
        {
            var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
            if (visited.ExpressionBody == null)
                return visited;
            var accessors = GetterFromArrow(visited.ExpressionBody, visited.SemicolonToken);
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors);
        }

        public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
        {
            var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
            if (visited.ExpressionBody == null)
                return visited;
            var accessors = GetterFromArrow(visited.ExpressionBody, visited.SemicolonToken);
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors);
        }

        public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
            VisitLambda(node, (LambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!);

        public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
            VisitLambda(node, (LambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!);

        public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
        {
            var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
            if (IsExpressionTree(node) || visited.Block == null)
                return visited;
            return visited.WithBlock(WrapCallable(visited.Block, true));
        }

        SyntaxNode VisitLambda(LambdaExpressionSyntax original, LambdaExpressionSyntax visited)
        {
            if (IsExpressionTree(original))
                return visited;
            if (visited.Block != null)
                return visited.WithBlock(WrapCallable(visited.Block, true));
            if (visited.ExpressionBody == null)
                return visited;
            var returnsVoid = model.GetSymbolInfo(original).Symbol is IMethodSymbol { ReturnsVoid: true };
            StatementSyntax statement = returnsVoid
                ? ExpressionStatement(visited.ExpressionBody, Token(SyntaxKind.SemicolonToken))
                : ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), visited.ExpressionBody,
                    Token(SyntaxKind.SemicolonToken));
            var block = WrapCallable(Block(statement), true);
            return visited.WithExpressionBody(null).WithBlock(block);
        }

        bool IsExpressionTree(ExpressionSyntax lambda)
        {
            var type = model.GetTypeInfo(lambda).ConvertedType;
            return type is INamedTypeSymbol { Name: "Expression", ContainingNamespace: { } ns }
                   && ns.ToDisplayString() == "System.Linq.Expressions";
        }

        static bool IsIterator(BlockSyntax? body) =>
            body != null && body.DescendantNodes(n => n is not (LambdaExpressionSyntax or AnonymousMethodExpressionSyntax))
                .OfType<YieldStatementSyntax>().Any();

        // "=> expr;" as a block "{ return expr; }" (or "{ expr; }"), keeping the arrow's and semicolon's trivia
        // on the braces so no line moves.
        static BlockSyntax FromArrow(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon, bool returnsVoid)
        {
            StatementSyntax statement = returnsVoid
                ? ExpressionStatement(arrow.Expression, Token(SyntaxKind.SemicolonToken))
                : ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), arrow.Expression,
                    Token(SyntaxKind.SemicolonToken));
            return Block(
                Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, arrow.ArrowToken.TrailingTrivia),
                SingletonList(statement),
                Token(semicolon.LeadingTrivia, SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));
        }

        static AccessorListSyntax GetterFromArrow(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon)
        {
            var body = WrapCallable(Block(ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space),
                arrow.Expression, Token(SyntaxKind.SemicolonToken))), true);
            var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, body)
                .WithKeyword(Token(SyntaxKind.GetKeyword).WithTrailingTrivia(Space));
            return AccessorList(
                Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, arrow.ArrowToken.TrailingTrivia),
                SingletonList(getter),
                Token(semicolon.LeadingTrivia, SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));
        }

        // { enter; try { count; body } finally { exit; } } - the original braces keep their trivia, the
        // injected code sits on the lines of the braces.
        static BlockSyntax WrapCallable(BlockSyntax body, bool trackDepth)
        {
            if (!trackDepth)
                return InsertCount(body);
            var open = body.OpenBraceToken;
            var close = body.CloseBraceToken;
            var inner = InsertCount(Block(
                Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(open.TrailingTrivia),
                body.Statements,
                Token(close.LeadingTrivia, SyntaxKind.CloseBraceToken, default)));
            var tryStatement = TryStatement(
                Token(SyntaxKind.TryKeyword),
                inner,
                default,
                FinallyClause(Token(SyntaxKind.FinallyKeyword), Block(ExitStep())));
            return Block(
                open.WithTrailingTrivia(),
                List(new[] { EnterStep(), tryStatement }),
                close.WithLeadingTrivia());
        }

        // ---- counted bodies ----

        // Inserts the count step right after "{", taking over the brace's trailing trivia (the line break).
        static BlockSyntax InsertCount(BlockSyntax block)
        {
            var open = block.OpenBraceToken;
            return block
                .WithOpenBraceToken(open.WithTrailingTrivia())
                .WithStatements(block.Statements.Insert(0, CountStep().WithTrailingTrivia(open.TrailingTrivia.Insert(0, Whitespace(" ")))));
        }

        // A body statement as a counted block: "{ count; S }", the braces taking S's outer trivia.
        static StatementSyntax Counted(StatementSyntax statement)
        {
            if (statement is BlockSyntax block)
                return InsertCount(block);
            var leading = statement.GetLeadingTrivia();
            var trailing = statement.GetTrailingTrivia();
            return Block(
                Token(leading, SyntaxKind.OpenBraceToken, default),
                List(new[] { CountStep(), statement.WithoutLeadingTrivia().WithoutTrailingTrivia() }),
                Token(default, SyntaxKind.CloseBraceToken, trailing));
        }

        public override SyntaxNode? VisitIfStatement(IfStatementSyntax node)
        {
            var visited = (IfStatementSyntax)base.VisitIfStatement(node)!;
            return visited.WithStatement(Counted(visited.Statement));
        }

        public override SyntaxNode? VisitElseClause(ElseClauseSyntax node)
        {
            var visited = (ElseClauseSyntax)base.VisitElseClause(node)!;
            if (visited.Statement is IfStatementSyntax)
                return visited; // else if: the nested if counts its own bodies
            var keyword = visited.ElseKeyword;
            if (keyword.TrailingTrivia.Count == 0)
                visited = visited.WithElseKeyword(keyword.WithTrailingTrivia(Space));
            return visited.WithStatement(Counted(visited.Statement));
        }

        public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
        {
            var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
            return visited.WithStatement(Counted(visited.Statement));
        }

        public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
        {
            var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
            var keyword = visited.DoKeyword;
            if (keyword.TrailingTrivia.Count == 0)
                visited = visited.WithDoKeyword(keyword.WithTrailingTrivia(Space));
            return visited.WithStatement(Counted(visited.Statement));
        }

        public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
        {
            var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
            return visited.WithStatement(Counted(visited.Statement));
        }

        public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
        {
            var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
            return visited.WithStatement(Counted(visited.Statement));
        }

        // "using (R r = e) S" as the game compiles it: "{ R r = e; try { count; S } finally { (dispose) } }", the
        // finally then counted and guarded like any other. Nested using resources become nested blocks.
        public override SyntaxNode? VisitUsingStatement(UsingStatementSyntax node)
        {
            var visited = (UsingStatementSyntax)base.VisitUsingStatement(node)!;
            var body = Counted(visited.Statement);
            var leading = visited.GetLeadingTrivia();
            var trailing = visited.GetTrailingTrivia();
            var resources = new List<(StatementSyntax Declaration, string Name)>();
            if (visited.Declaration is { } declaration)
            {
                foreach (var variable in declaration.Variables)
                    resources.Add((LocalDeclarationStatement(VariableDeclaration(declaration.Type.WithoutTrivia().WithTrailingTrivia(Space),
                        SingletonSeparatedList(variable.WithoutTrivia()))).WithTrailingTrivia(Space), variable.Identifier.Text));
            }
            else if (visited.Expression is { } expression)
            {
                var name = "__pbUsing" + node.SpanStart;
                var local = LocalDeclarationStatement(VariableDeclaration(IdentifierName("var").WithTrailingTrivia(Space),
                    SingletonSeparatedList(VariableDeclarator(Identifier(name).WithTrailingTrivia(Space))
                        .WithInitializer(EqualsValueClause(Token(SyntaxKind.EqualsToken).WithTrailingTrivia(Space), expression.WithoutTrivia())))));
                resources.Add((local.WithTrailingTrivia(Space), name));
            }
            StatementSyntax result = body;
            for (var i = resources.Count - 1; i >= 0; i--)
            {
                var dispose = ParseStatement($"((global::System.IDisposable){resources[i].Name})?.Dispose();");
                var tryStatement = TryStatement(Token(SyntaxKind.TryKeyword).WithTrailingTrivia(Space),
                    result is BlockSyntax b ? b : Block(result), default,
                    FinallyClause(Token(SyntaxKind.FinallyKeyword).WithLeadingTrivia(Space).WithTrailingTrivia(Space),
                        GuardedFinally(Block(dispose))));
                result = Block(Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(Space),
                    List(new[] { resources[i].Declaration, tryStatement }), Token(default, SyntaxKind.CloseBraceToken, default));
            }
            return result.WithLeadingTrivia(leading).WithTrailingTrivia(trailing);
        }

        // "goto L;" counts right before the jump; goto case and goto default do not count.
        public override SyntaxNode? VisitGotoStatement(GotoStatementSyntax node)
        {
            var visited = (GotoStatementSyntax)base.VisitGotoStatement(node)!;
            if (!visited.IsKind(SyntaxKind.GotoStatement))
                return visited;
            return Block(
                Token(visited.GetLeadingTrivia(), SyntaxKind.OpenBraceToken, TriviaList(Space)),
                List(new[] { CountStep(), visited.WithoutLeadingTrivia().WithoutTrailingTrivia() }),
                Token(TriviaList(Space), SyntaxKind.CloseBraceToken, visited.GetTrailingTrivia()));
        }

        public override SyntaxNode? VisitSwitchSection(SwitchSectionSyntax node)
        {
            var visited = (SwitchSectionSyntax)base.VisitSwitchSection(node)!;
            var statements = visited.Statements;
            // The count goes right after the last label's colon, which gives up its trailing trivia.
            var labels = visited.Labels;
            var last = labels.Last();
            var colon = last.ColonToken;
            var count = CountStep().WithLeadingTrivia(Space).WithTrailingTrivia(colon.TrailingTrivia.Insert(0, Whitespace(" ")));
            labels = labels.Replace(last, last.WithColonToken(colon.WithTrailingTrivia()));
            return visited.WithLabels(labels).WithStatements(statements.Insert(0, count));
        }

        public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
        {
            var visited = (CatchClauseSyntax)base.VisitCatchClause(node)!;
            CatchFilterClauseSyntax filter;
            if (visited.Filter is { } existing)
                filter = existing.WithFilterExpression(BinaryExpression(SyntaxKind.LogicalAndExpression,
                    NotTripped().WithTrailingTrivia(Space),
                    Token(SyntaxKind.AmpersandAmpersandToken).WithTrailingTrivia(Space),
                    ParenthesizedExpression(existing.FilterExpression)));
            else
                filter = CatchFilterClause(
                    Token(SyntaxKind.WhenKeyword).WithLeadingTrivia(Space).WithTrailingTrivia(Space),
                    Token(SyntaxKind.OpenParenToken), NotTripped(), Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(Space));
            if (visited.Declaration == null && visited.CatchKeyword.TrailingTrivia.Count == 0)
                visited = visited.WithCatchKeyword(visited.CatchKeyword.WithTrailingTrivia(Space));
            return visited.WithFilter(filter).WithBlock(InsertCount(visited.Block));
        }

        public override SyntaxNode? VisitFinallyClause(FinallyClauseSyntax node)
        {
            var visited = (FinallyClauseSyntax)base.VisitFinallyClause(node)!;
            return visited.WithBlock(GuardedFinally(visited.Block));
        }

        // "finally { body }" as "finally { if (!tripped) { count; body } }": after a limit overflow no finally
        // body runs. The braces keep their trivia; the guard sits on the opening brace's line.
        static BlockSyntax GuardedFinally(BlockSyntax body)
        {
            var open = body.OpenBraceToken;
            var inner = InsertCount(Block(Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(open.TrailingTrivia),
                body.Statements, Token(body.CloseBraceToken.LeadingTrivia, SyntaxKind.CloseBraceToken, default)));
            var guard = IfStatement(Token(SyntaxKind.IfKeyword).WithTrailingTrivia(Space), Token(SyntaxKind.OpenParenToken),
                NotTripped(), Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(Space), inner, null);
            return Block(open.WithTrailingTrivia(Space), SingletonList<StatementSyntax>(guard),
                body.CloseBraceToken.WithLeadingTrivia());
        }
    }
}
