using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Tests;

/// <summary>One namespace scheme across Tests/: the code of test project X.Tests lives in ShipSim.X.Tests. Script
/// projects inside a test project (its Fixtures, the scripters' example script) are scripts and keep IngameScript.</summary>
public class TestNamespaceTests
{
    [Fact]
    public void EveryTestFileUsesTheNamespaceOfItsProject()
    {
        var testsFolder = Path.Combine(RepoPaths.Root, "Tests");
        var wrong = new List<string>();
        var checkedFiles = 0;
        foreach (var file in Directory.EnumerateFiles(testsFolder, "*.cs", SearchOption.AllDirectories))
        {
            var project = OwningProject(file);
            if (project == null || !project.EndsWith(".Tests.csproj", StringComparison.Ordinal))
                continue;
            var expected = "ShipSim." + Path.GetFileNameWithoutExtension(project);
            var declared = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot()
                .DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString()).ToList();
            checkedFiles++;
            if (declared.Count != 1 || declared[0] != expected)
                wrong.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: [{string.Join(", ", declared)}], expected {expected}");
        }
        Assert.True(checkedFiles > 40, $"only {checkedFiles} test files found");
        Assert.Empty(wrong);
    }

    // The nearest .csproj above the file; null for build output, fixtures and golden files (test input, not test code).
    static string? OwningProject(string file)
    {
        var parts = file.Split(Path.DirectorySeparatorChar);
        if (parts.Contains("bin") || parts.Contains("obj") || parts.Contains("Fixtures") || parts.Contains("Golden"))
            return null;
        for (var dir = Path.GetDirectoryName(file); dir != null; dir = Path.GetDirectoryName(dir))
        {
            var project = Directory.EnumerateFiles(dir, "*.csproj").FirstOrDefault();
            if (project != null)
                return Path.GetFileName(project);
        }
        return null;
    }
}
