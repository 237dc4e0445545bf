using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ShipSim.Host.Instrumentation;

/// <summary>
/// Makes a script's static state resettable, so that the host can give the next programmable block a copy of the
/// script it already loaded (and JIT-compiled) instead of loading a new one, while every instance still starts with
/// fresh statics, as each block's own assembly does in the game. In every type with static state: each static field
/// or auto-property initializer becomes a method <c>__PbInit_Name()</c> on the same line, readonly is dropped, the
/// static constructor becomes the method <c>__PbStaticConstructor()</c> in place, and a generated
/// <c>__PbResetStatics()</c> assigns every static (initializer or default) and then runs the constructor's body.
/// <c>__PbStatics.Order</c> lists the types in an order where a type comes after the script types its static code
/// uses; the host calls their resets in that order.
/// A script this cannot handle exactly (static state in a generic type, static events, a cycle between types' static
/// code) is left as it is and gets a fresh copy per instance. No line breaks are added, so script lines stay put.
/// </summary>
public static class StaticsReset
{
    public const string ResetType = "__PbStatics";
    /// <summary>The constant in <see cref="ResetType"/> listing the types to reset, in order, by metadata name (nested
    /// types with '+'), separated by ';'. The host calls them by reflection: private nested types are out of reach of
    /// generated code outside them.</summary>
    public const string OrderField = "Order";
    public const string ResetMethod = "__PbResetStatics";
    const string Constructor = "__PbStaticConstructor";

    /// <summary>The rewritten tree (the same tree when there is no static state), or null when the script must keep a
    /// fresh copy per instance.</summary>
    public static SyntaxTree? Rewrite(SyntaxTree tree, SemanticModel model)
    {
        var root = tree.GetRoot();
        var types = root.DescendantNodes().OfType<TypeDeclarationSyntax>().Where(HasStaticState).ToList();
        if (types.Count == 0)
            return tree;
        if (types.Any(t => !Supported(t)) || DependencyOrder(types, model) is not { } order)
            return null;
        var changes = new List<TextChange>();
        foreach (var type in types)
            AddResetChanges(type, changes);
        var names = string.Join(";", order.Select(t => MetadataName(model.GetDeclaredSymbol(t)!)));
        changes.Add(new TextChange(new TextSpan(root.FullSpan.End, 0),
            $" internal static class {ResetType} {{ internal const string {OrderField} = \"{names}\"; }}"));
        var text = tree.GetText().WithChanges(changes);
        return CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)tree.Options, tree.FilePath);
    }

    static bool IsStatic(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.StaticKeyword);

    static bool IsStaticField(MemberDeclarationSyntax m) =>
        m is FieldDeclarationSyntax f && IsStatic(f.Modifiers) && !f.Modifiers.Any(SyntaxKind.ConstKeyword);

    static bool IsStaticAutoProperty(MemberDeclarationSyntax m) =>
        m is PropertyDeclarationSyntax { AccessorList: { } accessors } p && IsStatic(p.Modifiers)
        && accessors.Accessors.All(a => a.Body == null && a.ExpressionBody == null);

    static bool IsStaticConstructor(MemberDeclarationSyntax m) => m is ConstructorDeclarationSyntax c && IsStatic(c.Modifiers);

    static bool HasStaticState(TypeDeclarationSyntax type) => type.Members.Any(m =>
        IsStaticField(m) || IsStaticAutoProperty(m) || IsStaticConstructor(m) || m is EventFieldDeclarationSyntax e && IsStatic(e.Modifiers));

    static bool Supported(TypeDeclarationSyntax type) =>
        type is ClassDeclarationSyntax or StructDeclarationSyntax
        && type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().All(t => t.TypeParameterList == null)
        && !type.Members.OfType<EventFieldDeclarationSyntax>().Any(e => IsStatic(e.Modifiers));

    static void AddResetChanges(TypeDeclarationSyntax type, List<TextChange> changes)
    {
        var resets = new List<string>();
        var constructor = false;
        foreach (var member in type.Members)
        {
            if (member is FieldDeclarationSyntax f && IsStaticField(f))
            {
                var typeText = f.Declaration.Type.ToString();
                var names = f.Declaration.Variables.Select(v => v.Identifier.Text).ToList();
                var initializers = "";
                foreach (var v in f.Declaration.Variables)
                {
                    var name = v.Identifier.Text;
                    if (v.Initializer == null)
                        resets.Add($"{name} = default({typeText});");
                    else
                    {
                        initializers += $" static {typeText} __PbInit_{name}() {{ return {Expression(v.Initializer.Value, typeText)}; }}";
                        resets.Add($"{name} = __PbInit_{name}();");
                    }
                }
                var modifiers = string.Join(" ", f.Modifiers.Where(m => !m.IsKind(SyntaxKind.ReadOnlyKeyword)).Select(m => m.Text));
                changes.Add(SameLines(f.Span, f.ToString(), $"{modifiers} {typeText} {string.Join(", ", names)};{initializers}"));
            }
            else if (member is PropertyDeclarationSyntax p && IsStaticAutoProperty(p))
            {
                var name = p.Identifier.Text;
                var accessors = p.AccessorList!.ToString();
                var isPrivate = !p.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword));
                if (!p.AccessorList.Accessors.Any(a => a.IsKind(SyntaxKind.SetAccessorDeclaration)))
                    accessors = accessors[..accessors.LastIndexOf('}')] + (isPrivate ? " set; }" : " private set; }");
                var initializer = "";
                if (p.Initializer == null)
                    resets.Add($"{name} = default({p.Type});");
                else
                {
                    initializer = $" static {p.Type} __PbInit_{name}() {{ return {Expression(p.Initializer.Value, p.Type.ToString())}; }}";
                    resets.Add($"{name} = __PbInit_{name}();");
                }
                var span = TextSpan.FromBounds(p.AccessorList.SpanStart, p.Span.End);
                changes.Add(SameLines(span, p.SyntaxTree.GetText().ToString(span), accessors + initializer));
            }
            else if (member is ConstructorDeclarationSyntax c && IsStaticConstructor(c))
            {
                changes.Add(new TextChange(TextSpan.FromBounds(c.Modifiers.First().SpanStart, c.ParameterList.Span.End), $"static void {Constructor}()"));
                constructor = true;
            }
        }
        if (constructor)
            resets.Add(Constructor + "();");
        changes.Add(new TextChange(new TextSpan(type.CloseBraceToken.SpanStart, 0),
            $" internal static void {ResetMethod}() {{ {string.Join(" ", resets)} }} "));
    }

    // A replacement that keeps the line count, so that the code after it keeps its line numbers.
    static TextChange SameLines(TextSpan span, string original, string replacement)
    {
        var missing = original.Count(c => c == '\n') - replacement.Count(c => c == '\n');
        return new TextChange(span, replacement + new string('\n', Math.Max(0, missing)));
    }

    static string MetadataName(ISymbol type) =>
        type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName
        : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName
        : type.MetadataName;

    // An array initializer ({ 1, 2 }) is only valid in a declaration; elsewhere it needs its type.
    static string Expression(ExpressionSyntax initializer, string type) =>
        initializer is InitializerExpressionSyntax ? $"new {type} {initializer}" : initializer.ToString();

    // Types whose static code uses other script types come after those types; null on a cycle.
    static List<TypeDeclarationSyntax>? DependencyOrder(List<TypeDeclarationSyntax> types, SemanticModel model)
    {
        var bySymbol = types.ToDictionary(t => (ISymbol)model.GetDeclaredSymbol(t)!, t => t, SymbolEqualityComparer.Default);
        var uses = types.ToDictionary(t => t, t => StaticCode(t)
            .SelectMany(code => code.DescendantNodesAndSelf())
            .Select(n => model.GetSymbolInfo(n).Symbol)
            .Select(s => s as INamedTypeSymbol ?? s?.ContainingType)
            .Where(s => s != null && bySymbol.ContainsKey(s))
            .Select(s => bySymbol[s!]).Where(used => used != t).Distinct().ToList());
        var order = new List<TypeDeclarationSyntax>();
        var state = new Dictionary<TypeDeclarationSyntax, bool>();
        bool Visit(TypeDeclarationSyntax t)
        {
            if (state.TryGetValue(t, out var done))
                return done;
            state[t] = false;
            if (!uses[t].All(Visit))
                return false;
            state[t] = true;
            order.Add(t);
            return true;
        }
        return types.All(Visit) ? order : null;
    }

    static IEnumerable<SyntaxNode> StaticCode(TypeDeclarationSyntax type)
    {
        foreach (var member in type.Members)
        {
            if (member is FieldDeclarationSyntax f && IsStaticField(f))
                foreach (var v in f.Declaration.Variables)
                    if (v.Initializer != null)
                        yield return v.Initializer.Value;
            if (member is PropertyDeclarationSyntax { Initializer: { } init } p && IsStaticAutoProperty(p))
                yield return init.Value;
            if (member is ConstructorDeclarationSyntax { Body: { } body } c && IsStaticConstructor(c))
                yield return body;
        }
    }
}
