namespace VRage.Game.ModAPI.Ingame
{
    public interface IMyEntity
    {
        long EntityId { get; }
        string Name { get; }
        string DisplayName { get; }
        /// <summary>True once the entity has been removed from the world; the reference itself stays valid.</summary>
        bool Closed { get; }
    }
}
