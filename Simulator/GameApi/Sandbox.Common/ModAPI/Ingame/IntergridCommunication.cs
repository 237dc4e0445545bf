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
    public enum TransmissionDistance
    {
        /// <summary>The sender's mechanical group.</summary>
        CurrentConstruct = 0,
        /// <summary>Also grids docked by connectors.</summary>
        ConnectedConstructs = 1,
        /// <summary>Through antennas.</summary>
        AntennaRelay = 2,
    }

    public struct MyIGCMessage
    {
        public readonly object Data;
        public readonly string Tag;
        public readonly long Source;

        public MyIGCMessage(object data, string tag, long source)
        {
            Data = data;
            Tag = tag;
            Source = source;
        }

        public TData As<TData>() => (TData)Data;
    }

    public interface IMyMessageProvider
    {
        bool HasPendingMessage { get; }
        int MaxWaitingMessages { get; }
        /// <summary>Takes the oldest waiting message; a default message when none waits.</summary>
        MyIGCMessage AcceptMessage();
        void DisableMessageCallback();
        /// <summary>Runs the script with this argument and UpdateType.IGC when a message arrives.</summary>
        void SetMessageCallback(string argument = "");
    }

    public interface IMyBroadcastListener : IMyMessageProvider
    {
        bool IsActive { get; }
        string Tag { get; }
    }

    public interface IMyUnicastListener : IMyMessageProvider
    {
    }

    public interface IMyIntergridCommunicationSystem
    {
        /// <summary>This block's address.</summary>
        long Me { get; }
        IMyUnicastListener UnicastListener { get; }
        void DisableBroadcastListener(IMyBroadcastListener broadcastListener);
        void GetBroadcastListeners(List<IMyBroadcastListener> broadcastListeners, Func<IMyBroadcastListener, bool> collect = null);
        bool IsEndpointReachable(long address, TransmissionDistance transmissionDistance = TransmissionDistance.AntennaRelay);
        IMyBroadcastListener RegisterBroadcastListener(string tag);
        void SendBroadcastMessage<TData>(string tag, TData data, TransmissionDistance transmissionDistance = TransmissionDistance.AntennaRelay);
        bool SendUnicastMessage<TData>(long addressee, string tag, TData data);
    }
}
