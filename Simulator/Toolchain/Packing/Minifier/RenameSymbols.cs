using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing.Minifier;

/// <summary>
/// Full: the script's own names become the shortest free names, as MDK2 2.2.10 does it. Every declaration the
/// script makes (types, members, parameters, locals, labels, type parameters, enum members) is renamed unless it
/// is preserved, overrides or implements something declared outside the script (or preserved), or is an entry
/// point. Names are handed out in the order a post-order walk of the script meets them: A-Z, a-z, then the
/// other letters (char.IsLetter), then two letters; one old name always gets the same new name. A type in a local
/// declaration that is a qualified name becomes <c>var</c> where the language allows it.
/// </summary>
/// <remarks>MDK2's letter table is that of an older Unicode version: the names agree for the first 597 distinct
/// names of a script and may differ after.</remarks>
public static class RenameSymbols
{
    const string IdKind = "Pack.Node";

    static readonly char[] Letters = Enumerable.Range(0, 0x10000).Select(i => (char)i)
        .Where(c => !char.IsSurrogate(c) && char.IsLetter(c)).ToArray();

    public static CompilationUnitSyntax Run(CompilationUnitSyntax root)
    {
        root = (CompilationUnitSyntax)new NodeIds().Visit(root)!;
        var model = ScriptCompilation.Model(root);
        root = (CompilationUnitSyntax)model.SyntaxTree.GetRoot();
        var renamed = new Dictionary<string, ISymbol>(StringComparer.Ordinal);
        new Declarations(model, renamed).Visit(root);
        new Uses(model, renamed).Visit(root);
        return (CompilationUnitSyntax)new Renamer(renamed, model).Visit(root);
    }

    static string? IdOf(SyntaxNode? node) => node?.GetAnnotations(IdKind).FirstOrDefault()?.Data;

    /// <summary>The n-th name: n written in base <c>Letters.Length</c> with letters for digits.</summary>
    public static string NameFor(int n)
    {
        var name = new Stack<char>();
        do
        {
            name.Push(Letters[n % Letters.Length]);
            n /= Letters.Length;
        } while (n > 0);
        return new string(name.ToArray());
    }

    sealed class NodeIds : CSharpSyntaxRewriter
    {
        long _next;
        public override SyntaxNode? Visit(SyntaxNode? node) =>
            node == null ? null : base.Visit(node)!.WithAdditionalAnnotations(new SyntaxAnnotation(IdKind, (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    // True when the symbol overrides or implements a member declared outside the script or preserved: its name
    // must stay.
    static bool FollowsAFixedName(ISymbol symbol)
    {
        var overridden = symbol switch
        {
            IMethodSymbol { IsOverride: true } m => m.OverriddenMethod,
            IPropertySymbol { IsOverride: true } p => p.OverriddenProperty,
            IEventSymbol { IsOverride: true } e => e.OverriddenEvent,
            _ => (ISymbol?)ImplementedInterfaceMember(symbol),
        };
        if (overridden == null)
            return false;
        var declaration = overridden.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        return declaration == null || declaration.IsPreserved() || FollowsAFixedName(overridden);
    }

    static ISymbol? ImplementedInterfaceMember(ISymbol symbol) =>
        symbol.ContainingType?.AllInterfaces.SelectMany(i => i.GetMembers())
            .FirstOrDefault(m => SymbolEqualityComparer.Default.Equals(symbol.ContainingType.FindImplementationForInterfaceMember(m), symbol));

    static bool DeclaredOnlyInPreservedCode(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences is { Length: > 0 } references && references.All(r => r.GetSyntax().IsPreserved());

    static bool IsPreservedDeclaration(SyntaxNode node) => node switch
    {
        EnumDeclarationSyntax e => e.IsPreserved() || e.Identifier.IsPreserved(),
        EnumMemberDeclarationSyntax m => m.IsPreserved() || m.Identifier.IsPreserved(),
        _ => node.IsPreserved(),
    };

    sealed class Declarations(SemanticModel model, Dictionary<string, ISymbol> renamed) : CSharpSyntaxWalker
    {
        public override void Visit(SyntaxNode? node)
        {
            base.Visit(node);
            if (node == null || IsPreservedDeclaration(node) || IdOf(node) is not { } id)
                return;
            if (model.GetDeclaredSymbol(node) is { } symbol && !FollowsAFixedName(symbol) && !DeclaredOnlyInPreservedCode(symbol))
                renamed[id] = symbol;
        }
    }

    sealed class Uses(SemanticModel model, Dictionary<string, ISymbol> renamed) : CSharpSyntaxWalker
    {
        readonly HashSet<ISymbol> _declared = new(renamed.Values, SymbolEqualityComparer.Default);

        public override void Visit(SyntaxNode? node)
        {
            base.Visit(node);
            if (node == null || IdOf(node) is not { } id)
                return;
            var info = model.GetSymbolInfo(node);
            var symbol = info.Symbol?.OriginalDefinition ?? info.Symbol;
            if (symbol is IMethodSymbol { MethodKind: MethodKind.ReducedExtension, ReducedFrom: { } extension })
                symbol = extension;
            if (symbol is IParameterSymbol { OriginalDefinition.ContainingSymbol: IMethodSymbol { AssociatedSymbol: IPropertySymbol { IsIndexer: true } indexer } } parameter)
                symbol = indexer.Parameters.FirstOrDefault(p => p.Name == parameter.Name) ?? symbol;
            if (symbol != null && _declared.Contains(symbol) && !FollowsAFixedName(symbol) && !DeclaredOnlyInPreservedCode(symbol))
                renamed[id] = symbol;
        }
    }

    sealed class Renamer(Dictionary<string, ISymbol> renamed, SemanticModel model) : CSharpSyntaxRewriter
    {
        readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        readonly HashSet<string> _given = new(StringComparer.Ordinal);
        int _next;

        string NewName(string oldName)
        {
            oldName = oldName.TrimStart('@');
            if (_names.TryGetValue(oldName, out var name))
                return name;
            do
                name = NameFor(_next++);
            while (!_given.Add(name));
            return _names[oldName] = name;
        }

        SyntaxToken Renamed(SyntaxToken identifier, string oldName, bool preserved)
        {
            var token = SyntaxFactory.Identifier(NewName(oldName)).WithLeadingTrivia(identifier.LeadingTrivia).WithTrailingTrivia(identifier.TrailingTrivia);
            return preserved ? token.WithAdditionalAnnotations(Preserve.Keep) : token;
        }

        bool IsRenamed(SyntaxNode? node, out ISymbol symbol)
        {
            symbol = null!;
            return IdOf(node) is { } id && renamed.TryGetValue(id, out symbol!);
        }

        T Declared<T>(T? node, Func<T, SyntaxToken> identifier, Func<T, SyntaxToken, T> with, bool? preserved = null) where T : SyntaxNode
        {
            if (!IsRenamed(node, out _))
                return node!;
            var old = identifier(node!);
            return with(node!, Renamed(old, old.Text, preserved ?? node!.IsPreserved()));
        }

        public override SyntaxNode? VisitLabeledStatement(LabeledStatementSyntax node) =>
            Declared((LabeledStatementSyntax?)base.VisitLabeledStatement(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
            Declared((ConstructorDeclarationSyntax?)base.VisitConstructorDeclaration(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitTypeParameter(TypeParameterSyntax node) =>
            Declared((TypeParameterSyntax?)base.VisitTypeParameter(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitCatchDeclaration(CatchDeclarationSyntax node) =>
            Declared((CatchDeclarationSyntax?)base.VisitCatchDeclaration(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitVariableDeclarator(VariableDeclaratorSyntax node) =>
            Declared((VariableDeclaratorSyntax?)base.VisitVariableDeclarator(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitParameter(ParameterSyntax node) =>
            Declared((ParameterSyntax?)base.VisitParameter(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
            Declared((MethodDeclarationSyntax?)base.VisitMethodDeclaration(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) =>
            Declared((ClassDeclarationSyntax?)base.VisitClassDeclaration(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) =>
            Declared((StructDeclarationSyntax?)base.VisitStructDeclaration(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitInterfaceDeclaration(InterfaceDeclarationSyntax node) =>
            Declared((InterfaceDeclarationSyntax?)base.VisitInterfaceDeclaration(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitEnumDeclaration(EnumDeclarationSyntax node)
        {
            var visited = (EnumDeclarationSyntax?)base.VisitEnumDeclaration(node);
            return Declared(visited, n => n.Identifier, (n, t) => n.WithIdentifier(t), visited != null && IsPreservedDeclaration(visited));
        }
        public override SyntaxNode? VisitEnumMemberDeclaration(EnumMemberDeclarationSyntax node)
        {
            var visited = (EnumMemberDeclarationSyntax?)base.VisitEnumMemberDeclaration(node);
            return Declared(visited, n => n.Identifier, (n, t) => n.WithIdentifier(t), visited != null && IsPreservedDeclaration(visited));
        }
        public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node) =>
            Declared((PropertyDeclarationSyntax?)base.VisitPropertyDeclaration(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitEventDeclaration(EventDeclarationSyntax node) =>
            Declared((EventDeclarationSyntax?)base.VisitEventDeclaration(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitDelegateDeclaration(DelegateDeclarationSyntax node) =>
            Declared((DelegateDeclarationSyntax?)base.VisitDelegateDeclaration(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
            Declared((ForEachStatementSyntax?)base.VisitForEachStatement(node), n => n.Identifier, (n, t) => n.WithIdentifier(t));
        public override SyntaxNode? VisitFromClause(FromClauseSyntax node) =>
            Declared((FromClauseSyntax?)base.VisitFromClause(node), n => n.Identifier, (n, t) => n.WithIdentifier(t), node.Identifier.IsPreserved());
        public override SyntaxNode? VisitLetClause(LetClauseSyntax node) =>
            Declared((LetClauseSyntax?)base.VisitLetClause(node), n => n.Identifier, (n, t) => n.WithIdentifier(t), node.Identifier.IsPreserved());
        public override SyntaxNode? VisitJoinClause(JoinClauseSyntax node) =>
            Declared((JoinClauseSyntax?)base.VisitJoinClause(node), n => n.Identifier, (n, t) => n.WithIdentifier(t), node.Identifier.IsPreserved());
        public override SyntaxNode? VisitJoinIntoClause(JoinIntoClauseSyntax node) =>
            Declared((JoinIntoClauseSyntax?)base.VisitJoinIntoClause(node), n => n.Identifier, (n, t) => n.WithIdentifier(t), node.Identifier.IsPreserved());
        public override SyntaxNode? VisitQueryContinuation(QueryContinuationSyntax node) =>
            Declared((QueryContinuationSyntax?)base.VisitQueryContinuation(node), n => n.Identifier, (n, t) => n.WithIdentifier(t), node.Identifier.IsPreserved());

        public override SyntaxNode? VisitVariableDeclaration(VariableDeclarationSyntax node)
        {
            var visited = (VariableDeclarationSyntax)base.VisitVariableDeclaration(node)!;
            if (visited.Type is QualifiedNameSyntax qualified && VarAllowed(qualified))
                return visited.WithType(Var(qualified, visited.IsPreserved()));
            return visited;
        }

        public override SyntaxNode? VisitQualifiedName(QualifiedNameSyntax node) =>
            VarAllowed(node) ? Var(node, node.IsPreserved()) : base.VisitQualifiedName(node);

        static IdentifierNameSyntax Var(QualifiedNameSyntax replaced, bool preserved)
        {
            var name = SyntaxFactory.IdentifierName("var").WithLeadingTrivia(replaced.GetLeadingTrivia()).WithTrailingTrivia(replaced.GetTrailingTrivia());
            return preserved ? name.WithAdditionalAnnotations(Preserve.Keep) : name;
        }

        // Where "var" may stand for the type: locals and for-loop variables that all have initializers, foreach
        // variables, using declarations whose variables all have initializers.
        static bool VarAllowed(QualifiedNameSyntax name) => name.Parent switch
        {
            VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax or ForStatementSyntax } declaration =>
                declaration.Variables.All(v => v.Initializer != null),
            ForEachStatementSyntax => true,
            UsingStatementSyntax { Declaration: { } declaration } => declaration.Variables.All(v => v.Initializer != null),
            _ => false,
        };

        public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
        {
            var visited = (IdentifierNameSyntax)base.VisitIdentifierName(node)!;
            if (visited.Identifier.Text == "var" && visited.Parent is VariableDeclarationSyntax or ForEachStatementSyntax)
                return visited;
            if (!IsRenamed(visited, out var symbol))
                return visited;
            return visited.WithIdentifier(Renamed(visited.Identifier, symbol.Name, visited.IsPreserved()));
        }

        public override SyntaxNode? VisitGenericName(GenericNameSyntax node)
        {
            var visited = (GenericNameSyntax)base.VisitGenericName(node)!;
            if (!IsRenamed(visited, out var symbol))
                return visited;
            return visited.WithIdentifier(Renamed(visited.Identifier, symbol.Name, visited.IsPreserved()));
        }

        // nameof(x) names the renamed symbol too.
        public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            if (node is { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments.Count: > 0 }
                && node.ArgumentList.Arguments[0] is { Expression: IdentifierNameSyntax argument } first)
            {
                var info = model.GetSymbolInfo(argument);
                var declared = renamed.Values.ToHashSet(SymbolEqualityComparer.Default);
                var symbol = info.Symbol?.OriginalDefinition ?? info.Symbol
                    ?? info.CandidateSymbols.FirstOrDefault(s => declared.Contains(s.OriginalDefinition ?? s));
                if (symbol != null && declared.Contains(symbol.OriginalDefinition ?? symbol))
                {
                    var renamedArgument = argument.WithIdentifier(Renamed(argument.Identifier, symbol.Name, preserved: false));
                    return node.WithArgumentList(node.ArgumentList.WithArguments(
                        node.ArgumentList.Arguments.Replace(first, first.WithExpression(renamedArgument))));
                }
            }
            return base.VisitInvocationExpression(node);
        }
    }
}
