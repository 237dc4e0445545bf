namespace ShipSim.ScripterExample.Tests;

/// <summary>docs/testing-your-script.md shows SimpleAirlockTests.cs whole; what scripters copy is what CI runs.</summary>
public class DocumentedExampleTests
{
    [Fact]
    public void TheTestingPageShowsTheExampleTestFileExactly()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "RedundantAirlock.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        var page = File.ReadAllText(Path.Combine(root, "docs", "testing-your-script.md"));
        const string Fence = "```csharp\n";
        var start = page.IndexOf(Fence, StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no csharp code block");
        start += Fence.Length;
        var example = page[start..page.IndexOf("```", start, StringComparison.Ordinal)];

        var file = File.ReadAllText(Path.Combine(root, "Tests", "ScripterExample.Tests", "SimpleAirlockTests.cs"));
        Assert.Equal(file, example);
    }
}
