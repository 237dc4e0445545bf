using VRage.Game;
using VRage.Game.Components;

namespace Sandbox.Game.EntityComponents
{
    /// <summary>A block's input of electricity (and gases). The simulator supplies the figures (see World/Blocks).</summary>
    public abstract class MyResourceSinkComponent : MyResourceSinkComponentBase
    {
        /// <summary>Electricity input now, MW.</summary>
        public float CurrentInput => CurrentInputByType(ResourceTypes.Electricity);
        /// <summary>Electricity the block asks for now, MW.</summary>
        public float RequiredInput => RequiredInputByType(ResourceTypes.Electricity);
        public float SuppliedRatio => SuppliedRatioByType(ResourceTypes.Electricity);
        public bool IsPowered => IsPoweredByType(ResourceTypes.Electricity);
    }

    /// <summary>A block's output of electricity or gas. The simulator supplies the figures.</summary>
    public abstract class MyResourceSourceComponent : MyResourceSourceComponentBase
    {
        public abstract VRage.Collections.ListReader<MyDefinitionId> ResourceTypes { get; }
        public float CurrentOutput => CurrentOutputByType(Sandbox.Game.EntityComponents.ResourceTypes.Electricity);
        public float MaxOutput => MaxOutputByType(Sandbox.Game.EntityComponents.ResourceTypes.Electricity);
        public float DefinedOutput => DefinedOutputByType(Sandbox.Game.EntityComponents.ResourceTypes.Electricity);
        public bool ProductionEnabled => ProductionEnabledByType(Sandbox.Game.EntityComponents.ResourceTypes.Electricity);
        /// <summary>Stored energy left (batteries, MWh) or gas (tanks, litres); 0 for producers without storage.</summary>
        public abstract float RemainingCapacity { get; }
        public abstract bool HasCapacityRemaining { get; }
    }

    /// <summary>The resource definition ids (the game's: MyResourceDistributorComponent.ElectricityId and the gases).</summary>
    static class ResourceTypes
    {
        public static readonly MyDefinitionId Electricity = MyDefinitionId.Parse("MyObjectBuilder_GasProperties/Electricity");
    }
}
