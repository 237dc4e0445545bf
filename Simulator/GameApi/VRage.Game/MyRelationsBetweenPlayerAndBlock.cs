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

namespace VRage.Game
{
    public static class MyRelationsBetweenPlayerAndBlockExtensions
    {
        /// <summary>Owner, faction share, friends and unowned blocks are friendly; neutral and enemies are not.</summary>
        public static bool IsFriendly(this MyRelationsBetweenPlayerAndBlock relations) =>
            relations == MyRelationsBetweenPlayerAndBlock.NoOwnership || relations == MyRelationsBetweenPlayerAndBlock.Owner
            || relations == MyRelationsBetweenPlayerAndBlock.FactionShare || relations == MyRelationsBetweenPlayerAndBlock.Friends;
    }
}
