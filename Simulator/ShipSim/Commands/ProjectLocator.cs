namespace ShipSim.Cli.Commands;

/// <summary>Finds the script project: the one named on the command line, else RedundantAirlock/ beside
/// the RedundantAirlock.sln found from the current folder upwards.</summary>
static class ProjectLocator
{
    public const string SolutionName = "RedundantAirlock.sln";

    public static string Find(string? project)
    {
        if (!string.IsNullOrEmpty(project))
            return Path.GetFullPath(project);
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SolutionName)))
                return Path.Combine(dir.FullName, "RedundantAirlock", "RedundantAirlock.csproj");
        throw new FileNotFoundException($"No {SolutionName} in this folder or above it; run from the repository or pass --project.");
    }
}
