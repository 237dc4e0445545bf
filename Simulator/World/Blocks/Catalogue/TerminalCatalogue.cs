using System.Reflection;

namespace ShipSim.World.Blocks.Catalogue;

/// <summary>A terminal property the game gives a block type: its id and value type ("Boolean", "Single", "Color",
/// "Int64", "StringBuilder").</summary>
public sealed record TerminalPropertyInfo(string Id, string TypeName);

/// <summary>A toolbar action the game gives a block type: its id and caption.</summary>
public sealed record TerminalActionInfo(string Id, string Caption);

/// <summary>One block type of the game: object-builder type name (without "MyObjectBuilder_"), in-game interface,
/// subtypes, terminal properties and actions.</summary>
public sealed record BlockTypeInfo(
    string TypeId,
    string Interface,
    IReadOnlyList<string> Subtypes,
    IReadOnlyList<TerminalPropertyInfo> Properties,
    IReadOnlyList<TerminalActionInfo> Actions);

/// <summary>
/// The terminal controls of every block type a player can build, read from terminal-controls.txt (the game's
/// published terminal data). Blocks take their property and action ids from here, so scripts reach them by the
/// game's names.
/// </summary>
public static class TerminalCatalogue
{
    static readonly Lazy<IReadOnlyDictionary<string, BlockTypeInfo>> Types = new(Load);

    public static IReadOnlyCollection<BlockTypeInfo> All => (IReadOnlyCollection<BlockTypeInfo>)Types.Value.Values;

    /// <summary>The block type with this object-builder name ("Thrust", "MotorStator" ...).</summary>
    public static BlockTypeInfo Get(string typeId) =>
        Types.Value.TryGetValue(typeId, out var info) ? info : throw new ArgumentException($"No block type '{typeId}' in the terminal catalogue.", nameof(typeId));

    public static bool TryGet(string typeId, out BlockTypeInfo info) => Types.Value.TryGetValue(typeId, out info!);

    // The subtype a block gets when none is asked for: the classic large-grid block of its type where the
    // catalogue's first (alphabetical) subtype is a variant. Empty subtypes are the game's original blocks.
    static readonly Dictionary<string, string> Preferred = new(StringComparer.Ordinal)
    {
        ["Thrust"] = "LargeBlockLargeThrust", ["InteriorLight"] = "SmallLight", ["Door"] = "", ["Cockpit"] = "LargeBlockCockpit",
        ["CargoContainer"] = "LargeBlockLargeContainer", ["Reactor"] = "LargeBlockLargeGenerator", ["RadioAntenna"] = "LargeBlockRadioAntenna",
        ["TextPanel"] = "LargeTextPanel", ["SolarPanel"] = "LargeBlockSolarPanel", ["OxygenTank"] = "", ["OxygenGenerator"] = "",
        ["AirVent"] = "", ["ReflectorLight"] = "LargeBlockFrontLight", ["CryoChamber"] = "LargeBlockCryoChamber",
        ["MotorAdvancedStator"] = "LargeAdvancedStator", ["Assembler"] = "LargeAssembler", ["Refinery"] = "LargeRefinery",
        ["ShipConnector"] = "Connector", ["Warhead"] = "LargeWarhead", ["MedicalRoom"] = "LargeMedicalRoom", ["Projector"] = "LargeProjector",
        ["ButtonPanel"] = "ButtonPanelLarge", ["LargeGatlingTurret"] = "", ["LargeMissileTurret"] = "", ["SmallGatlingGun"] = "",
        ["SmallMissileLauncher"] = "", ["StoreBlock"] = "StoreBlock", ["VendingMachine"] = "VendingMachine", ["Decoy"] = "LargeDecoy",
    };

    /// <summary>The subtype a block of this type gets by default.</summary>
    public static string DefaultSubtype(string typeId) =>
        Preferred.TryGetValue(typeId, out var preferred) ? preferred
        : TryGet(typeId, out var info) && info.Subtypes.Count > 0 ? info.Subtypes[0] : "";

    static IReadOnlyDictionary<string, BlockTypeInfo> Load()
    {
        using var stream = typeof(TerminalCatalogue).Assembly.GetManifestResourceStream("terminal-controls.txt")
            ?? throw new InvalidOperationException("terminal-controls.txt is not embedded in ShipSim.World.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static IReadOnlyDictionary<string, BlockTypeInfo> Parse(TextReader reader)
    {
        var types = new Dictionary<string, BlockTypeInfo>(StringComparer.Ordinal);
        string? typeId = null, iface = null;
        List<string> subtypes = [];
        List<TerminalPropertyInfo> properties = [];
        List<TerminalActionInfo> actions = [];

        void Flush()
        {
            if (typeId != null)
                types[typeId] = new BlockTypeInfo(typeId, iface!, subtypes, properties, actions);
            typeId = null;
            subtypes = [];
            properties = [];
            actions = [];
        }

        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "block":
                    Flush();
                    typeId = parts[1];
                    iface = parts[2];
                    break;
                case "subtypes":
                    subtypes.AddRange(parts.Skip(1).Where((p, i) => p.Length > 0 || parts.Length == 2));
                    break;
                case "property":
                    properties.Add(new TerminalPropertyInfo(parts[1], parts[2]));
                    break;
                case "action":
                    actions.Add(new TerminalActionInfo(parts[1], parts.Length > 2 ? parts[2] : ""));
                    break;
                default:
                    throw new InvalidDataException($"terminal-controls.txt: unknown line '{line}'.");
            }
        }
        Flush();
        return types;
    }
}
