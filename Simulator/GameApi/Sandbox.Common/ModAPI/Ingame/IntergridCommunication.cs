using System.Collections.Generic;

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
        /// <summary>Runs the script with this argument and UpdateType.IGC when a message arrives.</summary>
        void SetMessageCallback(string argument = "");
        void DisableMessageCallback();
    }

    public interface IMyBroadcastListener : IMyMessageProvider
    {
        string Tag { get; }
        bool IsActive { get; }
    }

    public interface IMyUnicastListener : IMyMessageProvider
    {
    }

    public interface IMyIntergridCommunicationSystem
    {
        /// <summary>This block's address.</summary>
        long Me { get; }
        IMyUnicastListener UnicastListener { get; }
        bool IsEndpointReachable(long address, TransmissionDistance transmissionDistance = TransmissionDistance.AntennaRelay);
        void SendBroadcastMessage<TData>(string tag, TData data, TransmissionDistance transmissionDistance = TransmissionDistance.AntennaRelay);
        bool SendUnicastMessage<TData>(long addressee, string tag, TData data);
        IMyBroadcastListener RegisterBroadcastListener(string tag);
        void DisableBroadcastListener(IMyBroadcastListener broadcastListener);
        void GetBroadcastListeners(List<IMyBroadcastListener> listeners, System.Func<IMyBroadcastListener, bool> collect = null);
    }
}
