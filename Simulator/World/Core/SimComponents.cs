using Sandbox.Game.EntityComponents;
using Sandbox.ModAPI.Ingame;
using VRage.Collections;
using VRage.Game;
using VRage.Game.Components;

namespace ShipSim.World.Core;

/// <summary>
/// A block's components as scripts reach them (IMyEntity.Components): the electricity sink every block has and, for
/// power producers, the electricity source. Power is per grid in the simulator (<see cref="SimGrid.Powered"/>): a
/// sink is powered when its grid is and draws the block's <see cref="SimBlock.PowerDraw"/> while working; a source
/// reports the producer's own figures.
/// </summary>
public sealed class SimComponents(SimBlock block) : IMyEntityComponentContainer
{
    static readonly MyDefinitionId Electricity = MyDefinitionId.Parse("MyObjectBuilder_GasProperties/Electricity");
    static readonly List<MyDefinitionId> ElectricityOnly = [Electricity];

    readonly Sink _sink = new(block);
    Source? _source;

    IEnumerable<MyComponentBase> All()
    {
        yield return _sink;
        if (block is IMyPowerProducer producer)
            yield return _source ??= new Source(producer);
    }

    public bool TryGet<T>(out T component) where T : MyComponentBase
    {
        foreach (var candidate in All())
            if (candidate is T typed)
            {
                component = typed;
                return true;
            }
        component = null!;
        return false;
    }

    public bool TryGet(Type type, out MyComponentBase component)
    {
        foreach (var candidate in All())
            if (type.IsInstanceOfType(candidate))
            {
                component = candidate;
                return true;
            }
        component = null!;
        return false;
    }

    public bool Has<T>() where T : MyComponentBase => TryGet<T>(out _);
    public T Get<T>() where T : MyComponentBase => TryGet<T>(out var component) ? component : null!;

    sealed class Sink(SimBlock block) : MyResourceSinkComponent
    {
        public override ListReader<MyDefinitionId> AcceptedResources => ElectricityOnly;
        static bool IsElectricity(MyDefinitionId id) => id == Electricity;
        public override float CurrentInputByType(MyDefinitionId resourceTypeId) => IsElectricity(resourceTypeId) && block.IsWorking ? block.PowerDraw : 0f;
        public override float MaxRequiredInputByType(MyDefinitionId resourceTypeId) => IsElectricity(resourceTypeId) ? block.PowerDraw : 0f;
        public override float RequiredInputByType(MyDefinitionId resourceTypeId) => IsElectricity(resourceTypeId) && block.IsEnabled ? block.PowerDraw : 0f;
        public override float SuppliedRatioByType(MyDefinitionId resourceTypeId) => IsPoweredByType(resourceTypeId) ? 1f : 0f;
        public override bool IsPoweredByType(MyDefinitionId resourceTypeId) => IsElectricity(resourceTypeId) && block.IsPowered;
        public override bool IsPowerAvailable(MyDefinitionId resourceTypeId, float power) => IsPoweredByType(resourceTypeId);
    }

    sealed class Source(IMyPowerProducer producer) : MyResourceSourceComponent
    {
        public override ListReader<MyDefinitionId> ResourceTypes => ElectricityOnly;
        static bool IsElectricity(MyDefinitionId id) => id == Electricity;
        public override float CurrentOutputByType(MyDefinitionId resourceTypeId) => IsElectricity(resourceTypeId) ? producer.CurrentOutput : 0f;
        public override float MaxOutputByType(MyDefinitionId resourceTypeId) => IsElectricity(resourceTypeId) ? producer.MaxOutput : 0f;
        public override float DefinedOutputByType(MyDefinitionId resourceTypeId) => IsElectricity(resourceTypeId) ? producer.MaxOutput : 0f;
        public override bool ProductionEnabledByType(MyDefinitionId resourceTypeId) => IsElectricity(resourceTypeId) && producer.Enabled;
        public override float RemainingCapacity => producer is IMyBatteryBlock battery ? battery.CurrentStoredPower : 0f;
        public override bool HasCapacityRemaining => producer is not IMyBatteryBlock battery || battery.HasCapacityRemaining;
    }
}
