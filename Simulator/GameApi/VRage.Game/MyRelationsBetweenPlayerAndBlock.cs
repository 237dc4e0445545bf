namespace VRage.Game
{
    public enum MyRelationsBetweenPlayerAndBlock
    {
        NoOwnership,
        Owner,
        FactionShare,
        Neutral,
        Enemies,
        Friends,
    }
}
