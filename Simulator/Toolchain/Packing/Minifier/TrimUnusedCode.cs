using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing.Minifier;

/// <summary>
/// Trim, second job: drop what nothing uses, as MDK2 2.2.10 does, again and again until nothing more goes:
/// types and delegates; and (unless <c>minifyextraoptions=nomembertrimming</c>) fields, properties, methods and
/// constructors. A use inside the declaration itself does not count. Kept always: Program, its parameterless
/// constructor, Main and Save, anything preserved, overrides, virtual and abstract members, interface
/// implementations, static constructors, fields and properties whose initializer is not a constant (it may have
/// effects), a parameterless constructor of a type with derived types or used as a <c>new()</c> type argument, and
/// one constructor of a type whose base type has no accessible parameterless constructor.
/// </summary>
public static class TrimUnusedCode
{
    public static CompilationUnitSyntax Run(CompilationUnitSyntax root, bool trimMembers)
    {
        while (true)
        {
            var model = ScriptCompilation.Model(root);
            root = (CompilationUnitSyntax)model.SyntaxTree.GetRoot();
            var uses = Uses.Of(root, model);
            var unused = new List<SyntaxNode>();
            var shortened = new Dictionary<FieldDeclarationSyntax, FieldDeclarationSyntax>();

            foreach (var type in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(type) is not { } symbol || !MayGo(symbol, type.Identifier))
                    continue;
                var used = uses.Outside(symbol, type);
                if (symbol is { TypeKind: TypeKind.Class, IsStatic: true, ContainingType: null })
                    used |= symbol.GetMembers().OfType<IMethodSymbol>().Where(m => m.IsExtensionMethod).Any(m => uses.Outside(m, type));
                if (!used)
                    unused.Add(type);
            }
            if (trimMembers)
            {
                foreach (var type in root.DescendantNodes().OfType<DelegateDeclarationSyntax>())
                    if (model.GetDeclaredSymbol(type) is { } symbol && MayGo(symbol, type.Identifier) && !uses.Outside(symbol, type))
                        unused.Add(type);
                TrimFields(root, model, uses, unused, shortened);
                foreach (var property in root.DescendantNodes().OfType<PropertyDeclarationSyntax>())
                {
                    if (property.IsPreserved() || property.Identifier.IsPreserved() || model.GetDeclaredSymbol(property) is not { } symbol)
                        continue;
                    if (property.Initializer != null && !model.GetConstantValue(property.Initializer.Value).HasValue)
                        continue;
                    if (!symbol.IsDefinition || symbol.IsOverride || symbol.IsAbstract || symbol.IsVirtual || ImplementsInterface(symbol))
                        continue;
                    if (!uses.Outside(symbol, property))
                        unused.Add(property);
                }
                foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
                {
                    if (method.IsPreserved() || method.Identifier.IsPreserved() || model.GetDeclaredSymbol(method) is not { } symbol)
                        continue;
                    if (MethodMayGo(symbol) && !uses.Outside(symbol, method))
                        unused.Add(method);
                }
                unused.AddRange(UnusedConstructors(root, model, uses));
            }
            if (unused.Count == 0 && shortened.Count == 0)
                return root;

            root = root.TrackNodes(unused.Concat(shortened.Keys));
            if (shortened.Count > 0)
            {
                var current = shortened.ToDictionary(s => root.GetCurrentNode(s.Key)!, s => s.Value);
                root = root.ReplaceNodes(current.Keys, (original, _) => current[original]);
            }
            root = root.RemoveNodes(unused.Select(n => root.GetCurrentNode(n)!).Where(n => n != null), SyntaxRemoveOptions.KeepNoTrivia)!;
        }
    }

    static bool MayGo(INamedTypeSymbol symbol, SyntaxToken identifier) =>
        !(symbol.Name == "Program" && symbol.ContainingType == null) && !identifier.IsPreserved() && symbol.IsDefinition;

    static void TrimFields(CompilationUnitSyntax root, SemanticModel model, Uses uses, List<SyntaxNode> unused,
        Dictionary<FieldDeclarationSyntax, FieldDeclarationSyntax> shortened)
    {
        foreach (var field in root.DescendantNodes().OfType<FieldDeclarationSyntax>())
        {
            if (field.IsPreserved())
                continue;
            var kept = new List<VariableDeclaratorSyntax>();
            foreach (var variable in field.Declaration.Variables)
            {
                var goes = !variable.Identifier.IsPreserved() && !variable.IsPreserved()
                    && model.GetDeclaredSymbol(variable) is IFieldSymbol { IsDefinition: true } symbol
                    && (variable.Initializer == null || model.GetConstantValue(variable.Initializer.Value).HasValue)
                    && !uses.Outside(symbol, variable);
                if (!goes)
                    kept.Add(variable);
            }
            if (kept.Count == field.Declaration.Variables.Count)
                continue;
            if (kept.Count == 0)
                unused.Add(field);
            else
                shortened[field] = field.WithDeclaration(field.Declaration.WithVariables(SyntaxFactory.SeparatedList(kept)));
        }
    }

    static bool MethodMayGo(IMethodSymbol symbol) =>
        symbol.IsDefinition && !symbol.IsOverride && !symbol.IsAbstract && !symbol.IsVirtual && !ImplementsInterface(symbol)
        && !(symbol.Name is "Main" or "Save" && InheritsGridProgram(symbol.ContainingType))
        && !(symbol.MethodKind == MethodKind.Constructor && symbol.Parameters.Length == 0 && InheritsGridProgram(symbol.ContainingType))
        && symbol.MethodKind != MethodKind.StaticConstructor;

    static bool InheritsGridProgram(INamedTypeSymbol? type)
    {
        for (var t = type?.BaseType; t != null; t = t.BaseType)
            if (t.Name == "MyGridProgram")
                return true;
        return false;
    }

    static bool ImplementsInterface(ISymbol symbol) =>
        symbol.ContainingType is { } type && type.AllInterfaces.SelectMany(i => i.GetMembers())
            .Any(m => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), symbol));

    static IEnumerable<ConstructorDeclarationSyntax> UnusedConstructors(CompilationUnitSyntax root, SemanticModel model, Uses uses)
    {
        var newConstrained = NewConstrainedTypes(root, model);
        var candidates = new List<(ConstructorDeclarationSyntax Declaration, IMethodSymbol Symbol)>();
        foreach (var constructor in root.DescendantNodes().OfType<ConstructorDeclarationSyntax>())
        {
            if (model.GetDeclaredSymbol(constructor) is not { } symbol || constructor.IsPreserved() || !MethodMayGo(symbol))
                continue;
            var type = symbol.ContainingType;
            if (symbol.Parameters.Length == 0 && (HasDerivedTypes(root, model, type) || newConstrained.Contains(type)))
                continue;
            if (!uses.Outside(symbol, constructor))
                candidates.Add((constructor, symbol));
        }
        foreach (var group in candidates.GroupBy(c => c.Symbol.ContainingType, SymbolEqualityComparer.Default))
        {
            var type = (INamedTypeSymbol)group.Key!;
            var keepOne = type.BaseType is { } baseType && baseType.SpecialType != SpecialType.System_Object
                && !baseType.InstanceConstructors.Any(c => c.Parameters.Length == 0 && IsAccessibleTo(c, type))
                && group.Count() == type.InstanceConstructors.Count(c => !c.IsImplicitlyDeclared);
            var kept = keepOne ? group.OrderBy(c => c.Declaration.Span.Length).ThenBy(c => c.Symbol.Parameters.Length).First().Declaration : null;
            foreach (var (declaration, _) in group)
                if (declaration != kept)
                    yield return declaration;
        }
    }

    static bool IsAccessibleTo(IMethodSymbol constructor, INamedTypeSymbol derived)
    {
        var sameAssembly = SymbolEqualityComparer.Default.Equals(constructor.ContainingAssembly, derived.ContainingAssembly);
        return constructor.DeclaredAccessibility switch
        {
            Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal => true,
            Accessibility.Internal or Accessibility.ProtectedAndInternal => sameAssembly,
            _ => false,
        };
    }

    static bool HasDerivedTypes(CompilationUnitSyntax root, SemanticModel model, INamedTypeSymbol type) =>
        root.DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Any(c => model.GetDeclaredSymbol(c)?.BaseType?.OriginalDefinition is { } b && SymbolEqualityComparer.Default.Equals(b, type));

    static HashSet<INamedTypeSymbol> NewConstrainedTypes(CompilationUnitSyntax root, SemanticModel model)
    {
        var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in root.DescendantNodes().OfType<GenericNameSyntax>())
        {
            var (parameters, arguments) = model.GetSymbolInfo(name).Symbol switch
            {
                INamedTypeSymbol t => (t.TypeParameters, t.TypeArguments),
                IMethodSymbol m => (m.TypeParameters, m.TypeArguments),
                _ => (default, default),
            };
            if (parameters.IsDefault)
                continue;
            for (var i = 0; i < Math.Min(parameters.Length, arguments.Length); i++)
                if (parameters[i].HasConstructorConstraint && arguments[i] is INamedTypeSymbol argument)
                    types.Add(argument);
        }
        return types;
    }

    /// <summary>Where each of the script's own symbols is used: names, constructor calls, indexers, user-defined
    /// operators and conversions, foreach and collection-initializer patterns, and cref in doc comments.</summary>
    sealed class Uses
    {
        readonly Dictionary<ISymbol, List<SyntaxNode>> _at = new(SymbolEqualityComparer.Default);

        public static Uses Of(SyntaxNode root, SemanticModel model)
        {
            var uses = new Uses();
            foreach (var node in root.DescendantNodes(descendIntoTrivia: true))
            {
                switch (node)
                {
                    case SimpleNameSyntax or ObjectCreationExpressionSyntax or ConstructorInitializerSyntax or ElementAccessExpressionSyntax
                        or BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or AssignmentExpressionSyntax
                        or CrefSyntax:
                        var info = model.GetSymbolInfo(node);
                        uses.Add(info.Symbol, node);
                        foreach (var candidate in info.CandidateSymbols)
                            uses.Add(candidate, node);
                        break;
                    case ForEachStatementSyntax loop:
                        var each = model.GetForEachStatementInfo(loop);
                        uses.Add(each.GetEnumeratorMethod, node);
                        uses.Add(each.MoveNextMethod, node);
                        uses.Add(each.CurrentProperty, node);
                        break;
                }
                if (node is ExpressionSyntax expression && node.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression })
                    uses.Add(model.GetCollectionInitializerSymbolInfo(expression).Symbol, node);
                if (node is ExpressionSyntax converted && model.GetConversion(converted).MethodSymbol is { } conversion)
                    uses.Add(conversion, node);
            }
            return uses;
        }

        void Add(ISymbol? symbol, SyntaxNode at)
        {
            if (symbol == null)
                return;
            symbol = symbol is IMethodSymbol { ReducedFrom: { } extension } ? extension : symbol;
            symbol = symbol.OriginalDefinition;
            if (!_at.TryGetValue(symbol, out var list))
                _at[symbol] = list = [];
            list.Add(at);
        }

        /// <summary>True when <paramref name="symbol"/> is used anywhere outside <paramref name="declaration"/>.</summary>
        public bool Outside(ISymbol symbol, SyntaxNode declaration) =>
            _at.TryGetValue(symbol.OriginalDefinition, out var list) && list.Any(n => !n.AncestorsAndSelf().Contains(declaration));
    }
}
