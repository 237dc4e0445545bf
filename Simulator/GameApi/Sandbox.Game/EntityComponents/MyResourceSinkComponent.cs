namespace Sandbox.Game.EntityComponents
{
    /// <summary>A block's power input. The stand-in models whether the block is powered, nothing more.</summary>
    public abstract class MyResourceSinkComponent : VRage.Game.Components.MyComponentBase
    {
        public abstract bool IsPowered { get; }
    }
}
