using System.Collections.Concurrent;
using ShipSim.Host;

namespace ShipSim.World.Scripting;

/// <summary>Compiled scripts by text: the game compiles each block's script itself, but compiling is the
/// simulator's most expensive step and the result depends only on the text, so it is done once per text
/// per process. Every block still loads its own copy (its own statics) from the image.</summary>
public static class ScriptLibrary
{
    static readonly ConcurrentDictionary<string, Lazy<ScriptImage>> Images = new(StringComparer.Ordinal);

    public static ScriptImage Compile(string script) =>
        Images.GetOrAdd(script, text => new Lazy<ScriptImage>(() => ScriptImage.Compile(text))).Value;
}
