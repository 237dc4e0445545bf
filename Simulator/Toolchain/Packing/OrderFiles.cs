using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ShipSim.Toolchain.Packing;

/// <summary>Step 3: order files by a file-top <c>// &lt;mdk sortorder="N" /&gt;</c> comment (0 when absent), then by path.</summary>
public static partial class OrderFiles
{
    [GeneratedRegex("""^//\s*<mdk\s+sortorder\s*=\s*"(-?\d+)"\s*/>""", RegexOptions.IgnoreCase)]
    private static partial Regex SortOrderComment();

    public static int SortOrder(SyntaxTree tree)
    {
        foreach (var trivia in tree.GetRoot().GetLeadingTrivia())
        {
            if (!trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
                continue;
            var match = SortOrderComment().Match(trivia.ToString());
            if (match.Success)
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return 0;
    }

    public static List<ParsedFile> Run(List<ParsedFile> files) => files
        .OrderBy(f => SortOrder(f.Tree))
        .ThenBy(f => f.Source.DisplayPath, StringComparer.Ordinal)
        .ToList();
}
