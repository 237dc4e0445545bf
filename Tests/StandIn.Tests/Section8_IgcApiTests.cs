using Sandbox.ModAPI.Ingame;

namespace ShipSim.StandIn.Tests;

/// <summary>game-behaviour.md section 8: the IGC interfaces and TransmissionDistance.</summary>
public class Section8_IgcApiTests
{
    [Fact]
    public void Section8_TransmissionDistanceValues()
    {
        Assert.Equal(0, (int)TransmissionDistance.CurrentConstruct);
        Assert.Equal(1, (int)TransmissionDistance.ConnectedConstructs);
        Assert.Equal(2, (int)TransmissionDistance.AntennaRelay);
        Assert.Equal(3, Enum.GetValues<TransmissionDistance>().Length);
    }

    [Fact]
    public void Section8_BroadcastAndReachabilityDefaultToAntennaRelay()
    {
        var igc = typeof(IMyIntergridCommunicationSystem);
        var send = igc.GetMethod("SendBroadcastMessage")!;
        Assert.Equal(TransmissionDistance.AntennaRelay, send.GetParameters()[2].DefaultValue);
        var reachable = igc.GetMethod("IsEndpointReachable")!;
        Assert.Equal(TransmissionDistance.AntennaRelay, reachable.GetParameters()[1].DefaultValue);
        Assert.Equal(typeof(bool), igc.GetMethod("SendUnicastMessage")!.ReturnType);
        Assert.Equal(typeof(long), igc.GetProperty("Me")!.PropertyType);
        Assert.NotNull(igc.GetProperty("UnicastListener"));
        Assert.NotNull(igc.GetMethod("DisableBroadcastListener"));
        Assert.NotNull(igc.GetMethod("GetBroadcastListeners"));
        Assert.Equal(typeof(IMyBroadcastListener), igc.GetMethod("RegisterBroadcastListener")!.ReturnType);
    }

    [Fact]
    public void Section8_MessageProviderMembers()
    {
        var provider = typeof(IMyMessageProvider);
        Assert.Equal(typeof(int), provider.GetProperty("MaxWaitingMessages")!.PropertyType);
        Assert.Equal(typeof(MyIGCMessage), provider.GetMethod("AcceptMessage")!.ReturnType);
        Assert.NotNull(provider.GetMethod("SetMessageCallback", [typeof(string)]));
    }
}
