using System.Collections.Immutable;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Igc;
using VRage;
using VRageMath;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 8: intergrid communication.</summary>
public class Section8_IgcTests
{
    static (ShipSim.World.Core.SimWorld World, SimIgcNetwork Igc, SimIgcContext A, SimIgcContext B) Pair()
    {
        var (world, ship) = TestWorld.Ship();
        var igc = world.Igc;
        var a = igc.CreateContext(new SimTextPanel(ship, "A"));
        var b = igc.CreateContext(new SimTextPanel(ship, "B"));
        return (world, igc, a, b);
    }

    [Fact]
    public void Section8_MessageSentInTickNIsReadInTickNPlusOneNotN()
    {
        var (world, _, a, b) = Pair();
        var listener = b.RegisterBroadcastListener("failover");
        world.Step();
        a.SendBroadcastMessage("failover", "hello", TransmissionDistance.CurrentConstruct);
        Assert.False(listener.HasPendingMessage);
        world.Step();
        Assert.True(listener.HasPendingMessage);
        var message = listener.AcceptMessage();
        Assert.Equal("hello", message.As<string>());
        Assert.Equal(a.Me, message.Source);
        Assert.Equal("failover", message.Tag);
    }

    [Fact]
    public void Section8_SenderNeverReceivesItsOwnBroadcast()
    {
        var (world, _, a, _) = Pair();
        var own = a.RegisterBroadcastListener("t");
        a.SendBroadcastMessage("t", 1);
        world.Step();
        Assert.False(own.HasPendingMessage);
    }

    [Fact]
    public void Section8_TwentySixthUnreadMessagePushesOutTheFirst()
    {
        var (world, _, a, b) = Pair();
        var listener = b.RegisterBroadcastListener("t");
        for (var i = 1; i <= 26; i++)
            a.SendBroadcastMessage("t", i);
        world.Step();
        Assert.Equal(25, listener.MaxWaitingMessages);
        Assert.Equal(2, listener.AcceptMessage().As<int>());
        var count = 1;
        while (listener.HasPendingMessage)
        {
            listener.AcceptMessage();
            count++;
        }
        Assert.Equal(25, count);
        Assert.Equal(default, listener.AcceptMessage());
    }

    [Fact]
    public void Section8_DistanceLevelsFollowConstructAndDocking()
    {
        var (world, ship) = TestWorld.Ship();
        var station = world.AddGrid("Station");
        var igc = world.Igc;
        var a = igc.CreateContext(new SimTextPanel(ship, "A"));
        var b = igc.CreateContext(new SimTextPanel(station, "B"));
        var listener = b.RegisterBroadcastListener("t");
        world.Topology.Dock(ship, station);

        a.SendBroadcastMessage("t", "construct", TransmissionDistance.CurrentConstruct);
        a.SendBroadcastMessage("t", "connected", TransmissionDistance.ConnectedConstructs);
        world.Step();
        Assert.Equal("connected", listener.AcceptMessage().As<string>());
        Assert.False(listener.HasPendingMessage);
        Assert.True(a.IsEndpointReachable(b.Me, TransmissionDistance.ConnectedConstructs));
        Assert.False(a.IsEndpointReachable(b.Me, TransmissionDistance.CurrentConstruct));
    }

    [Fact]
    public void Section8_MessageOfVanishedSourceIsDropped()
    {
        var (world, _, a, b) = Pair();
        var listener = b.RegisterBroadcastListener("t");
        a.SendBroadcastMessage("t", 1);
        a.Block.Destroy();
        world.Step();
        Assert.False(listener.HasPendingMessage);
    }

    [Fact]
    public void Section8_UnfriendlyOwnersDoNotHearEachOther()
    {
        var (world, _, a, b) = Pair();
        b.Block.OwnerId = 99;
        var listener = b.RegisterBroadcastListener("t");
        a.SendBroadcastMessage("t", 1);
        world.Step();
        Assert.False(listener.HasPendingMessage);
    }

    [Fact]
    public void Section8_AllowedPayloadsPassAndOthersThrowAtSend()
    {
        var (_, _, a, _) = Pair();
        a.SendBroadcastMessage("t", 1.5);
        a.SendBroadcastMessage("t", new Vector2(1, 2));
        a.SendBroadcastMessage("t", MyTuple.Create(1L, "x", true));
        a.SendBroadcastMessage("t", ImmutableArray.Create(MyTuple.Create(1, 2)));
        a.SendBroadcastMessage("t", ImmutableDictionary<string, long>.Empty);
        Assert.Throws<ArgumentException>(() => a.SendBroadcastMessage("t", new List<int>()));
        Assert.Throws<ArgumentException>(() => a.SendBroadcastMessage("t", UpdateType.Once));
        Assert.Throws<ArgumentException>(() => a.SendBroadcastMessage("t", new object()));
    }

    [Fact]
    public void Section8_UnicastRules()
    {
        var (world, igc, a, b) = Pair();
        Assert.False(a.SendUnicastMessage(a.Me, "t", 1)); // to itself
        Assert.False(a.SendUnicastMessage(123456, "t", 1)); // unknown address
        var untouched = new SimTextPanel(a.Block.Grid, "No IGC");
        Assert.False(a.SendUnicastMessage(untouched.EntityId, "t", 1)); // script never touched IGC
        Assert.True(a.SendUnicastMessage(b.Me, "t", 7));
        Assert.False(b.UnicastListener.HasPendingMessage);
        world.Step();
        Assert.Equal(7, b.UnicastListener.AcceptMessage().As<int>());
    }

    [Fact]
    public void Section8_RegisteringATagTwiceReturnsTheSameListener()
    {
        var (_, _, a, _) = Pair();
        Assert.Same(a.RegisterBroadcastListener("t"), a.RegisterBroadcastListener("t"));
    }

    [Fact]
    public void Section8_CallbackOncePerBlockPerTick()
    {
        var (world, _, a, b) = Pair();
        var one = b.RegisterBroadcastListener("one");
        var two = b.RegisterBroadcastListener("two");
        one.SetMessageCallback("got-one");
        two.SetMessageCallback("got-two");
        a.SendBroadcastMessage("one", 1);
        a.SendBroadcastMessage("two", 2);
        world.Step();
        Assert.Equal("got-one", b.TakePendingCallback());
        Assert.Null(b.TakePendingCallback());
    }

    [Fact]
    public void Section8_NewContextDropsListenersAndQueuedMessages()
    {
        var (world, igc, a, b) = Pair();
        var listener = b.RegisterBroadcastListener("t");
        a.SendBroadcastMessage("t", 1);
        world.Step();
        var fresh = igc.CreateContext(b.Block);
        var listeners = new List<IMyBroadcastListener>();
        fresh.GetBroadcastListeners(listeners);
        Assert.Empty(listeners);
        a.SendBroadcastMessage("t", 2);
        world.Step();
        Assert.False(fresh.RegisterBroadcastListener("t").HasPendingMessage);
    }
}
