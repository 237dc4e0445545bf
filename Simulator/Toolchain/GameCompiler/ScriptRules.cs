using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.GameCompiler;

/// <summary>What the game refuses beyond the C# compiler's own errors.</summary>
static class ScriptRules
{
    public static List<ScriptDiagnostic> Check(SyntaxTree tree, SemanticModel model, Allowlist allowlist)
    {
        var found = new List<ScriptDiagnostic>();
        var root = tree.GetRoot();
        var scriptStart = ScriptStart(root);

        foreach (var token in root.DescendantTokens(descendIntoTrivia: true).Where(t => t.SpanStart >= scriptStart))
        {
            if (token.IsKind(SyntaxKind.UsingKeyword) && token.Parent is not UsingStatementSyntax && !IsPrologue(token.Parent, scriptStart))
                found.Add(Error(ScriptDiagnostic.Ids.UsingDirective, token.GetLocation(),
                    "A script cannot contain using directives: the game adds its own (System, System.Linq, Sandbox.ModAPI.Ingame, VRageMath, ...). Remove the line."));
            if (token.IsKind(SyntaxKind.UnsafeKeyword) || token.IsKind(SyntaxKind.FixedKeyword) || token.IsKind(SyntaxKind.StackAllocKeyword))
                found.Add(Error(ScriptDiagnostic.Ids.ProhibitedLanguage, token.GetLocation(),
                    $"'{token.Text}' is prohibited: unsafe code is not allowed in programmable blocks."));
        }

        foreach (var node in root.DescendantNodes().Where(n => n.SpanStart >= scriptStart))
        {
            switch (node)
            {
                case DestructorDeclarationSyntax destructor:
                    found.Add(Error(ScriptDiagnostic.Ids.ProhibitedLanguage, destructor.Identifier.GetLocation(),
                        "Destructors (finalizers) are prohibited in programmable blocks."));
                    break;
                case PointerTypeSyntax pointer:
                    found.Add(Error(ScriptDiagnostic.Ids.ProhibitedLanguage, pointer.GetLocation(),
                        "Pointer types are prohibited: unsafe code is not allowed in programmable blocks."));
                    break;
                case IdentifierNameSyntax { Identifier.Text: "dynamic" } name when model.GetTypeInfo(name).Type?.TypeKind == TypeKind.Dynamic:
                    found.Add(Error(ScriptDiagnostic.Ids.ProhibitedLanguage, name.GetLocation(),
                        "'dynamic' is prohibited in programmable blocks."));
                    break;
                // As the game checks: every identifier (var included: it names the inferred type), generic name
                // and qualified name.
                case IdentifierNameSyntax or GenericNameSyntax or QualifiedNameSyntax:
                    CheckSymbol(node, model, allowlist, found);
                    break;
            }
        }

        CheckParameterlessConstructor(model, found);
        return found;
    }

    // The script starts after the game's "#line 1" directive.
    static int ScriptStart(SyntaxNode root) =>
        root.DescendantTrivia().First(t => t.IsKind(SyntaxKind.LineDirectiveTrivia)).Span.End;

    static bool IsPrologue(SyntaxNode? node, int scriptStart) => node != null && node.SpanStart < scriptStart;

    static void CheckSymbol(SyntaxNode node, SemanticModel model, Allowlist allowlist, List<ScriptDiagnostic> found)
    {
        var info = model.GetSymbolInfo(node);
        var symbol = info.Symbol;
        if (symbol == null)
        {
            // nameof(Type.Method) names a method group: one allowed overload is enough.
            if (info.CandidateReason == CandidateReason.MemberGroup && info.CandidateSymbols.Any(c => Allowed(c, model, allowlist)))
                return;
            symbol = info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null;
            if (symbol == null)
                return;
        }
        if (Allowed(symbol, model, allowlist))
            return;
        var what = Refused(symbol, model, allowlist);
        // One refusal a line for a type and its members: File.WriteAllText is one problem, not two.
        if (!found.Any(f => f.Id == ScriptDiagnostic.Ids.ProhibitedMember && f.Line == Line(node) && Covers(Quoted(f.Message), what!)))
            found.Add(Error(ScriptDiagnostic.Ids.ProhibitedMember, node.GetLocation(),
                $"'{what}' is prohibited: it is not on the game's whitelist for programmable blocks."));
    }

    static bool IsScripts(ISymbol symbol, SemanticModel model) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, model.Compilation.Assembly);

    // The symbol as the whitelist judges it: an alias by its target, an extension method by its static class, an
    // override by the member it overrides at the root.
    static ISymbol Judged(ISymbol symbol)
    {
        if (symbol is IAliasSymbol alias)
            symbol = alias.Target;
        if (symbol is IMethodSymbol { ReducedFrom: { } extension })
            symbol = extension;
        while (true)
        {
            var overridden = symbol switch
            {
                IMethodSymbol { IsOverride: true } m => (ISymbol?)m.OverriddenMethod,
                IPropertySymbol { IsOverride: true } p => p.OverriddenProperty,
                IEventSymbol { IsOverride: true } e => e.OverriddenEvent,
                _ => null,
            };
            if (overridden == null)
                return symbol;
            symbol = overridden;
        }
    }

    static bool Allowed(ISymbol symbol, SemanticModel model, Allowlist allowlist) => Refused(symbol, model, allowlist) == null;

    // The name of what the whitelist refuses in this symbol, or null when it allows it all.
    static string? Refused(ISymbol symbol, SemanticModel model, Allowlist allowlist)
    {
        symbol = Judged(symbol);
        switch (symbol)
        {
            case ITypeSymbol type:
                return RefusedType(type, model, allowlist);
            case IMethodSymbol { MethodKind: MethodKind.BuiltinOperator }:
                return null;
            case IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol when symbol.ContainingType != null:
                if (IsScripts(symbol, model) || allowlist.AllowsMember(symbol))
                    return null;
                return symbol.OriginalDefinition.ToDisplayString(Allowlist.MemberFormat);
            default:
                return null; // namespaces, locals, parameters, labels, type parameters
        }
    }

    // A type and, for one inferred by var, its element and type arguments.
    static string? RefusedType(ITypeSymbol type, SemanticModel model, Allowlist allowlist)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return RefusedType(array.ElementType, model, allowlist);
            case INamedTypeSymbol named:
                if (!IsScripts(named, model) && !allowlist.AllowsType(named))
                    return named.OriginalDefinition.ToDisplayString(Allowlist.TypeFormat);
                foreach (var argument in named.TypeArguments)
                    if (RefusedType(argument, model, allowlist) is { } refused)
                        return refused;
                return null;
            default:
                return null;
        }
    }

    static int Line(SyntaxNode node) => node.GetLocation().GetMappedLineSpan().StartLinePosition.Line + 1;

    static bool Covers(string refused, string what) =>
        what == refused || what.StartsWith(refused + ".", StringComparison.Ordinal) || refused.StartsWith(what + ".", StringComparison.Ordinal);

    static string Quoted(string message) => message.Length > 1 && message[0] == '\'' ? message[1..message.IndexOf('\'', 1)] : "";

    static void CheckParameterlessConstructor(SemanticModel model, List<ScriptDiagnostic> found)
    {
        var program = model.Compilation.GlobalNamespace.GetTypeMembers("Program").FirstOrDefault();
        if (program == null || program.InstanceConstructors.Any(c => c.Parameters.Length == 0))
            return;
        var location = program.InstanceConstructors.First().Locations.First();
        found.Add(Error(ScriptDiagnostic.Ids.NoParameterlessConstructor, location,
            "Program has no parameterless constructor: the game creates the script with Program() and will report an error instead of running it."));
    }

    static ScriptDiagnostic Error(string id, Location location, string message) =>
        GameCompiler.Map(id, DiagnosticSeverity.Error, location, message);
}
