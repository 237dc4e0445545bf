using VRage.ObjectBuilders;

namespace VRage.Game
{
    /// <summary>Base of definition object builders.</summary>
    public abstract class MyObjectBuilder_DefinitionBase : MyObjectBuilder_Base
    {
    }
}

namespace VRage.Game.ObjectBuilders.Definitions
{
    /// <summary>Definition data of a gas (oxygen, hydrogen).</summary>
    public class MyObjectBuilder_GasProperties : MyObjectBuilder_DefinitionBase
    {
        /// <summary>Energy per litre (hydrogen powers engines and thrusters).</summary>
        public float EnergyDensity;
        public bool CanPlayerOffer;
    }
}
