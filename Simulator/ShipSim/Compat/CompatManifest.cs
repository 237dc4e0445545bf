using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShipSim.Cli.Compat;

/// <summary>
/// The public scripts the compatibility report covers (docs/compat-corpus.json): where each one lives (repository,
/// commit, paths - never its code), how it is laid out, and the world it needs to run.
/// </summary>
public sealed record CompatManifest(IReadOnlyList<CompatEntry> Scripts)
{
    static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static CompatManifest Load(string path)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<CompatManifest>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{path}: empty manifest");
            var duplicate = manifest.Scripts.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
            if (duplicate != null)
                throw new InvalidDataException($"{path}: script id '{duplicate.Key}' appears twice");
            return manifest;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}

/// <summary>How a script's source is laid out in its repository.</summary>
public enum ScriptForm
{
    /// <summary>One file that is the text a player pastes into the programmable block.</summary>
    Script,
    /// <summary>C# files with usings, a namespace and <c>class Program : MyGridProgram</c> (an MDK project or a
    /// single class file): packed the way MDK does before it is game-compiled.</summary>
    Project,
}

public enum ScriptKind { Airlock, General }

/// <summary>One public script of the corpus.</summary>
/// <param name="Paths">Files, or folders whose .cs files form the project, relative to the repository.</param>
/// <param name="Excepted">Why the script does not count toward the compile rate (over 100,000 characters, or uses
/// members the game removed), or null.</param>
public sealed record CompatEntry(
    string Id,
    string Title,
    string Author,
    ScriptKind Kind,
    string Repo,
    string Commit,
    IReadOnlyList<string> Paths,
    ScriptForm Form,
    WorldSpec? World = null,
    string? Excepted = null,
    string? Notes = null)
{
    /// <summary>Where the corpus keeps the repository: DIR/owner+name.</summary>
    public string Folder => Repo.Replace('/', '+');
    public string Link => $"https://github.com/{Repo}/blob/{Commit}/{Paths[0]}";
}

/// <summary>The world a script runs in: the standard ship (unless switched off) plus its own blocks, groups, rooms,
/// Run presses, the terminal actions a player takes, and natural gravity (x, y, z in m/s2; none by default).</summary>
public sealed record WorldSpec(
    bool StandardShip = true,
    string? ProgrammableBlockName = null,
    string? CustomData = null,
    IReadOnlyList<BlockSpec>? Blocks = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Groups = null,
    IReadOnlyList<RoomSpec>? Rooms = null,
    IReadOnlyList<RunSpec>? Runs = null,
    IReadOnlyList<ActionSpec>? Actions = null,
    IReadOnlyList<double>? NaturalGravity = null);

/// <summary>A block the script needs: game type ("Door", "Thrust" ...), name, optional subtype and Custom Data, and
/// optionally the rotor, hinge, piston or suspension (by name) on whose top part's grid it sits.</summary>
public sealed record BlockSpec(string Type, string Name, string? Subtype = null, string? CustomData = null, string? On = null);

/// <summary>A pressurisable room: its volume (m3), starting oxygen level (0..1), the air vents that serve it and the
/// doors out of it, each to another room of the world by name or, with null, to space.</summary>
public sealed record RoomSpec(
    string Name,
    double Volume,
    double Level = 0,
    IReadOnlyList<string>? Vents = null,
    IReadOnlyDictionary<string, string?>? Doors = null);

/// <summary>The player (or a timer block's toolbar) pressing Run with an argument at a moment of game time (seconds),
/// and again every <paramref name="Every"/> seconds when that is set.</summary>
public sealed record RunSpec(double At, string Argument, double? Every = null);

/// <summary>The player applying a block's terminal action ("Open_On", "OnOff_Off" ...) at a moment of game time.</summary>
public sealed record ActionSpec(double At, string Block, string Action);
