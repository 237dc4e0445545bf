using System;

namespace Sandbox.ModAPI.Ingame
{
    public enum MyShipConnectorStatus
    {
        /// <summary>Not connected and nothing connectable in range.</summary>
        Unconnected,
        /// <summary>Near something it can connect to.</summary>
        Connectable,
        Connected,
    }

    /// <summary>Connector. Grids docked by connectors share one GridTerminalSystem but are not the same construct.</summary>
    public interface IMyShipConnector : IMyFunctionalBlock
    {
        bool ThrowOut { get; set; }
        bool CollectAll { get; set; }
        float PullStrength { get; set; }
        bool IsParkingEnabled { get; set; }
        [Obsolete("Use the Status property")]
        bool IsLocked { get; }
        bool IsConnected { get; }
        MyShipConnectorStatus Status { get; }
        /// <summary>The connector this one is connected to while Status is Connected.</summary>
        IMyShipConnector OtherConnector { get; }
        /// <summary>Does nothing unless Status is Connectable.</summary>
        void Connect();
        void Disconnect();
        void ToggleConnect();
    }
}
