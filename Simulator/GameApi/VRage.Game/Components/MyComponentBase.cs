namespace VRage.Game.Components
{
    /// <summary>Base of the game's entity components. The stand-in models none of them; scripts only see the type.</summary>
    public abstract class MyComponentBase
    {
    }
}
