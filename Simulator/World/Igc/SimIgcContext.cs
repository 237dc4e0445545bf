using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;

namespace ShipSim.World.Igc;

/// <summary>One block's IGC endpoint, created when its script first touches IGC and dropped on recompile.</summary>
public sealed class SimIgcContext : IMyIntergridCommunicationSystem
{
    readonly SimIgcNetwork _network;
    readonly List<SimBroadcastListener> _listeners = [];

    internal SimIgcContext(SimIgcNetwork network, SimBlock block)
    {
        _network = network;
        Block = block;
        Unicast = new SimUnicastListener();
    }

    public SimBlock Block { get; }
    public long Me => Block.EntityId;
    internal SimUnicastListener Unicast { get; }
    public IMyUnicastListener UnicastListener => Unicast;

    /// <summary>The argument of the IGC callback run owed this tick, if a message arrived for a listener
    /// with a callback (at most one callback run per block per tick).</summary>
    public string? PendingCallback { get; private set; }

    internal void RequestCallback(string argument) => PendingCallback ??= argument;

    public string? TakePendingCallback()
    {
        var argument = PendingCallback;
        PendingCallback = null;
        return argument;
    }

    internal SimBroadcastListener? ListenerFor(string tag) =>
        _listeners.FirstOrDefault(l => l.IsActive && l.Tag == tag);

    public bool IsEndpointReachable(long address, TransmissionDistance transmissionDistance = TransmissionDistance.AntennaRelay)
    {
        var target = _network.ContextOf(address);
        return target != null && target.Me != Me && _network.Reaches(Block, target.Block, transmissionDistance);
    }

    public void SendBroadcastMessage<TData>(string tag, TData data, TransmissionDistance transmissionDistance = TransmissionDistance.AntennaRelay)
    {
        IgcPayload.Check(typeof(TData));
        ArgumentNullException.ThrowIfNull(tag);
        _network.Send(new IgcMessage(Block.World.Tick, Me, tag, data!, transmissionDistance, null));
    }

    public bool SendUnicastMessage<TData>(long addressee, string tag, TData data)
    {
        IgcPayload.Check(typeof(TData));
        ArgumentNullException.ThrowIfNull(tag);
        if (addressee == Me || !IsEndpointReachable(addressee))
            return false;
        _network.Send(new IgcMessage(Block.World.Tick, Me, tag, data!, TransmissionDistance.AntennaRelay, addressee));
        return true;
    }

    public IMyBroadcastListener RegisterBroadcastListener(string tag)
    {
        var existing = ListenerFor(tag);
        if (existing != null)
            return existing;
        var listener = new SimBroadcastListener(tag);
        _listeners.Add(listener);
        return listener;
    }

    public void DisableBroadcastListener(IMyBroadcastListener broadcastListener)
    {
        if (broadcastListener is SimBroadcastListener listener && _listeners.Remove(listener))
            listener.Deactivate();
    }

    public void GetBroadcastListeners(List<IMyBroadcastListener> broadcastListeners, Func<IMyBroadcastListener, bool>? collect = null)
    {
        broadcastListeners.Clear();
        foreach (var listener in _listeners)
            if (collect == null || collect(listener))
                broadcastListeners.Add(listener);
    }
}

/// <summary>A queue of at most 25 waiting messages; when full the oldest is dropped.</summary>
public abstract class SimMessageProvider : IMyMessageProvider
{
    public const int Capacity = 25;
    readonly Queue<MyIGCMessage> _queue = new();

    public bool HasPendingMessage => _queue.Count > 0;
    public int MaxWaitingMessages => Capacity;
    public int Dropped { get; private set; }
    internal string? CallbackArgument { get; private set; }

    internal void Enqueue(MyIGCMessage message)
    {
        if (_queue.Count == Capacity)
        {
            _queue.Dequeue();
            Dropped++;
        }
        _queue.Enqueue(message);
    }

    public MyIGCMessage AcceptMessage() => _queue.Count > 0 ? _queue.Dequeue() : default;

    public void SetMessageCallback(string argument = "") => CallbackArgument = argument ?? "";

    public void DisableMessageCallback() => CallbackArgument = null;
}

public sealed class SimBroadcastListener(string tag) : SimMessageProvider, IMyBroadcastListener
{
    public string Tag { get; } = tag;
    public bool IsActive { get; private set; } = true;
    internal void Deactivate() => IsActive = false;
}

public sealed class SimUnicastListener : SimMessageProvider, IMyUnicastListener;
