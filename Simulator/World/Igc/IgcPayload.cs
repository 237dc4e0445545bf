using System.Collections.Immutable;

namespace ShipSim.World.Igc;

/// <summary>
/// What may travel in an intergrid message (game-behaviour.md section 8): primitives and string, VRageMath
/// structs, MyTuple of 1-6 allowed types, and immutable collections of allowed types, nested at most 25
/// levels. Anything else throws at send, as in the game. Enums and the script's own classes are refused.
/// </summary>
public static class IgcPayload
{
    public const int MaxNesting = 25;

    static readonly HashSet<Type> Primitives =
    [
        typeof(bool), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(char), typeof(string),
    ];

    static readonly HashSet<Type> Collections =
    [
        typeof(ImmutableArray<>), typeof(ImmutableList<>), typeof(ImmutableQueue<>), typeof(ImmutableStack<>),
        typeof(ImmutableHashSet<>), typeof(ImmutableSortedSet<>), typeof(ImmutableDictionary<,>), typeof(ImmutableSortedDictionary<,>),
    ];

    // Checked once per type: a send must not allocate (anything allocated during a run counts against the script).
    static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> Checked = new();

    public static void Check(Type type)
    {
        if (!Checked.GetOrAdd(type, static t => IsAllowed(t, 0)))
            throw new ArgumentException($"Type {type.FullName} cannot be sent through intergrid communication: only primitives, string, VRageMath structs, MyTuple and immutable collections of those are allowed.");
    }

    static bool IsAllowed(Type type, int depth)
    {
        if (depth > MaxNesting)
            return false;
        if (Primitives.Contains(type))
            return true;
        if (type.IsEnum)
            return false;
        if (type.IsValueType && !type.IsGenericType && type.Namespace == "VRageMath")
            return true;
        if (!type.IsGenericType)
            return false;
        var definition = type.GetGenericTypeDefinition();
        var isTuple = definition.Namespace == "VRage" && definition.Name.StartsWith("MyTuple`", StringComparison.Ordinal);
        if (!isTuple && !Collections.Contains(definition))
            return false;
        return type.GetGenericArguments().All(t => IsAllowed(t, depth + 1));
    }
}
