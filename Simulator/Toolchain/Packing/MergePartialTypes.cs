namespace ShipSim.Toolchain.Packing;

/// <summary>A type of the packed script: all its partial parts, in file order.</summary>
public sealed record MergedType(string Key, IReadOnlyList<TypePart> Parts)
{
    public bool IsProgram => Parts[0].IsProgram;
}

/// <summary>Step 5: merge the partial parts of each type; Program goes first, the rest keep the order of
/// their first part.</summary>
public static class MergePartialTypes
{
    public static List<MergedType> Run(IReadOnlyList<TypePart> parts)
    {
        var merged = new List<MergedType>();
        var byKey = new Dictionary<string, List<TypePart>>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part.IsPartial && byKey.TryGetValue(part.Key, out var existing))
            {
                existing.Add(part);
                continue;
            }
            var list = new List<TypePart> { part };
            if (part.IsPartial)
                byKey[part.Key] = list;
            merged.Add(new MergedType(part.Key, list));
        }
        var program = merged.FindIndex(t => t.IsProgram);
        if (program < 0)
            throw new PackException("No class Program found: a script project needs 'partial class Program : MyGridProgram' in namespace IngameScript.");
        var first = merged[program];
        merged.RemoveAt(program);
        merged.Insert(0, first);
        return merged;
    }
}
