namespace ShipSim.Toolchain.Tests;

/// <summary>Paths into the repository the tests run from.</summary>
static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "Tests", "Toolchain.Tests", "Fixtures");
    public static string FixtureProject => Fixture("FixtureScript");

    /// <summary>The project file of a packer fixture (FrozenAirlock keeps the real script's folder layout).</summary>
    public static string Fixture(string name) => name == "FrozenAirlock"
        ? Path.Combine(Fixtures, name, "RedundantAirlock", "RedundantAirlock.csproj")
        : Path.Combine(Fixtures, name, name + ".csproj");
    public static string ScriptProject => Path.Combine(Root, "RedundantAirlock", "RedundantAirlock.csproj");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RedundantAirlock.sln")))
                return dir.FullName;
        throw new InvalidOperationException("RedundantAirlock.sln not found above " + AppContext.BaseDirectory);
    }
}
