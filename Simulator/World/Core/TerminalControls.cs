using System.Text;
using Sandbox.ModAPI.Interfaces;
using ShipSim.World.Blocks.Catalogue;
using VRageMath;

namespace ShipSim.World.Core;

/// <summary>
/// A block's terminal properties and toolbar actions. The ids come from the game's catalogue for the block's type,
/// in the game's order. A property the block's class binds reads and writes the block's state; any other keeps the
/// value a script set. An action the class binds does what the block does; otherwise the game's naming patterns
/// decide: "X", "X_On", "X_Off" toggle or set the Boolean property X, "IncreaseX", "DecreaseX", "ResetX" step a
/// Single property X by a twentieth of its range (our step) or reset it. Any other unbound action is recorded
/// (<see cref="SimBlock.ActionsApplied"/>) and does nothing else. Built on first use, after the class has bound.
/// </summary>
internal sealed class TerminalControls(SimBlock block)
{
    readonly Dictionary<string, ITerminalProperty> _boundProperties = new(StringComparer.Ordinal);
    readonly List<SimTerminalAction> _boundActions = [];
    readonly Dictionary<string, object?> _kept = new(StringComparer.Ordinal);
    List<ITerminalProperty>? _properties;
    List<SimTerminalAction>? _actions;

    public IReadOnlyList<ITerminalProperty> Properties => _properties ?? Build().Properties;
    public IReadOnlyList<SimTerminalAction> Actions => _actions ?? Build().Actions;

    public ITerminalProperty? Property(string id)
    {
        var properties = Properties;
        for (var i = 0; i < properties.Count; i++)
            if (properties[i].Id == id)
                return properties[i];
        return null;
    }

    public SimTerminalAction? Action(string id)
    {
        var actions = Actions;
        for (var i = 0; i < actions.Count; i++)
            if (actions[i].Id == id)
                return actions[i];
        return null;
    }

    public void BindProperty<T>(string id, Func<T> get, Action<T> set, T min, T max, T defaultValue) =>
        BindProperty(id, get, set, () => min, () => max, defaultValue);

    public void BindProperty<T>(string id, Func<T> get, Action<T> set, Func<T> min, Func<T> max, T defaultValue)
    {
        _boundProperties[id] = new SimTerminalProperty<T>(block, id, get, set, min, max, defaultValue);
        _properties = null;
        _actions = null;
    }

    public void BindAction(string id, string name, Action<SimBlock, string?> apply)
    {
        _boundActions.RemoveAll(a => a.Id == id);
        _boundActions.Add(new SimTerminalAction(id, name, apply));
        _actions = null;
    }

    (List<ITerminalProperty> Properties, List<SimTerminalAction> Actions) Build()
    {
        var properties = new List<ITerminalProperty>();
        var actions = new List<SimTerminalAction>();
        TerminalCatalogue.TryGet(block.TypeId, out var info);
        foreach (var p in info?.Properties ?? [])
            properties.Add(_boundProperties.TryGetValue(p.Id, out var bound) ? bound : Kept(p));
        foreach (var bound in _boundProperties.Values)
            if (!properties.Contains(bound))
                properties.Add(bound);
        foreach (var a in info?.Actions ?? [])
        {
            var bound = _boundActions.Find(b => b.Id == a.Id);
            actions.Add(bound?.Captioned(a.Caption) ?? Pattern(a, properties));
        }
        foreach (var bound in _boundActions)
            if (!actions.Exists(a => a.Id == bound.Id))
                actions.Add(bound);
        _properties = properties;
        _actions = actions;
        return (properties, actions);
    }

    ITerminalProperty Kept(TerminalPropertyInfo info) => info.TypeName switch
    {
        "Boolean" => KeptProperty(info.Id, false, false, true),
        "Single" => KeptProperty(info.Id, 0f, 0f, 100f),
        "Int64" => KeptProperty(info.Id, 0L, 0L, long.MaxValue),
        "Color" => KeptProperty(info.Id, Color.White, Color.Black, Color.White),
        "StringBuilder" => KeptProperty(info.Id, new StringBuilder(), new StringBuilder(), new StringBuilder()),
        _ => throw new InvalidDataException($"terminal-controls.txt: property {info.Id} has unknown type {info.TypeName}."),
    };

    SimTerminalProperty<T> KeptProperty<T>(string id, T defaultValue, T min, T max) =>
        new(block, id, () => _kept.TryGetValue(id, out var value) ? (T)value! : defaultValue, value => _kept[id] = Clamp(value, min, max), () => min, () => max, defaultValue);

    static T Clamp<T>(T value, T min, T max) =>
        value is float f && min is float lo && max is float hi ? (T)(object)Math.Clamp(float.IsNaN(f) ? lo : f, lo, hi) : value;

    static SimTerminalAction Pattern(TerminalActionInfo info, List<ITerminalProperty> properties)
    {
        var id = info.Id;
        ITerminalProperty? Find(string propertyId) => properties.Find(p => p.Id == propertyId);

        if (Find(id) is ITerminalProperty<bool> toggle)
            return new(id, info.Caption, (b, _) => toggle.SetValue(b, !toggle.GetValue(b)));
        if (id.EndsWith("_On", StringComparison.Ordinal) && Find(id[..^3]) is ITerminalProperty<bool> on)
            return new(id, info.Caption, (b, _) => on.SetValue(b, true));
        if (id.EndsWith("_Off", StringComparison.Ordinal) && Find(id[..^4]) is ITerminalProperty<bool> off)
            return new(id, info.Caption, (b, _) => off.SetValue(b, false));
        foreach (var (prefix, direction) in new[] { ("Increase", 1f), ("Decrease", -1f) })
            if (id.StartsWith(prefix, StringComparison.Ordinal) && Find(id[prefix.Length..]) is ITerminalProperty<float> slider)
                return new(id, info.Caption, (b, _) =>
                    slider.SetValue(b, slider.GetValue(b) + direction * (slider.GetMaximum(b) - slider.GetMinimum(b)) / 20f));
        if (id.StartsWith("Reset", StringComparison.Ordinal) && Find(id["Reset".Length..]) is ITerminalProperty<float> reset)
            return new(id, info.Caption, (b, _) => reset.SetValue(b, reset.GetDefaultValue(b)));
        return new(id, info.Caption, (_, _) => { });
    }
}
