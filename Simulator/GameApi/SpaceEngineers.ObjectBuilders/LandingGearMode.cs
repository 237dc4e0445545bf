namespace SpaceEngineers.Game.ModAPI.Ingame
{
    /// <summary>Landing gear state. The game keeps this enum in SpaceEngineers.ObjectBuilders.</summary>
    public enum LandingGearMode
    {
        Unlocked = 0,
        ReadyToLock = 1,
        Locked = 2,
    }
}
