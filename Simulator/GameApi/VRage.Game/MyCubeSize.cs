namespace VRage.Game
{
    /// <summary>Grid size class: large (2.5 m cells) or small (0.5 m cells).</summary>
    public enum MyCubeSize : byte
    {
        Large,
        Small,
    }
}
