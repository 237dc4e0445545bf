using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ShipSim.Toolchain.Packing;

namespace ShipSim.Toolchain.Tests;

/// <summary>
/// MDK2 2.2.10's own packed output of the fixtures (Golden/&lt;Fixture&gt;.&lt;Config&gt;.&lt;level&gt;.cs, written by
/// MDK2's packer, Mdk.CommandLine, built and run on this machine with the date macro fixed at 2026-12-01).
/// </summary>
static class Mdk2Golden
{
    public static readonly DateTime PackedOn = new(2026, 12, 1, 12, 0, 0);

    public static string Folder => Path.Combine(RepoPaths.Root, "Tests", "Toolchain.Tests", "Golden");

    public static string Read(string fixture, PackConfiguration configuration, MinifyLevel level) =>
        File.ReadAllText(Path.Combine(Folder, $"{fixture}.{configuration}.{level.ToString().ToLowerInvariant()}.cs"));

    /// <summary>
    /// The script with every string literal written as <c>"…"</c> and its own leading and trailing trivia
    /// dropped. This is the one difference docs/toolchain.md allows: MDK2 writes every string literal anew (a
    /// verbatim string becomes a regular one, and the literal loses the trivia around it, such as the space
    /// before a following <c>+</c>), ShipSim keeps it as written. Everything else must match to the character.
    /// </summary>
    public static string MaskStrings(string script)
    {
        var root = CSharpSyntaxTree.ParseText(script).GetRoot();
        var text = new System.Text.StringBuilder(script.Length);
        foreach (var token in root.DescendantTokens(descendIntoTrivia: false))
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken))
            {
                text.Append("\"…\"");
                continue;
            }
            text.Append(token.ToFullString());
        }
        return text.ToString();
    }

    /// <summary>The script's tokens, string literals masked as in <see cref="MaskStrings"/>.</summary>
    public static List<string> Tokens(string script) =>
        CSharpSyntaxTree.ParseText(script).GetRoot().DescendantTokens()
            .Select(t => t.IsKind(SyntaxKind.StringLiteralToken) ? "\"…\"" : t.Text).ToList();
}
