using ShipSim.Cli;

// Verbs write through ShipSimApp's per-run console, a process-wide setting: tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace ShipSim.ShipSim.Tests;

/// <summary>Runs the tool in-process, as the command line would, and keeps what it printed.</summary>
static class Tool
{
    public sealed record Result(int Exit, string Out, string Error)
    {
        public string All => Out + Error;
    }

    public static Result Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ShipSimApp.Run(args, output, error);
        return new Result(exit, output.ToString(), error.ToString());
    }

    public static string Root { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(Root, "Tests", "Toolchain.Tests", "Fixtures", name, name + ".csproj");

    public static string ScenarioFolder => Path.Combine(Root, "docs", "scenarios");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RedundantAirlock.sln")))
                return dir.FullName;
        throw new InvalidOperationException("RedundantAirlock.sln not found above " + AppContext.BaseDirectory);
    }

    public static string TempFile(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("shipsim-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
