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
                case IdentifierNameSyntax { IsVar: true }:
                    break; // names the inferred type, which the expression it comes from was judged by
                case SimpleNameSyntax or ElementAccessExpressionSyntax or BinaryExpressionSyntax or PrefixUnaryExpressionSyntax:
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
        var symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        if (symbol == null)
            return;
        if (symbol is IAliasSymbol alias)
            symbol = alias.Target;
        if (SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, model.Compilation.Assembly))
            return;
        bool allowed;
        string what;
        switch (symbol)
        {
            case INamedTypeSymbol type:
                allowed = allowlist.AllowsType(type);
                what = Allowlist.TypeName(type.OriginalDefinition);
                break;
            case IMethodSymbol { ReducedFrom: { } extension }:
                allowed = allowlist.AllowsMember(extension);
                what = Allowlist.TypeName(extension.ContainingType) + "." + extension.Name;
                break;
            case IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol:
                if (symbol.ContainingType == null || symbol is IMethodSymbol { MethodKind: MethodKind.BuiltinOperator })
                    return;
                allowed = allowlist.AllowsMember(symbol);
                what = Allowlist.TypeName(symbol.ContainingType.OriginalDefinition) + "." + symbol.Name;
                break;
            default:
                return;
        }
        // One refusal a line for a type and its members: File.WriteAllText is one problem, not two.
        if (!allowed && !found.Any(f => f.Id == ScriptDiagnostic.Ids.ProhibitedMember && f.Line == Line(node) && Covers(Quoted(f.Message), what)))
            found.Add(Error(ScriptDiagnostic.Ids.ProhibitedMember, node.GetLocation(),
                $"'{what}' is prohibited: it is not on the game's whitelist for programmable blocks."));
    }

    static int Line(SyntaxNode node) => node.GetLocation().GetMappedLineSpan().StartLinePosition.Line + 1;

    static bool Covers(string refused, string what) =>
        what == refused || what.StartsWith(refused + ".", StringComparison.Ordinal);

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
