using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Interfaces;
using VRage;
using VRage.Collections;
using VRage.Game;
using VRage.Game.GUI.TextPanel;
using VRage.Game.ModAPI.Ingame;
using VRage.ObjectBuilders;
using VRageMath;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace Sandbox.ModAPI.Ingame
{
    public interface IMyRadioAntenna : IMyFunctionalBlock
    {
        bool EnableBroadcasting { get; set; }
        string HudText { get; set; }
        bool IsBroadcasting { get; }
        float Radius { get; set; }
        bool ShowShipName { get; set; }
    }

    public interface IMyBeacon : IMyFunctionalBlock
    {
        string HudText { get; set; }
        float Radius { get; set; }
    }

    public enum MyLaserAntennaStatus
    {
        Idle,
        RotatingToTarget,
        SearchingTargetForAntenna,
        Connecting,
        Connected,
        OutOfRange,
    }

    public interface IMyLaserAntenna : IMyFunctionalBlock
    {
        bool IsPermanent { get; set; }
        float Range { get; set; }
        bool RequireLoS { get; }
        MyLaserAntennaStatus Status { get; }
        Vector3D TargetCoords { get; }
        [Obsolete("Check the Status property instead.")]
        bool IsOutsideLimits { get; }
        void Connect();
        void SetTargetCoords(string coords);
    }

    [Flags]
    public enum MyTransmitTarget
    {
        None = 0x0,
        Owned = 0x1,
        Ally = 0x2,
        Neutral = 0x4,
        Enemy = 0x8,
        Everyone = 0xF,
        Default = 0x3,
    }

    public enum BroadcastTarget
    {
        Everyone,
        Faction,
        Owner,
    }

    public interface IMyBroadcastControllerBlock : IMyFunctionalBlock
    {
    }

    public interface IMyChatBroadcastControllerComponent
    {
        BroadcastTarget BroadcastTarget { get; set; }
        string CustomName { get; set; }
        int MaxMessageCount { get; }
        bool UseAntenna { get; set; }
        string GetMessage(int messageIndex);
        void SendGps();
        void SendMessage(int messageIndex);
        void SendMessage(string message);
        void SendRandomMessage();
        void SetMessage(int messageIndex, string message);
    }
}
