using System;

namespace Sandbox.ModAPI.Ingame
{
    /// <summary>Why Main was called. Periodic updates that fall due in the same tick are merged into one call.</summary>
    [Flags]
    public enum UpdateType
    {
        None = 0,
        Terminal = 1 << 0,
        Trigger = 1 << 1,
        [Obsolete] Antenna = 1 << 2,
        Mod = 1 << 3,
        Script = 1 << 4,
        Update1 = 1 << 5,
        Update10 = 1 << 6,
        Update100 = 1 << 7,
        Once = 1 << 8,
        IGC = 1 << 9,
    }

    /// <summary>How often the block runs its script by itself. Any other bit is refused.</summary>
    [Flags]
    public enum UpdateFrequency : byte
    {
        None = 0,
        Update1 = 1 << 0,
        Update10 = 1 << 1,
        Update100 = 1 << 2,
        Once = 1 << 3,
    }
}
