using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing.Minifier;

/// <summary>
/// Step 10: MDK2's minifier, one small step per job, in MDK2's order. Each level does what the one before does,
/// and more: trim (redundant modifiers, unused code), stripcomments, full (renaming), lite (whitespace; full
/// includes it, and runs it after renaming).
/// </summary>
public static class Minify
{
    public static CompilationUnitSyntax Run(CompilationUnitSyntax script, MinifyLevel level, bool noMemberTrimming)
    {
        script = ProtectEntryPoints.Run(script);
        if (level >= MinifyLevel.Trim)
        {
            script = RemoveRedundantModifiers.Run(script);
            script = TrimUnusedCode.Run(script, trimMembers: !noMemberTrimming);
        }
        if (level >= MinifyLevel.StripComments)
            script = StripComments.Run(script);
        if (level >= MinifyLevel.Full)
            script = RenameSymbols.Run(script);
        if (level >= MinifyLevel.Lite)
        {
            script = CompactWhitespace.Run(script);
            script = WrapLines.Run(script);
        }
        return script;
    }
}
