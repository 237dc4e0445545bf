using Microsoft.CodeAnalysis;

namespace ShipSim.Toolchain.GameCompiler;

/// <summary>What a script is compiled against: the .NET Framework 4.8 reference assemblies and
/// System.Collections.Immutable (copied beside this tool at build time), and the stand-in of the game's API.</summary>
public static class GameReferences
{
    static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Load);

    public static IReadOnlyList<MetadataReference> Get() => All.Value;

    /// <summary>Paths of the stand-in assemblies, one per game assembly.</summary>
    public static IReadOnlyList<string> StandInAssemblies() =>
    [
        typeof(VRage.MyTexts).Assembly.Location,                                   // VRage
        typeof(VRage.MyTuple).Assembly.Location,                                   // VRage.Library
        typeof(VRageMath.Color).Assembly.Location,                                 // VRage.Math
        typeof(VRage.Scripting.MemorySafeTypes.MemorySafeList<>).Assembly.Location, // VRage.Scripting
        typeof(VRage.Game.ModAPI.Ingame.IMyCubeBlock).Assembly.Location,           // VRage.Game
        typeof(Sandbox.ModAPI.Ingame.MyGridProgram).Assembly.Location,             // Sandbox.Common
        typeof(Sandbox.Game.EntityComponents.MyResourceSinkComponent).Assembly.Location, // Sandbox.Game
        typeof(SpaceEngineers.Game.ModAPI.Ingame.IMyTimerBlock).Assembly.Location, // SpaceEngineers.Game
        typeof(SpaceEngineers.Game.ModAPI.Ingame.LandingGearMode).Assembly.Location, // SpaceEngineers.ObjectBuilders
    ];

    static List<MetadataReference> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "game-references");
        string[] framework = ["mscorlib.dll", "System.dll", "System.Core.dll", "System.Xml.dll", "netstandard.dll", "System.Collections.Immutable.dll"];
        var references = new List<MetadataReference>();
        foreach (var file in framework)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
                throw new FileNotFoundException($"Game reference {file} missing from {folder}: rebuild the Toolchain project.", path);
            references.Add(MetadataReference.CreateFromFile(path));
        }
        references.AddRange(StandInAssemblies().Select(p => MetadataReference.CreateFromFile(p)));
        return references;
    }
}
