using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ShipSim.Toolchain.Packing;

/// <summary>
/// Step 5: take every declaration out of its namespace, as MDK2 does: the declaration's own lines (from the
/// start of its first line to the end of its last, so comments and regions before it stay behind), every tab
/// made four spaces, moved four columns left when every line is indented that far, and parsed again. A
/// declaration inside a <c>#region mdk preserve</c> of the namespace is marked preserved. Using directives are
/// left behind (the game adds its own).
/// </summary>
public static class UnwrapNamespaces
{
    const int IndentSize = 4;

    public static ParsedFile Run(ParsedFile file, IReadOnlyList<string> scriptNamespaces, List<string> warnings)
    {
        var root = file.Tree.GetCompilationUnitRoot();
        WarnOutsideNamespaces(root.Members, "", file, scriptNamespaces, warnings);
        while (root.DescendantNodes().OfType<NamespaceDeclarationSyntax>().FirstOrDefault() is { } ns)
        {
            var text = ns.SyntaxTree.GetText();
            var unwrapped = new List<MemberDeclarationSyntax>();
            var regions = new Stack<bool>();
            for (var i = 0; i < ns.Members.Count; i++)
            {
                var member = ns.Members[i];
                TrackRegions(regions, member.GetLeadingTrivia());
                var moved = Reparse(text, member.Span);
                if (regions.Contains(true))
                    moved = Preserve.Mark(moved);
                unwrapped.Add(moved);
                TrackRegions(regions, member.GetTrailingTrivia());
            }
            root = root.ReplaceNode(ns, unwrapped);
        }
        return file with { Tree = file.Tree.WithRootAndOptions(root, file.Tree.Options) };
    }

    static void WarnOutsideNamespaces(SyntaxList<MemberDeclarationSyntax> members, string ns, ParsedFile file,
        IReadOnlyList<string> scriptNamespaces, List<string> warnings)
    {
        foreach (var member in members)
        {
            if (member is NamespaceDeclarationSyntax nested)
            {
                WarnOutsideNamespaces(nested.Members, ns.Length == 0 ? nested.Name.ToString() : ns + "." + nested.Name, file, scriptNamespaces, warnings);
                continue;
            }
            if (scriptNamespaces.Contains(ns, StringComparer.Ordinal))
                continue;
            var line = member.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            warnings.Add($"{file.Source.DisplayPath}({line}): warning MDK03: code outside the script's namespaces ({string.Join(", ", scriptNamespaces)}) is packed all the same");
        }
    }

    // The declaration's lines, tabs expanded and moved left, parsed on their own.
    static MemberDeclarationSyntax Reparse(SourceText text, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && text[start - 1] != '\n' && char.IsWhiteSpace(text[start - 1]))
            start--;
        var end = span.End;
        while (end < text.Length && text[end] != '\n' && char.IsWhiteSpace(text[end]))
            end++;
        var lines = text.ToString(TextSpan.FromBounds(start, end)).TrimEnd();
        if (end < text.Length && text[end] == '\n')
            lines += "\n";
        var moved = new StringBuilder(ExpandTabs(lines));
        Unindent(moved, IndentSize);
        return (MemberDeclarationSyntax)CSharpSyntaxTree.ParseText(moved.ToString()).GetRoot().ChildNodes().First();
    }

    // Every tab becomes four spaces (MDK2 ignores the column), except inside string and character literals.
    static string ExpandTabs(string code)
    {
        if (!code.Contains('\t'))
            return code;
        var literals = Literals(code).ToList();
        var result = new StringBuilder(code.Length + 16);
        for (var i = 0; i < code.Length; i++)
            result.Append(code[i] == '\t' && !literals.Any(l => l.Contains(i)) ? new string(' ', IndentSize) : code[i].ToString());
        return result.ToString();
    }

    static IEnumerable<TextSpan> Literals(string code) =>
        CSharpSyntaxTree.ParseText(code).GetRoot().DescendantTokens()
            .Where(t => t.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.CharacterLiteralToken)
            .Select(t => t.Span);

    /// <summary>Moves every line that ends in a line break <paramref name="columns"/> spaces left, but only when
    /// all of them (blank ones aside) start with that many spaces; a last line without a line break is left
    /// alone, as in MDK2. Lines that continue a string literal are neither looked at nor moved: a literal keeps
    /// its text (MDK2 moves them too, changing the string).</summary>
    public static void Unindent(StringBuilder text, int columns)
    {
        var code = text.ToString();
        var literals = Literals(code).Where(l => code.IndexOf('\n', l.Start, l.Length) >= 0).ToList();
        var lines = CompleteLines(code).Where(line => !literals.Any(l => l.Start < line.Start && line.Start < l.End)).ToList();
        var indent = new string(' ', columns);
        bool IsBlank((int Start, int End) line) => string.IsNullOrWhiteSpace(code[line.Start..line.End]);
        if (!lines.All(line => IsBlank(line) || code.AsSpan(line.Start, line.End - line.Start).StartsWith(indent)))
            return;
        for (var i = lines.Count - 1; i >= 0; i--)
            if (!IsBlank(lines[i]))
                text.Remove(lines[i].Start, columns);
    }

    // Lines that end in "\n" or "\r\n", without their line break.
    static IEnumerable<(int Start, int End)> CompleteLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n')
                continue;
            yield return (start, i > start && text[i - 1] == '\r' ? i - 1 : i);
            start = i + 1;
        }
    }

    static void TrackRegions(Stack<bool> regions, SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            switch (item.GetStructure())
            {
                case RegionDirectiveTriviaSyntax region:
                    regions.Push(Preserve.IsPreserveRegion(region));
                    break;
                case EndRegionDirectiveTriviaSyntax when regions.Count > 0:
                    regions.Pop();
                    break;
            }
        }
    }
}
