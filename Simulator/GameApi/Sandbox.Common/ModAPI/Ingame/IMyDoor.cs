using System;

namespace Sandbox.ModAPI.Ingame
{
    public enum DoorStatus
    {
        Opening,
        Open,
        Closing,
        Closed,
    }

    /// <summary>
    /// A door. A door seals its room only when fully Closed; a closing door that hits something reopens.
    /// Motion needs power and Enabled; disabling a door is how scripts lock it against players.
    /// </summary>
    public interface IMyDoor : IMyFunctionalBlock
    {
        [Obsolete("Use the Status property instead")]
        bool Open { get; }
        /// <summary>0 fully closed .. 1 fully open.</summary>
        float OpenRatio { get; }
        DoorStatus Status { get; }
        /// <summary>Acts only from Closing/Closed and only when working; Status turns Opening at once, from the current position.</summary>
        void OpenDoor();
        /// <summary>Acts only from Opening/Open and only when working; Status turns Closing at once, from the current position.</summary>
        void CloseDoor();
        /// <summary>Opens or closes depending on Status; does nothing unless working.</summary>
        void ToggleDoor();
    }

    public interface IMyAirtightDoorBase : IMyDoor
    {
    }

    /// <summary>Airtight hangar door (slow: about 10 s to move fully).</summary>
    public interface IMyAirtightHangarDoor : IMyAirtightDoorBase
    {
    }

    /// <summary>Airtight sliding door (the game spells it "Slide").</summary>
    public interface IMyAirtightSlideDoor : IMyAirtightDoorBase
    {
    }
}
