using System.Text.RegularExpressions;

namespace ShipSim.Toolchain.Packing;

/// <summary>
/// MDK2's macros: <c>$NAME$</c> in string literals, comments and Instructions.readme is replaced by its value.
/// MDK2 defines <c>$MDK_DATETIME$</c>, <c>$MDK_DATE$</c> and <c>$MDK_TIME$</c> (local time when packing);
/// mdk.ini's <c>macros=$NAME$=value,...</c> defines more. Names ignore case; an unknown name stays as written.
/// </summary>
public static partial class Macro
{
    [GeneratedRegex(@"\$[A-Z_][A-Z0-9_]*\$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The macros of a pack: MDK2's three date macros at <paramref name="now"/>, then the project's.</summary>
    public static IReadOnlyDictionary<string, string> Defined(DateTime now, IReadOnlyDictionary<string, string> project)
    {
        var macros = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["$MDK_DATETIME$"] = now.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["$MDK_DATE$"] = now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["$MDK_TIME$"] = now.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in project)
            macros[name] = value;
        return macros;
    }

    public static bool Contains(string text) => text.Contains('$') && Pattern().IsMatch(text);

    /// <summary>The text with every defined macro replaced; <paramref name="escape"/> adapts a value to where it goes.</summary>
    public static string Replace(string text, IReadOnlyDictionary<string, string> macros, Func<string, string>? escape = null) =>
        !text.Contains('$') ? text : Pattern().Replace(text, m => macros.TryGetValue(m.Value, out var value) ? escape?.Invoke(value) ?? value : m.Value);

    /// <summary>Reads mdk.ini's <c>macros=</c> list: <c>$NAME$=value</c> items separated by commas; a value in double
    /// quotes may use backslash escapes.</summary>
    public static IEnumerable<(string Name, string Value)> ParseList(string list, string where)
    {
        foreach (var item in list.Split(','))
        {
            var eq = item.IndexOf('=');
            if (eq < 0)
                throw new PackException($"{where}: macro \"{item.Trim()}\" is not NAME=value");
            var name = item[..eq].Trim();
            if (name.Length == 0)
                throw new PackException($"{where}: macro \"{item.Trim()}\" has no name");
            var value = item[(eq + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
                value = Regex.Unescape(value[1..^1]);
            yield return (name, value);
        }
    }
}
