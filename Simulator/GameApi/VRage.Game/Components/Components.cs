using System;
using VRage.Collections;
using VRage.Game.Components.Interfaces;

namespace VRage.Game.Components
{
    /// <summary>Base of the game's entity components (power sinks and sources are the ones scripts read).</summary>
    public abstract class MyComponentBase
    {
        /// <summary>The container this component is in.</summary>
        public IMyComponentContainer ContainerBase { get; internal set; }

        public T GetAs<T>() where T : MyComponentBase => this as T;
    }

    public abstract class MyEntityComponentBase : MyComponentBase
    {
    }

    /// <summary>A block's resource input (electricity, gases), per resource type.</summary>
    public abstract class MyResourceSinkComponentBase : MyEntityComponentBase
    {
        public abstract ListReader<MyDefinitionId> AcceptedResources { get; }
        /// <summary>Megawatts for electricity.</summary>
        public abstract float CurrentInputByType(MyDefinitionId resourceTypeId);
        public abstract float MaxRequiredInputByType(MyDefinitionId resourceTypeId);
        public abstract float RequiredInputByType(MyDefinitionId resourceTypeId);
        /// <summary>Share of the required input the grid delivers, 0..1.</summary>
        public abstract float SuppliedRatioByType(MyDefinitionId resourceTypeId);
        public abstract bool IsPoweredByType(MyDefinitionId resourceTypeId);
        public abstract bool IsPowerAvailable(MyDefinitionId resourceTypeId, float power);
    }

    /// <summary>A block's resource output (power producers, gas generators), per resource type.</summary>
    public abstract class MyResourceSourceComponentBase : MyEntityComponentBase
    {
        public abstract float CurrentOutputByType(MyDefinitionId resourceTypeId);
        public abstract float MaxOutputByType(MyDefinitionId resourceTypeId);
        public abstract float DefinedOutputByType(MyDefinitionId resourceTypeId);
        public abstract bool ProductionEnabledByType(MyDefinitionId resourceTypeId);
    }

    /// <summary>The components of an entity (IMyEntity.Components). Not on the whitelist itself: scripts use it through
    /// the IMyComponentContainer members.</summary>
    public interface IMyEntityComponentContainer : IMyComponentContainer
    {
    }
}

namespace VRage.Game.Components.Interfaces
{
    public interface IMyComponentContainer
    {
        bool TryGet<T>(out T component) where T : MyComponentBase;
        bool TryGet(Type type, out MyComponentBase component);
        bool Has<T>() where T : MyComponentBase;
        T Get<T>() where T : MyComponentBase;
    }
}
