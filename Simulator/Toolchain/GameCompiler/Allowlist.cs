using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ShipSim.Toolchain.GameCompiler;

/// <summary>
/// What a programmable-block script may name: the game's whitelist (game-whitelist.txt, the list MDK2 extracts
/// from the game, malforge/mdk2 Source/Mdk.PbAnalyzers/pbwhitelist.dat), read entry by entry. Its four forms:
/// <c>Namespace.*</c> (every type of the namespace in that assembly, with all their members),
/// <c>Namespace.Type+*</c> (the type, its members and nested types), <c>Namespace.Type</c> (the type only), and
/// <c>Namespace.Type.Member(ParamTypes)</c> (one member; one overload, generic arity kept). Types and members are
/// written as Roslyn displays them (<see cref="TypeFormat"/>, <see cref="MemberFormat"/>) and matched with the
/// assembly they come from.
/// </summary>
public sealed class Allowlist
{
    /// <summary>A type as the whitelist writes it: System.Collections.Generic.List&lt;T&gt;, object, System.Action&lt;T1, T2&gt;.</summary>
    public static readonly SymbolDisplayFormat TypeFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.ExpandNullable);

    /// <summary>A member as the whitelist writes it: System.Type.GetFields(System.Reflection.BindingFlags),
    /// System.Delegate.Combine(params System.Delegate[]), System.Type.operator ==(System.Type, System.Type).</summary>
    public static readonly SymbolDisplayFormat MemberFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters
                       | SymbolDisplayMemberOptions.IncludeExplicitInterface,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.ExpandNullable);

    public enum Form { Namespace, TypeAndMembers, TypeOnly, Member }

    /// <summary>One line of the whitelist.</summary>
    public sealed record Entry(Form Form, string Name, string Assembly, int Line)
    {
        public override string ToString() => Form switch
        {
            Form.Namespace => $"{Name}.*, {Assembly}",
            Form.TypeAndMembers => $"{Name}+*, {Assembly}",
            _ => $"{Name}, {Assembly}",
        };
    }

    readonly Dictionary<Form, HashSet<(string Name, string Assembly)>> _entries = Enum.GetValues<Form>().ToDictionary(f => f, _ => new HashSet<(string, string)>());

    public IReadOnlyList<Entry> Entries { get; private init; } = [];

    public static Allowlist Default { get; } = Parse(ReadEmbedded());

    static string ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("game-whitelist.txt")
            ?? throw new InvalidOperationException("game-whitelist.txt is not embedded in the toolchain");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Allowlist Parse(string text)
    {
        var lines = new List<(string Pattern, string Assembly, int Line)>();
        var raw = text.Split('\n');
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i].Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            var comma = line.LastIndexOf(',');
            if (comma <= 0)
                throw new FormatException($"game-whitelist.txt({i + 1}): expected \"pattern, assembly\"");
            lines.Add((line[..comma].Trim(), line[(comma + 1)..].Trim(), i + 1));
        }
        // Without parentheses, "System.Type.FullName" is a member because "System.Type" has a line of its own.
        var names = lines.Select(l => l.Pattern).ToHashSet(StringComparer.Ordinal);
        bool IsMember(string pattern) =>
            pattern.Contains('(') || (pattern.LastIndexOf('.') is var dot and > 0 && names.Contains(pattern[..dot]));
        var entries = lines.Select(l => l.Pattern switch
        {
            var p when p.EndsWith("+*", StringComparison.Ordinal) => new Entry(Form.TypeAndMembers, p[..^2], l.Assembly, l.Line),
            var p when p.EndsWith(".*", StringComparison.Ordinal) => new Entry(Form.Namespace, p[..^2], l.Assembly, l.Line),
            var p when IsMember(p) => new Entry(Form.Member, p, l.Assembly, l.Line),
            var p => new Entry(Form.TypeOnly, p, l.Assembly, l.Line),
        }).ToList();
        var list = new Allowlist { Entries = entries };
        foreach (var entry in entries)
            list._entries[entry.Form].Add((entry.Name, entry.Assembly));
        return list;
    }

    /// <summary>True when a script may name this type.</summary>
    public bool AllowsType(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => AllowsType(array.ElementType),
        IPointerTypeSymbol pointer => AllowsType(pointer.PointedAtType),
        ITypeParameterSymbol or IDynamicTypeSymbol or IErrorTypeSymbol => true,
        INamedTypeSymbol named => AllowsWholeType(named) || Has(Form.TypeOnly, named.OriginalDefinition.ToDisplayString(TypeFormat), named),
        _ => true,
    };

    /// <summary>True when a script may use this member (method, property, field, event) of a type it did not declare.</summary>
    public bool AllowsMember(ISymbol member)
    {
        var type = member.ContainingType;
        if (type == null)
            return false;
        return AllowsWholeType(type) || Has(Form.Member, member.OriginalDefinition.ToDisplayString(MemberFormat), type);
    }

    bool AllowsWholeType(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        for (var t = type; t != null; t = t.ContainingType)
            if (Has(Form.TypeAndMembers, t.ToDisplayString(TypeFormat), t))
                return true;
        var outermost = type;
        while (outermost.ContainingType != null)
            outermost = outermost.ContainingType;
        return Has(Form.Namespace, outermost.ContainingNamespace.ToDisplayString(), outermost);
    }

    bool Has(Form form, string name, ISymbol from) => _entries[form].Contains((name, from.ContainingAssembly?.Name ?? ""));
}
