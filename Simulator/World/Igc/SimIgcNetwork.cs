using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;

namespace ShipSim.World.Igc;

/// <summary>One message on its way: sent in one tick, delivered at the start of the next.</summary>
/// <remarks>A struct, so that sending allocates nothing the script would be charged for.</remarks>
public readonly record struct IgcMessage(long SentTick, long Source, string Tag, object Data, TransmissionDistance Distance, long? Addressee);

/// <summary>
/// Intergrid communication as the game does it (game-behaviour.md section 8): messages sent in tick N are
/// delivered at the start of tick N+1, before any script of N+1 runs; the sender never receives its own
/// broadcast; a message whose source block is gone is dropped; reach is by construct, by docking, or by
/// antenna (antennas are not modelled: AntennaRelay reaches as far as ConnectedConstructs); owners must be
/// friendly.
/// </summary>
public sealed class SimIgcNetwork : ITickPhase
{
    readonly SimWorld _world;
    readonly List<SimIgcContext> _contexts = [];
    List<IgcMessage> _sending = [];
    List<IgcMessage> _delivering = [];

    internal SimIgcNetwork(SimWorld world)
    {
        _world = world;
        world.AddPhase(this);
    }

    public TickOrder Order => TickOrder.Messaging;

    /// <summary>Every message ever delivered or dropped, for observation.</summary>
    public List<(IgcMessage Message, long Receiver)> Log { get; } = [];
    public bool KeepLog { get; set; }

    /// <summary>A fresh context for a block's script; the old one (if any) is dropped with its listeners and queues.</summary>
    public SimIgcContext CreateContext(SimBlock block)
    {
        _contexts.RemoveAll(c => c.Block == block);
        var context = new SimIgcContext(this, block);
        _contexts.Add(context);
        return context;
    }

    public void DropContext(SimIgcContext context) => _contexts.Remove(context);

    internal void Send(IgcMessage message) => _sending.Add(message);

    internal SimIgcContext? ContextOf(long address) => _contexts.FirstOrDefault(c => c.Me == address && !c.Block.Closed);

    internal bool Reaches(SimBlock from, SimBlock to, TransmissionDistance distance)
    {
        if (from.Closed || to.Closed || !_world.AreFriendly(from.OwnerId, to.OwnerId))
            return false;
        return distance == TransmissionDistance.CurrentConstruct
            ? _world.Topology.SameConstruct(from.Grid, to.Grid)
            : _world.Topology.SameLogicalGroup(from.Grid, to.Grid);
    }

    public void OnTick(long tick)
    {
        (_delivering, _sending) = (_sending, _delivering);
        foreach (var message in _delivering)
            Deliver(message);
        _delivering.Clear();
    }

    void Deliver(IgcMessage message)
    {
        var source = _contexts.FirstOrDefault(c => c.Me == message.Source)?.Block
            ?? _world.Blocks.FirstOrDefault(b => b.EntityId == message.Source);
        if (source == null || source.Closed)
            return; // the source block is gone: the game drops the message
        if (message.Addressee is { } address)
        {
            var target = ContextOf(address);
            if (target != null && Reaches(source, target.Block, message.Distance))
                Receive(target, target.Unicast, message);
            return;
        }
        foreach (var context in _contexts.ToList())
        {
            if (context.Me == message.Source || !Reaches(source, context.Block, message.Distance))
                continue;
            var listener = context.ListenerFor(message.Tag);
            if (listener != null)
                Receive(context, listener, message);
        }
    }

    void Receive(SimIgcContext context, SimMessageProvider provider, IgcMessage message)
    {
        provider.Enqueue(new MyIGCMessage(message.Data, message.Tag, message.Source));
        if (KeepLog)
            Log.Add((message, context.Me));
        if (provider.CallbackArgument != null)
            context.RequestCallback(provider.CallbackArgument);
    }
}
