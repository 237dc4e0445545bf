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
    public interface IMyConveyor : IMyCubeBlock
    {
    }

    public interface IMyConveyorTube : IMyCubeBlock
    {
    }

    public enum MyConveyorSorterMode
    {
        Whitelist,
        Blacklist,
    }

    public interface IMyConveyorSorter : IMyFunctionalBlock
    {
        bool DrainAll { get; set; }
        MyConveyorSorterMode Mode { get; }
        void AddItem(MyInventoryItemFilter item);
        void GetFilterList(List<MyInventoryItemFilter> items);
        bool IsAllowed(MyDefinitionId id);
        void RemoveItem(MyInventoryItemFilter item);
        void SetFilter(MyConveyorSorterMode mode, List<MyInventoryItemFilter> items);
    }

    public interface IMyCargoContainer : IMyTerminalBlock
    {
    }

    public interface IMyCollector : IMyFunctionalBlock
    {
        bool UseConveyorSystem { get; set; }
    }

    public interface IMyShipConnector : IMyFunctionalBlock
    {
        bool CollectAll { get; set; }
        bool IsConnected { get; }
        bool IsParkingEnabled { get; set; }
        /// <summary>The connector this one is connected to while Status is Connected.</summary>
        IMyShipConnector OtherConnector { get; }
        float PullStrength { get; set; }
        MyShipConnectorStatus Status { get; }
        bool ThrowOut { get; set; }
        [Obsolete("Use the Status property")]
        bool IsLocked { get; }
        /// <summary>Does nothing unless Status is Connectable.</summary>
        void Connect();
        void Disconnect();
        void ToggleConnect();
    }

    public enum MyShipConnectorStatus
    {
        Unconnected,
        Connectable,
        Connected,
    }
}
