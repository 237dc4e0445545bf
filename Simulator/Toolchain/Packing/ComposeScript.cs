using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ShipSim.Toolchain.Packing;

/// <summary>
/// Step 6: write the script the game will wrap in <c>class Program : MyGridProgram { ... }</c>: the body of
/// Program (its header and braces removed, moved to column 0), then <c>}</c> and every other type; the last
/// type's closing brace is dropped, because the game's wrapper supplies it.
/// </summary>
public static class ComposeScript
{
    public static string Run(IReadOnlyList<MergedType> types)
    {
        var script = new StringBuilder();
        foreach (var part in types[0].Parts)
            AppendBlock(script, ProgramBody(part), blankLineBefore: script.Length > 0);

        var others = types.Skip(1).ToList();
        // The game's closing brace must close a type: end with one that has braces.
        var last = others.FindLastIndex(t => t.Parts[0].Declaration is BaseTypeDeclarationSyntax);
        if (last >= 0 && last != others.Count - 1)
        {
            var braced = others[last];
            others.RemoveAt(last);
            others.Add(braced);
        }
        if (others.Count > 0)
        {
            script.Append("}\n");
            for (var i = 0; i < others.Count; i++)
                AppendBlock(script, TypeText(others[i]), blankLineBefore: i > 0);
            var brace = LastIndexOfClosingBrace(script);
            script.Remove(brace, 1);
        }
        return script.ToString().TrimEnd() + "\n";
    }

    static void AppendBlock(StringBuilder script, string block, bool blankLineBefore)
    {
        block = block.Trim('\n').TrimEnd();
        if (block.Length == 0)
            return;
        if (blankLineBefore)
            script.Append('\n');
        script.Append(block).Append('\n');
    }

    // Members of one part of Program, with the comments before its closing brace.
    static string ProgramBody(TypePart part)
    {
        var type = (TypeDeclarationSyntax)part.Declaration;
        var indent = type.Members.Count > 0 ? ScriptText.IndentOf(type.Members[0]) : ScriptText.IndentOf(type) + 4;
        return ScriptText.Unindent(type.SyntaxTree, Body(type), indent);
    }

    static TextSpan Body(BaseTypeDeclarationSyntax type) =>
        TextSpan.FromBounds(type.OpenBraceToken.FullSpan.End, type.CloseBraceToken.SpanStart);

    static string TypeText(MergedType type)
    {
        var first = type.Parts[0].Declaration;
        var indent = ScriptText.IndentOf(first);
        if (type.Parts.Count == 1 || first is not BaseTypeDeclarationSyntax head)
            return ScriptText.Unindent(first.SyntaxTree, first.FullSpan, indent);

        // Partial parts: the first part's header and members, then the others' members, then its brace.
        var text = new StringBuilder();
        text.Append(ScriptText.Unindent(head.SyntaxTree, TextSpan.FromBounds(head.FullSpan.Start, head.CloseBraceToken.SpanStart), indent).TrimEnd()).Append('\n');
        foreach (var part in type.Parts.Skip(1))
        {
            var other = (BaseTypeDeclarationSyntax)part.Declaration;
            text.Append('\n').Append(ScriptText.Unindent(other.SyntaxTree, Body(other), ScriptText.IndentOf(other)).Trim('\n').TrimEnd()).Append('\n');
        }
        text.Append(ScriptText.Unindent(head.SyntaxTree, head.CloseBraceToken.FullSpan, 0));
        return text.ToString();
    }

    static int LastIndexOfClosingBrace(StringBuilder script)
    {
        for (var i = script.Length - 1; i >= 0; i--)
            if (script[i] == '}')
                return i;
        throw new PackException("internal: no closing brace to drop");
    }
}
