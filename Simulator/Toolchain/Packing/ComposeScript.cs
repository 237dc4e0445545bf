using System.Text;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ShipSim.Toolchain.Packing;

/// <summary>
/// Step 11: write the script the game will wrap in <c>class Program : MyGridProgram { ... }</c>, as MDK2 does: the
/// lines of Program's body (the line of its opening brace and of its closing brace dropped, moved four columns
/// left when every line is indented that far), then <c>}</c> and every other type as it stands; the last closing
/// brace is dropped, because the game's wrapper supplies it. Line breaks are written as <c>\n</c>.
/// </summary>
public static class ComposeScript
{
    const int IndentSize = 4;

    public static string Run(CompilationUnitSyntax root)
    {
        var program = root.Members.OfType<ClassDeclarationSyntax>().FirstOrDefault(c => c.Identifier.Text == "Program")
            ?? throw new PackException("No class Program found: a script project needs 'partial class Program : MyGridProgram' in namespace IngameScript.");
        var script = new StringBuilder();
        AppendBody(script, root, program);
        var others = root.Members.Where(m => m != program).ToList();
        if (others.Count > 0)
        {
            script.Append("}\n");
            foreach (var member in others)
                script.Append(member.ToFullString());
            DropLastClosingBrace(script);
        }
        return script.Replace("\r\n", "\n").ToString();
    }

    static void AppendBody(StringBuilder script, CompilationUnitSyntax root, ClassDeclarationSyntax program)
    {
        var span = TextSpan.FromBounds(program.OpenBraceToken.SpanStart, program.CloseBraceToken.Span.End);
        var lines = SourceText.From(root.ToFullString()).GetSubText(span).Lines.Select(l => l.ToString()).ToList();
        TrimBraceLine(lines, 0, fromStart: true);
        TrimBraceLine(lines, lines.Count - 1, fromStart: false);
        var body = new StringBuilder();
        foreach (var line in lines)
            body.Append(line).Append('\n');
        UnwrapNamespaces.Unindent(body, IndentSize);
        script.Append(body);
    }

    // Drops the brace (and the whitespace beside it) at one end of the lines; a line left blank goes too.
    static void TrimBraceLine(List<string> lines, int index, bool fromStart)
    {
        if (index < 0 || index >= lines.Count)
            return;
        var line = lines[index];
        var brace = fromStart ? '{' : '}';
        var cut = 0;
        var seenBrace = false;
        for (var n = 0; n < line.Length; n++)
        {
            var c = fromStart ? line[n] : line[line.Length - 1 - n];
            if (c == brace && !seenBrace)
                seenBrace = true;
            else if (c == brace || !char.IsWhiteSpace(c))
                break;
            cut++;
        }
        if (cut == 0)
            return;
        var rest = fromStart ? line[cut..] : line[..^cut];
        if (string.IsNullOrWhiteSpace(rest))
            lines.RemoveAt(index);
        else
            lines[index] = rest;
    }

    static void DropLastClosingBrace(StringBuilder script)
    {
        for (var i = script.Length - 1; i >= 0; i--)
        {
            if (script[i] == '}')
            {
                script.Length = i;
                return;
            }
            if (!char.IsWhiteSpace(script[i]))
                return;
        }
    }
}
