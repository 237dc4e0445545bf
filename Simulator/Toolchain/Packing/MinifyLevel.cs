namespace ShipSim.Toolchain.Packing;

/// <summary>MDK2's minifier levels, each doing everything the one before does and more.</summary>
public enum MinifyLevel
{
    /// <summary>The code as written, with regions and inactive #if code removed.</summary>
    None,
    /// <summary>Also drops unused types and members, and redundant private/internal/readonly modifiers.</summary>
    Trim,
    /// <summary>Also drops comments (except in <c>#region mdk preserve</c>).</summary>
    StripComments,
    /// <summary>Also drops indentation and line breaks (lines wrap at 120 columns).</summary>
    Lite,
    /// <summary>Also renames the script's own identifiers to one or two characters.</summary>
    Full,
}

public static class MinifyLevels
{
    public const string Names = "none, trim, stripcomments, lite, full";

    /// <summary>Reads a level the way MDK2 does (mdk.ini's <c>minify=</c> and the <c>-minify</c> option): a
    /// level's name in any case, or its number 0-4.</summary>
    public static bool TryParse(string? text, out MinifyLevel level)
    {
        level = MinifyLevel.None;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
            return false;
        if (text.All(char.IsAsciiDigit))
        {
            if (!int.TryParse(text, out var number) || number > (int)MinifyLevel.Full)
                return false;
            level = (MinifyLevel)number;
            return true;
        }
        return text.All(char.IsAsciiLetter) && Enum.TryParse(text, ignoreCase: true, out level);
    }
}
