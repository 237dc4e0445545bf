using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ShipSim.Toolchain.Packing;

/// <summary>
/// Step 6: order files by a <c>// &lt;mdk sortorder="N" /&gt;</c> comment at the top of the file (0 when absent),
/// keeping MSBuild's order otherwise. As in MDK2 the comment is read after namespaces are unwrapped, so it counts
/// only where it sits on something that stays, such as a using directive; before a namespace it is lost.
/// </summary>
public static partial class OrderFiles
{
    [GeneratedRegex("""\A\s*//\s*<mdk\s+sortorder\s*=\s*"\s*(-?\d+)\s*"\s*/>\s*\z""")]
    private static partial Regex SortOrderComment();

    public static int SortOrder(SyntaxTree tree)
    {
        foreach (var trivia in tree.GetRoot().GetLeadingTrivia())
        {
            if (!trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
                continue;
            var match = SortOrderComment().Match(trivia.ToString());
            if (match.Success && int.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var order))
                return order;
        }
        return 0;
    }

    public static List<ParsedFile> Run(List<ParsedFile> files) => files.OrderBy(f => SortOrder(f.Tree)).ToList();
}
