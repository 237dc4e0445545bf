namespace ShipSim.Toolchain.Packing;

/// <summary>Step 7: MDK2's minifier levels. ShipSim packs with <c>minify=none</c> only; the other levels are
/// refused with a clear message rather than approximated.</summary>
public static class Minify
{
    public static readonly string[] Supported = ["none"];

    public static string Run(string script, string level) => level switch
    {
        "none" => script,
        "trim" or "stripcomments" or "lite" or "full" =>
            throw new PackException($"mdk.ini: minify={level} is an MDK2 level that ShipSim's packer does not implement; use minify=none (MDK2 on Windows still honours {level})."),
        _ => throw new PackException($"mdk.ini: unknown minify level '{level}' (MDK2 knows none, trim, stripcomments, lite, full)."),
    };
}
