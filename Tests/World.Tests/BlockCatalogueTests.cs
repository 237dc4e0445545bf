using System.Reflection;
using System.Text;
using Sandbox.ModAPI.Ingame;
using Sandbox.ModAPI.Interfaces;
using ShipSim.World.Blocks;
using ShipSim.World.Blocks.Catalogue;
using ShipSim.World.Core;
using VRageMath;

namespace ShipSim.World.Tests;

/// <summary>
/// Every block type of the game's terminal catalogue is built by the factory, implements the game's interface for
/// it, and has the catalogue's terminal properties (readable and writable by name, of the catalogue's value type)
/// and actions (applicable by name). No member a script can reach throws NotImplementedException.
/// </summary>
public class BlockCatalogueTests
{
    static readonly Assembly[] GameApi =
    [
        typeof(IMyTerminalBlock).Assembly, typeof(SpaceEngineers.Game.ModAPI.Ingame.IMyAirVent).Assembly,
        typeof(VRage.Game.ModAPI.Ingame.IMyCubeBlock).Assembly,
    ];

    public static TheoryData<string> TypeIds() => new(SimBlockFactory.TypeIds.Order(StringComparer.Ordinal));

    static SimBlock Build(string typeId)
    {
        var (_, ship) = TestWorld.Ship();
        return SimBlockFactory.Create(ship, typeId, "Block " + typeId);
    }

    [Fact]
    public void TheFactoryBuildsEveryTypeOfTheCatalogue()
    {
        Assert.Equal(TerminalCatalogue.All.Select(t => t.TypeId).Order(StringComparer.Ordinal),
            SimBlockFactory.TypeIds.Order(StringComparer.Ordinal));
        Assert.True(TerminalCatalogue.All.Count >= 80, "the catalogue lists the game's buildable block types");
    }

    // Types the game's terminal data gives no interface for: the interface we give them.
    static readonly Dictionary<string, Type> Unlisted = new(StringComparer.Ordinal)
    {
        ["MotorStator"] = typeof(IMyMotorStator),
        ["LargeMissileTurret"] = typeof(SpaceEngineers.Game.ModAPI.Ingame.IMyLargeMissileTurret),
        ["SurvivalKit"] = typeof(IMyAssembler),
        ["VendingMachine"] = typeof(IMyStoreBlock),
        ["HydrogenEngine"] = typeof(IMyPowerProducer),
    };

    [Theory]
    [MemberData(nameof(TypeIds))]
    public void Block_ImplementsItsGameInterfaceAndDefinition(string typeId)
    {
        var info = TerminalCatalogue.Get(typeId);
        var block = Build(typeId);
        var iface = info.Interface == "-" ? Unlisted.GetValueOrDefault(typeId, typeof(IMyFunctionalBlock))
            : GameApi.Select(a => a.GetType(info.Interface)).FirstOrDefault(t => t != null);
        Assert.True(iface != null, $"{info.Interface} is not in the stand-in");
        Assert.IsAssignableFrom(iface, block);
        Assert.Equal(typeId, block.TypeId);
        Assert.Equal("MyObjectBuilder_" + typeId, block.BlockDefinition.TypeIdString);
        Assert.Equal(block.BlockDefinition.SubtypeName, block.BlockDefinition.SubtypeId);
        Assert.True(info.Subtypes.Count == 0 || info.Subtypes.Contains(block.BlockDefinition.SubtypeName) || block.BlockDefinition.SubtypeName == "",
            $"{typeId}: subtype '{block.BlockDefinition.SubtypeName}' is not one of the game's");
        Assert.False(string.IsNullOrEmpty(block.DefinitionDisplayNameText));
    }

    [Theory]
    [MemberData(nameof(TypeIds))]
    public void Block_HasTheCatalogueTerminalPropertiesAndEachTakesAValue(string typeId)
    {
        var block = Build(typeId);
        // Each property on a block of its own, so that switching one off (OnOff) does not stop another (Open).
        SimBlock Fresh() => Build(typeId);
        var properties = new List<ITerminalProperty>();
        block.GetProperties(properties);
        foreach (var expected in TerminalCatalogue.Get(typeId).Properties)
        {
            var property = block.GetProperty(expected.Id);
            Assert.True(property != null, $"{typeId}: no property {expected.Id}");
            Assert.Contains(property, properties);
            Assert.Equal(expected.TypeName, property.TypeName);
            if (expected.Id is "Name")
                continue; // renames the block: covered below
            var fresh = Fresh();
            RoundTrip(fresh, fresh.GetProperty(expected.Id)!);
        }

        block.SetValue("Name", new StringBuilder("Renamed"));
        Assert.Equal("Renamed", block.CustomName);
    }

    static void RoundTrip(SimBlock block, ITerminalProperty property)
    {
        var where = $"{block.TypeId}.{property.Id}";
        switch (property)
        {
            case ITerminalProperty<bool> flag:
                var before = flag.GetValue(block);
                flag.SetValue(block, !before);
                Assert.True(flag.GetValue(block) != before, $"{where} did not change");
                Assert.Equal(!before, block.GetValueBool(property.Id));
                break;
            case ITerminalProperty<float> slider:
                float min = slider.GetMinimum(block), max = slider.GetMaximum(block);
                Assert.True(min <= max, $"{where}: minimum {min} above maximum {max}");
                var target = float.IsFinite(min) && float.IsFinite(max) ? min + (max - min) / 3 : 1f;
                if (min == MathF.Round(min) && max == MathF.Round(max) && max - min <= 1000)
                    target = MathF.Round(target); // whole-number sliders (projector offsets) round
                slider.SetValue(block, target);
                Assert.True(Math.Abs(slider.GetValue(block) - target) <= Math.Max(1e-3f, Math.Abs(target) * 1e-4f),
                    $"{where}: set {target}, read {slider.GetValue(block)}");
                slider.SetValue(block, max == float.MaxValue ? max : max + 1000f);
                var read = slider.GetValue(block);
                Assert.True(read <= max || read == float.MaxValue, $"{where} exceeds its maximum"); // a rotor's "unlimited" reads MaxValue
                break;
            case ITerminalProperty<long> choice:
                var value = choice.GetMinimum(block);
                choice.SetValue(block, value);
                Assert.Equal(value, choice.GetValue(block));
                break;
            case ITerminalProperty<Color> color:
                var red = new Color(200, 10, 20);
                color.SetValue(block, red);
                Assert.Equal(red, block.GetValueColor(property.Id));
                break;
            case ITerminalProperty<StringBuilder> text:
                text.SetValue(block, new StringBuilder("text"));
                Assert.Equal("text", text.GetValue(block).ToString());
                break;
            default:
                Assert.Fail($"{where}: unexpected property type {property.TypeName}");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(TypeIds))]
    public void Block_HasTheCatalogueActionsAndEachApplies(string typeId)
    {
        var block = Build(typeId);
        // The game's data repeats a few ids (the event controller's per-event sliders); a name finds the first.
        foreach (var expected in TerminalCatalogue.Get(typeId).Actions.DistinctBy(a => a.Id))
        {
            var action = block.GetActionWithName(expected.Id);
            Assert.True(action != null, $"{typeId}: no action {expected.Id}");
            Assert.Equal(expected.Caption, action.Name.ToString());
            Assert.True(block.HasAction(expected.Id));
            action.Apply(block);
        }
        Assert.Null(block.GetActionWithName("NoSuchAction"));
    }

    [Fact]
    public void PatternActions_SetTheirProperty()
    {
        var (_, ship) = TestWorld.Ship();
        var light = SimBlockFactory.Create(ship, "InteriorLight", "Light");
        light.ApplyAction("OnOff_Off");
        Assert.False(light.GetValueBool("OnOff"));
        light.ApplyAction("OnOff");
        Assert.True(light.GetValueBool("OnOff"));

        var radius = light.GetProperty("Radius")!.AsFloat();
        var start = radius.GetValue(light);
        light.ApplyAction("IncreaseRadius");
        Assert.True(radius.GetValue(light) > start);
        light.ApplyAction("DecreaseRadius");
        Assert.Equal(start, radius.GetValue(light), 4);
    }

    /// <summary>Every property of the block's game interfaces reads, every settable one takes its own value back, and
    /// every method runs with default arguments, without NotImplementedException (other exceptions are the member's
    /// own argument checks).</summary>
    [Theory]
    [MemberData(nameof(TypeIds))]
    public void Block_NoInterfaceMemberIsUnimplemented(string typeId)
    {
        var block = Build(typeId);
        var interfaces = block.GetType().GetInterfaces().Where(i => GameApi.Contains(i.Assembly) && i.IsPublic).ToList();
        Assert.NotEmpty(interfaces);
        foreach (var iface in interfaces)
        {
            foreach (var property in iface.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            {
                if (!property.CanRead)
                    continue;
                var value = Invoke(typeId, property.Name, () => property.GetValue(block));
                if (property.CanWrite && property.SetMethod!.IsPublic)
                    Invoke(typeId, property.Name + "=", () => { property.SetValue(block, value); return null; });
            }
            foreach (var method in iface.GetMethods().Where(m => !m.IsSpecialName && !m.ContainsGenericParameters))
            {
                var arguments = method.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue
                    : p.ParameterType.IsValueType && !p.ParameterType.IsByRef ? Activator.CreateInstance(p.ParameterType) : null).ToArray();
                Invoke(typeId, method.Name, () => method.Invoke(block, arguments));
            }
        }
    }

    static object? Invoke(string typeId, string member, Func<object?> call)
    {
        try
        {
            return call();
        }
        catch (TargetInvocationException e) when (e.InnerException is not NotImplementedException)
        {
            return null;
        }
        catch (TargetInvocationException e)
        {
            Assert.Fail($"{typeId}.{member} is not implemented: {e.InnerException!.Message}");
            return null;
        }
    }
}
