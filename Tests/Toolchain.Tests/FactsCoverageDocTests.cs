using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Tests;

/// <summary>docs/facts-coverage.md names the tests that pin each claim of docs/game-behaviour.md; a renamed or deleted
/// test must not leave the table pointing at nothing, and the two pages keep the same numbered sections.</summary>
public partial class FactsCoverageDocTests
{
    [Fact]
    public void EveryTestTheTableNamesExistsAsAFactOrTheory()
    {
        var tests = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                           && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot()
                .DescendantNodes().OfType<MethodDeclarationSyntax>())
            .Where(method => method.AttributeLists.SelectMany(list => list.Attributes)
                .Any(attribute => attribute.Name.ToString() is "Fact" or "Theory"))
            .Select(method => method.Identifier.Text)
            .ToHashSet();

        var rows = File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "facts-coverage.md"))
            .Where(line => line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal)
                           && !line.StartsWith("| claim", StringComparison.Ordinal))
            .ToList();
        var named = rows.SelectMany(row => TestName().Matches(row.Split('|')[^2]).Select(m => m.Groups["method"].Value)).ToList();

        Assert.True(named.Count > 200, $"only {named.Count} test names found in the table");
        Assert.Empty(named.Where(name => !tests.Contains(name)).Distinct());
    }

    // "Class.Method" or a bare "Section9_Method" in the "pinned by" column.
    [GeneratedRegex(@"(?:\b\w+Tests\.|(?=\bSection\d))(?<method>\w+)")]
    private static partial Regex TestName();

    [Fact]
    public void TheCoverageTableHasASectionForEachNumberedSectionOfTheSpecification()
    {
        static List<string> Sections(string page) => File.ReadLines(Path.Combine(RepoPaths.Root, "docs", page))
            .Where(line => NumberedHeading().IsMatch(line))
            .ToList();

        var specification = Sections("game-behaviour.md");
        Assert.Equal(12, specification.Count); // 1-10 and 12 describe the game, 11 is advice to scripters
        Assert.Equal(specification.Where(heading => !heading.StartsWith("## 11. ", StringComparison.Ordinal)), Sections("facts-coverage.md"));
    }

    [GeneratedRegex(@"^## \d+\. ")]
    private static partial Regex NumberedHeading();
}
