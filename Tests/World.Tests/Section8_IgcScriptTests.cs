using System.Globalization;
using System.Collections.Immutable;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Observation;
using VRage;
using VRageMath;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 8 through scripts (and the context API where a script cannot express
/// the case): IGC.Me, listeners, distance levels, unicast reach, payload checks, the callback re-arming,
/// delivery order within a tick, and a recompile dropping the context.</summary>
public class Section8_IgcScriptTests
{
    // Reads every waiting message on "chan" and echoes them.
    const string Reader = """
        IMyBroadcastListener listener;
        public Program() { listener = IGC.RegisterBroadcastListener("chan"); }
        public void Main()
        {
            var read = new List<string>();
            while (listener.HasPendingMessage) read.Add(listener.AcceptMessage().Data.ToString());
            Echo(string.Join(",", read));
        }
        """;

    // Sends its argument's text on "chan" at the distance named by the argument's first word.
    const string Sender = """
        public void Main(string argument)
        {
            var parts = argument.Split(' ');
            if (parts[0] == "default") IGC.SendBroadcastMessage("chan", parts[1]);
            else IGC.SendBroadcastMessage("chan", parts[1], (TransmissionDistance)Enum.Parse(typeof(TransmissionDistance), parts[0]));
        }
        """;

    [Fact]
    public void Section8_IgcMeIsTheBlocksAddress()
    {
        var (_, ship) = TestWorld.Ship();
        var pb = new SimProgrammableBlock(ship, "PB", "public void Main() { Echo(IGC.Me + \" \" + Me.EntityId); }");
        pb.RunFromToolbar("");
        Assert.Equal($"{pb.EntityId} {pb.EntityId}\n", pb.EchoText);
    }

    [Fact]
    public void Section8_DisabledListenerIsGoneAndGetsNothing()
    {
        var (world, ship) = TestWorld.Ship();
        var sender = new SimProgrammableBlock(ship, "Sender", "public void Main(string tag) { IGC.SendBroadcastMessage(tag, tag); }");
        var receiver = new SimProgrammableBlock(ship, "Receiver", """
            IMyBroadcastListener a, b;
            readonly List<IMyBroadcastListener> listeners = new List<IMyBroadcastListener>();
            public Program()
            {
                a = IGC.RegisterBroadcastListener("a");
                b = IGC.RegisterBroadcastListener("b");
                IGC.DisableBroadcastListener(a);
            }
            public void Main()
            {
                listeners.Add(null);
                IGC.GetBroadcastListeners(listeners);
                var tags = new List<string>();
                foreach (var l in listeners) tags.Add(l.Tag);
                Echo(string.Join(",", tags) + " a:" + a.IsActive + "/" + a.HasPendingMessage + " b:" + b.IsActive + "/" + b.HasPendingMessage);
            }
            """);
        sender.RunFromToolbar("a");
        sender.RunFromToolbar("b");
        world.Run(1);
        receiver.RunFromToolbar("");
        Assert.Equal("b a:False/False b:True/True\n", receiver.EchoText);
    }

    [Fact]
    public void Section8_ReceiversWithinTheRequestedDistanceReceive()
    {
        var (world, ship) = TestWorld.Ship();
        var turret = world.AddGrid("Turret");
        var station = world.AddGrid("Station", isStatic: true);
        var stranger = world.AddGrid("Stranger");
        world.Topology.JoinMechanically(ship, turret);
        world.Topology.Dock(ship, station);
        var sender = new SimProgrammableBlock(ship, "Sender", Sender);
        var same = new SimProgrammableBlock(ship, "Same grid", Reader);
        var construct = new SimProgrammableBlock(turret, "Turret", Reader);
        var docked = new SimProgrammableBlock(station, "Station", Reader);
        var far = new SimProgrammableBlock(stranger, "Stranger", Reader);

        sender.RunFromToolbar("CurrentConstruct 0");
        sender.RunFromToolbar("ConnectedConstructs 1");
        sender.RunFromToolbar("AntennaRelay 2");
        sender.RunFromToolbar("default 3");
        world.Run(1);
        foreach (var pb in new[] { same, construct, docked, far })
            pb.RunFromToolbar("");
        Assert.Equal("0,1,2,3\n", same.EchoText);
        Assert.Equal("0,1,2,3\n", construct.EchoText);
        Assert.Equal("1,2,3\n", docked.EchoText);   // docked: not in the sender's construct
        Assert.Equal("\n", far.EchoText);            // no connection, no antennas modelled
    }

    [Fact]
    public void Section8_UnicastIsFalseToAnUnreachableBlockAndTrueOnceReachable()
    {
        var (world, ship) = TestWorld.Ship();
        var station = world.AddGrid("Station", isStatic: true);
        var target = new SimProgrammableBlock(station, "Target", """
            public Program() { IGC.UnicastListener.SetMessageCallback("got"); }
            public void Main(string argument) { if (argument == "got") Storage = IGC.UnicastListener.AcceptMessage().As<string>(); }
            """);
        var pb = new SimProgrammableBlock(ship, "PB", """
            public void Main(string argument)
            {
                long address = long.Parse(argument);
                Echo(IGC.IsEndpointReachable(address) + " " + IGC.SendUnicastMessage(address, "t", "hi") + " " + IGC.SendUnicastMessage(IGC.Me, "t", "me"));
            }
            """);
        pb.RunFromToolbar(target.EntityId.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("False False False\n", pb.EchoText);
        world.Topology.Dock(ship, station);
        pb.RunFromToolbar(target.EntityId.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("True True False\n", pb.EchoText);
        world.Run(1);
        Assert.Equal("hi", target.Instance!.Storage);
    }

    [Theory]
    [InlineData("class Custom { } ", "new Custom()")]
    [InlineData("struct Point { public int X; } ", "new Point()")]
    [InlineData("enum Mode { A } ", "Mode.A")]
    [InlineData("", "UpdateType.Once")]
    [InlineData("", "new List<int>()")]
    [InlineData("", "new int[] { 1 }")]
    [InlineData("", "new StringBuilder()")]
    [InlineData("", "(object)1")]
    [InlineData("", "MyTuple.Create(1, new List<string>())")]
    [InlineData("", "ImmutableArray.Create(new StringBuilder())")]
    public void Section8_ScriptSendingAPayloadThatIsNotAllowedThrowsAtSend(string declaration, string payload)
    {
        var (world, ship) = TestWorld.Ship();
        var receiver = new SimProgrammableBlock(ship, "Receiver", Reader);
        var pb = new SimProgrammableBlock(ship, "PB", declaration + "public void Main() { Echo(\"before\"); IGC.SendBroadcastMessage(\"chan\", " + payload + "); Echo(\"after\"); }");
        Assert.True(pb.Image!.Success, string.Join("\n", pb.Image.Errors));
        pb.RunFromToolbar("");
        Assert.True(pb.IsTerminated);
        Assert.Contains("ArgumentException", pb.DetailedInfo);
        Assert.StartsWith("before\n", pb.DetailedInfo);
        Assert.DoesNotContain("after", pb.DetailedInfo);
        world.Run(1);
        receiver.RunFromToolbar("");
        Assert.Equal("\n", receiver.EchoText); // nothing was sent
    }

    [Fact]
    public void Section8_ScriptSendingAllowedPayloadsDeliversThem()
    {
        var (world, ship) = TestWorld.Ship();
        var receiver = new SimProgrammableBlock(ship, "Receiver", """
            IMyBroadcastListener listener;
            public Program() { listener = IGC.RegisterBroadcastListener("chan"); }
            public void Main()
            {
                var names = new List<string>();
                while (listener.HasPendingMessage) names.Add(listener.AcceptMessage().Data.GetType().Name);
                Echo(string.Join(" ", names));
            }
            """);
        var pb = new SimProgrammableBlock(ship, "PB", """
            public void Main()
            {
                IGC.SendBroadcastMessage("chan", true);
                IGC.SendBroadcastMessage("chan", 'c');
                IGC.SendBroadcastMessage("chan", (byte)1);
                IGC.SendBroadcastMessage("chan", 2L);
                IGC.SendBroadcastMessage("chan", 3.5f);
                IGC.SendBroadcastMessage("chan", "text");
                IGC.SendBroadcastMessage("chan", new Vector3D(1, 2, 3));
                IGC.SendBroadcastMessage("chan", MatrixD.Identity);
                IGC.SendBroadcastMessage("chan", Color.Red);
                IGC.SendBroadcastMessage("chan", MyTuple.Create(1));
                IGC.SendBroadcastMessage("chan", MyTuple.Create(1, 2L, "3", 4.0, true, new Vector3D()));
                IGC.SendBroadcastMessage("chan", ImmutableList.Create("a"));
                IGC.SendBroadcastMessage("chan", ImmutableQueue.Create(1));
                IGC.SendBroadcastMessage("chan", ImmutableStack.Create(1));
                IGC.SendBroadcastMessage("chan", ImmutableHashSet.Create(1));
                IGC.SendBroadcastMessage("chan", ImmutableSortedSet.Create(1));
                IGC.SendBroadcastMessage("chan", ImmutableDictionary<string, int>.Empty);
                IGC.SendBroadcastMessage("chan", ImmutableSortedDictionary<string, MyTuple<int, Vector3D>>.Empty);
                IGC.SendBroadcastMessage("chan", ImmutableArray.Create(ImmutableArray.Create(MyTuple.Create("x", 1))));
            }
            """);
        pb.RunFromToolbar("");
        Assert.False(pb.IsTerminated, pb.DetailedInfo);
        world.Run(1);
        receiver.RunFromToolbar("");
        Assert.Equal("Boolean Char Byte Int64 Single String Vector3D MatrixD Color MyTuple`1 MyTuple`6 ImmutableList`1 ImmutableQueue`1 "
            + "ImmutableStack`1 ImmutableHashSet`1 ImmutableSortedSet`1 ImmutableDictionary`2 ImmutableSortedDictionary`2 ImmutableArray`1\n", receiver.EchoText);
    }

    [Fact]
    public void Section8_PayloadsNestUpTo25Levels()
    {
        var (_, ship) = TestWorld.Ship();
        var context = ship.World.Igc.CreateContext(new SimTextPanel(ship, "A"));
        // 25 levels of collections around an int: allowed. One more: refused.
        var type = typeof(int);
        for (var i = 0; i < 25; i++)
            type = typeof(ImmutableArray<>).MakeGenericType(type);
        Send(context, type);
        var deeper = typeof(ImmutableArray<>).MakeGenericType(type);
        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => Send(context, deeper));
        Assert.IsType<ArgumentException>(error.InnerException);

        static void Send(Igc.SimIgcContext context, Type payload) =>
            typeof(Igc.SimIgcContext).GetMethod(nameof(Igc.SimIgcContext.SendBroadcastMessage))!.MakeGenericMethod(payload)
                .Invoke(context, ["t", Activator.CreateInstance(payload), TransmissionDistance.CurrentConstruct]);
    }

    [Fact]
    public void Section8_CallbackReArmsOnlyWhenTheNextMessageArrives()
    {
        var (world, ship) = TestWorld.Ship();
        var runs = new List<RunRecord>();
        world.RunCompleted += runs.Add;
        var sender = new SimProgrammableBlock(ship, "Sender", "public void Main(string n) { for (int i = 0; i < int.Parse(n); i++) IGC.SendBroadcastMessage(\"chan\", i); }");
        var receiver = new SimProgrammableBlock(ship, "Receiver", """
            IMyBroadcastListener listener;
            public Program() { listener = IGC.RegisterBroadcastListener("chan"); listener.SetMessageCallback("msg"); }
            public void Main(string argument, UpdateType updateType)
            {
                listener.AcceptMessage(); // reads only one of them
                Echo("pending=" + listener.HasPendingMessage);
            }
            """);
        sender.RunFromToolbar("3");
        world.Run(10);
        var callbacks = runs.Where(r => r.Block == receiver.EntityId).ToList();
        Assert.Single(callbacks);                 // one run for three messages, none for the two left waiting
        Assert.Equal("pending=True\n", receiver.EchoText);

        sender.RunFromToolbar("1");
        world.Run(10);
        Assert.Equal(2, runs.Count(r => r.Block == receiver.EntityId && r.UpdateType == UpdateType.IGC));
    }

    [Fact]
    public void Section8_MessageSentEarlierInATickIsNotReadLaterInTheSameTick()
    {
        var (world, ship) = TestWorld.Ship();
        // Built first, so it runs first in every tick; the reader runs after it.
        var sender = new SimProgrammableBlock(ship, "Sender", """
            int n;
            public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update1; }
            public void Main() { n++; if (n == 5) IGC.SendBroadcastMessage("chan", "sent in tick " + n); }
            """);
        var reader = new SimProgrammableBlock(ship, "Reader", """
            IMyBroadcastListener listener;
            int n;
            public Program() { listener = IGC.RegisterBroadcastListener("chan"); Runtime.UpdateFrequency = UpdateFrequency.Update1; }
            public void Main() { n++; if (listener.HasPendingMessage) Storage += "tick " + n + ": " + listener.AcceptMessage().Data + ";"; }
            """);
        world.Run(10);
        Assert.Equal("tick 6: sent in tick 5;", reader.Instance!.Storage);
    }

    [Fact]
    public void Section8_RecompileDropsListenersAndQueuedMessages()
    {
        var (world, ship) = TestWorld.Ship();
        var sender = new SimProgrammableBlock(ship, "Sender", "public void Main() { IGC.SendBroadcastMessage(\"chan\", \"queued\"); }");
        var receiver = new SimProgrammableBlock(ship, "Receiver", """
            public Program() { IGC.RegisterBroadcastListener("chan"); }
            public void Main()
            {
                var listeners = new List<IMyBroadcastListener>();
                IGC.GetBroadcastListeners(listeners);
                Echo(listeners.Count + " " + (listeners.Count > 0 && listeners[0].HasPendingMessage));
            }
            """);
        sender.RunFromToolbar("");
        world.Run(1);
        receiver.RunFromToolbar("");
        Assert.Equal("1 True\n", receiver.EchoText);
        receiver.Recompile();
        receiver.RunFromToolbar("");
        Assert.Equal("1 False\n", receiver.EchoText); // the constructor's new listener; the message is lost
    }
}
