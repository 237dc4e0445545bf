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
    public enum DoorStatus
    {
        Opening,
        Open,
        Closing,
        Closed,
    }

    public interface IMyDoor : IMyFunctionalBlock
    {
        /// <summary>0 fully closed .. 1 fully open.</summary>
        float OpenRatio { get; }
        DoorStatus Status { get; }
        [Obsolete("Use the Status property instead")]
        bool Open { get; }
        /// <summary>Acts only from Opening/Open and only when working; Status turns Closing at once, from the current position.</summary>
        void CloseDoor();
        /// <summary>Acts only from Closing/Closed and only when working; Status turns Opening at once, from the current position.</summary>
        void OpenDoor();
        /// <summary>Opens or closes depending on Status; does nothing unless working.</summary>
        void ToggleDoor();
    }

    public interface IMyAdvancedDoor : IMyDoor
    {
    }

    public interface IMyAirtightDoorBase : IMyDoor
    {
    }

    public interface IMyAirtightHangarDoor : IMyAirtightDoorBase
    {
    }

    public interface IMyAirtightSlideDoor : IMyAirtightDoorBase
    {
    }
}
