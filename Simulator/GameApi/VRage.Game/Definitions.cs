namespace VRage.Game
{
    /// <summary>A definition of the game's content (block, item, blueprint); scripts only meet it in a projector's
    /// remaining-blocks table. Not on the whitelist.</summary>
    public class MyDefinitionBase
    {
        public MyDefinitionId Id;
        public virtual string DisplayNameText { get; set; }

        public override string ToString() => Id.ToString();
    }
}

namespace VRage.Game.ObjectBuilders.Definitions
{
    /// <summary>One effect of an upgrade module ("Productivity", "Effectiveness", "PowerEfficiency").</summary>
    public struct MyUpgradeModuleInfo
    {
        public string UpgradeType { get; set; }
        public float Modifier { get; set; }
        public MyUpgradeModifierType ModifierType { get; set; }
    }

    public enum MyUpgradeModifierType
    {
        Additive,
        Multiplicative,
    }
}

namespace VRage.Game.ModAPI
{
    /// <summary>A GPS point of an AI block (the flee target of a defensive combat block). Not on the whitelist.</summary>
    public struct GpsInfo
    {
        public string Name;
        public VRageMath.Vector3D Coords;
    }
}
