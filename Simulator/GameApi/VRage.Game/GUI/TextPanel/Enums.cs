using System;
using System.Collections.Generic;
using System.Text;
using VRage;
using VRage.Collections;
using VRage.Game;
using VRage.Game.ModAPI.Ingame;
using VRageMath;

namespace VRage.Game.GUI.TextPanel
{
    public enum ContentType : byte
    {
        NONE = 0,
        TEXT_AND_IMAGE = 1,
        [Obsolete("Use TEXT_AND_IMAGE")]
        IMAGE = 2,
        SCRIPT = 3,
    }

    public enum TextAlignment : byte
    {
        LEFT,
        RIGHT,
        CENTER,
    }

    public enum SpriteType : byte
    {
        TEXTURE = 0,
        TEXT = 2,
        CLIP_RECT = 4,
    }

    [Flags]
    public enum ShowTextOnScreenFlag : byte
    {
        NONE = 0x0,
        PUBLIC = 0x2,
        PRIVATE = 0x4,
    }

    [Flags]
    public enum TextPanelAccessFlag : byte
    {
        NONE = 0x0,
        READ_FACTION = 0x2,
        WRITE_FACTION = 0x4,
        READ_AND_WRITE_FACTION = 0x6,
        READ_ENEMY = 0x8,
        WRITE_ENEMY = 0x10,
        READ_ALL = 0xA,
        WRITE_ALL = 0x14,
        READ_AND_WRITE_ALL = 0x1E,
    }
}
