using System.Text;
using Sandbox.ModAPI.Interfaces;
using VRage.Game.ModAPI.Ingame;
using VRageMath;

namespace ShipSim.World.Core;

/// <summary>
/// A terminal property of one simulated block ("OnOff", "Velocity", "Color" ...), reachable by id through
/// GetProperty and the GetValue/SetValue extensions. Values come from the block's own state when its class models
/// the property, else from a value the block keeps (so a script reads back what it set). Asked about another block,
/// the property answers for that block's property of the same id. SetValue on a closed block does nothing.
/// </summary>
public sealed class SimTerminalProperty<T> : ITerminalProperty<T>
{
    readonly SimBlock _owner;
    readonly Func<T> _get;
    readonly Action<T> _set;
    readonly Func<T> _min, _max;
    readonly T _default;

    internal SimTerminalProperty(SimBlock owner, string id, Func<T> get, Action<T> set, Func<T> min, Func<T> max, T defaultValue)
    {
        _owner = owner;
        Id = id;
        _get = get;
        _set = set;
        _min = min;
        _max = max;
        _default = defaultValue;
    }

    public string Id { get; }
    public string TypeName => TypeNameOf(typeof(T));

    /// <summary>The game's names of property value types.</summary>
    static string TypeNameOf(Type type) =>
        type == typeof(bool) ? "Boolean" : type == typeof(float) ? "Single" : type == typeof(long) ? "Int64"
        : type == typeof(Color) ? "Color" : type == typeof(StringBuilder) ? "StringBuilder" : type.Name;

    SimTerminalProperty<T>? For(IMyCubeBlock block) =>
        block == _owner ? this : (block as SimBlock)?.GetProperty(Id) as SimTerminalProperty<T>;

    public T GetValue(IMyCubeBlock block)
    {
        var property = For(block);
        return property == null ? default! : property._get();
    }

    public void SetValue(IMyCubeBlock block, T value)
    {
        var property = For(block);
        if (property == null || property._owner.Closed)
            return;
        // Sliders keep to their range [ours: the terminal's slider limits apply to scripts too]; NaN is ignored.
        if (value is float f)
        {
            if (float.IsNaN(f))
                return;
            float min = (float)(object)property._min()!, max = (float)(object)property._max()!;
            value = (T)(object)Math.Clamp(f, Math.Min(min, max), max);
        }
        property._set(value);
    }

    public T GetDefaultValue(IMyCubeBlock block) => For(block) is { } p ? p._default : default!;
    public T GetMinimum(IMyCubeBlock block) => For(block) is { } p ? p._min() : default!;
    public T GetMaximum(IMyCubeBlock block) => For(block) is { } p ? p._max() : default!;
    public T GetMininum(IMyCubeBlock block) => GetMinimum(block);

    public override string ToString() => $"{Id} ({TypeName})";
}
