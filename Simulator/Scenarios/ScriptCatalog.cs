using System.Collections.Concurrent;
using ShipSim.Toolchain.Packing;

namespace ShipSim.Scenarios;

/// <summary>The script projects of this repository, packed the way a player would deploy them (MDK2's packer,
/// Release), once per process.</summary>
public static class ScriptCatalog
{
    public const string SolutionName = "RedundantAirlock.sln";
    static readonly ConcurrentDictionary<string, Lazy<string>> Packed = new(StringComparer.Ordinal);

    /// <summary>The player's script: RedundantAirlock/.</summary>
    public static string RedundantAirlock => Pack(Path.Combine(RepositoryRoot(), "RedundantAirlock", "RedundantAirlock.csproj"));

    /// <summary>The smallest script running the Failover mixin (Simulator/Scenarios/Scripts/FailoverProbe).</summary>
    public static string FailoverProbe => Pack(Path.Combine(RepositoryRoot(), "Simulator", "Scenarios", "Scripts", "FailoverProbe", "FailoverProbe.csproj"));

    /// <summary>Packs any script project (cached by path).</summary>
    public static string Pack(string projectFile) =>
        Packed.GetOrAdd(Path.GetFullPath(projectFile), path => new Lazy<string>(() =>
            Packer.Pack(ScriptProject.Load(path), PackConfiguration.Release).Script)).Value;

    /// <summary>The folder holding RedundantAirlock.sln: from the current folder upwards, else from this assembly's.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, SolutionName)))
                    return dir.FullName;
        throw new FileNotFoundException($"No {SolutionName} in this folder or above it, nor above {AppContext.BaseDirectory}.");
    }
}
