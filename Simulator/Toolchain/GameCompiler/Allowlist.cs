using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ShipSim.Toolchain.GameCompiler;

/// <summary>
/// The types and members a programmable-block script may use (allowlist.txt). A symbol is judged by the type
/// that declares it and the assembly that type lives in, as the game's whitelist judges it.
/// </summary>
public sealed class Allowlist
{
    readonly Dictionary<string, HashSet<string>> _namespaces = new(StringComparer.Ordinal);
    readonly Dictionary<string, HashSet<string>> _wholeTypes = new(StringComparer.Ordinal);
    readonly Dictionary<string, HashSet<string>> _names = new(StringComparer.Ordinal);

    public static Allowlist Default { get; } = Parse(ReadEmbedded());

    static string ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("allowlist.txt")
            ?? throw new InvalidOperationException("allowlist.txt is not embedded in the toolchain");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Allowlist Parse(string text)
    {
        var list = new Allowlist();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            var comma = line.LastIndexOf(',');
            if (comma <= 0)
                throw new FormatException($"allowlist.txt({lineNumber}): expected \"pattern, assembly\"");
            var pattern = line[..comma].Trim();
            var assembly = line[(comma + 1)..].Trim();
            if (pattern.EndsWith(".*", StringComparison.Ordinal))
                Add(list._namespaces, pattern[..^2], assembly);
            else if (pattern.EndsWith("+*", StringComparison.Ordinal))
                Add(list._wholeTypes, pattern[..^2], assembly);
            else
                Add(list._names, pattern, assembly);
        }
        return list;
    }

    static void Add(Dictionary<string, HashSet<string>> map, string key, string assembly)
    {
        if (!map.TryGetValue(key, out var set))
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(assembly);
    }

    static bool Has(Dictionary<string, HashSet<string>> map, string key, string assembly) =>
        map.TryGetValue(key, out var set) && (set.Contains("*") || set.Contains(assembly));

    /// <summary>True when a script may name this type.</summary>
    public bool AllowsType(INamedTypeSymbol type) => AllowsWholeType(type) || Has(_names, TypeName(type), AssemblyOf(type));

    /// <summary>True when a script may use this member (method, property, field, event) of a foreign type.</summary>
    public bool AllowsMember(ISymbol member)
    {
        var type = member.ContainingType;
        if (type == null)
            return false;
        if (AllowsWholeType(type))
            return true;
        var name = member is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet } accessor
            ? accessor.AssociatedSymbol!.Name
            : member.Name;
        return Has(_names, TypeName(type) + "." + name, AssemblyOf(type));
    }

    bool AllowsWholeType(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        for (var t = type; t != null; t = t.ContainingType)
            if (Has(_wholeTypes, TypeName(t), AssemblyOf(t)))
                return true;
        var outermost = type;
        while (outermost.ContainingType != null)
            outermost = outermost.ContainingType;
        return Has(_namespaces, outermost.ContainingNamespace.ToDisplayString(), AssemblyOf(outermost));
    }

    /// <summary>Namespace-qualified name without generic arity: System.Collections.Generic.List.</summary>
    public static string TypeName(INamedTypeSymbol type)
    {
        var name = type.Name;
        for (var t = type.ContainingType; t != null; t = t.ContainingType)
            name = t.Name + "." + name;
        var ns = type.ContainingNamespace;
        return ns == null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }

    static string AssemblyOf(ISymbol symbol) => symbol.ContainingAssembly?.Name ?? "";
}
