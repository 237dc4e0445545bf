using System;

namespace VRage.Game.GUI.TextPanel
{
    public enum ContentType : byte
    {
        NONE = 0,
        TEXT_AND_IMAGE = 1,
        [Obsolete("Use TEXT_AND_IMAGE")] IMAGE = 2,
        SCRIPT = 3,
    }

    public enum TextAlignment : byte
    {
        LEFT = 0,
        RIGHT = 1,
        CENTER = 2,
    }
}
