using System.Collections.Immutable;
using static IngameScript.Program;

namespace ShipSim.Cores.Tests;

public class FailoverWireTests
{
    static FailoverMessage ActiveBeat(string appState) => new()
    {
        Kind = FailoverMessageKind.Beat, Rank = 2, Term = 41, Role = FailoverRole.Active, Text = appState, Subject = 0,
    };

    [Fact]
    public void AMessageSurvivesTheTripWithItsGroupScriptAndConfirmations()
    {
        var wire = new FailoverWire();
        var sent = ActiveBeat("Airlock 1: depressurizing");
        var payload = wire.Encode(sent, "ship", "Redundant Airlock", ["cycle Airlock 1", "close all"]);
        Assert.True(FailoverWire.TryDecode(payload, out var received, out var group, out var script));
        Assert.Equal(("ship", "Redundant Airlock"), (group, script));
        Assert.Equal(sent.Kind, received.Kind);
        Assert.Equal(sent.Rank, received.Rank);
        Assert.Equal(sent.Term, received.Term);
        Assert.Equal(sent.Role, received.Role);
        Assert.Equal(sent.Text, received.Text);
        Assert.Equal(2, FailoverWire.ConfirmedCount(payload));
        Assert.Equal("close all", FailoverWire.ConfirmedAt(payload, 1));
    }

    [Theory]
    [InlineData(FailoverMessageKind.Lost, 1234567890123L, null)]
    [InlineData(FailoverMessageKind.Yield, 77L, null)]
    [InlineData(FailoverMessageKind.Probe, 5L, "lock all")]
    [InlineData(FailoverMessageKind.Hello, 0L, null)]
    public void EveryKindKeepsItsSubjectAndText(FailoverMessageKind kind, long subject, string text)
    {
        var payload = new FailoverWire().Encode(new FailoverMessage { Kind = kind, Subject = subject, Text = text, WantsLead = PreemptMode.Always }, "g", "s", []);
        Assert.True(FailoverWire.TryDecode(payload, out var m, out _, out _));
        Assert.Equal((kind, subject, text ?? "", PreemptMode.Always), (m.Kind, m.Subject, m.Text, m.WantsLead));
    }

    [Fact]
    public void AnUnchangedHeartbeatIsTheSameObjectSoResendingItAllocatesNothing()
    {
        var wire = new FailoverWire();
        var first = wire.Encode(ActiveBeat("idle"), "ship", "s", []);
        Assert.Same(first, wire.Encode(ActiveBeat("idle"), "ship", "s", []));
        Assert.NotSame(first, wire.Encode(ActiveBeat("cycling"), "ship", "s", []));
        Assert.NotSame(first, wire.Encode(ActiveBeat("idle"), "ship", "s", ["close all"]));
    }

    public static TheoryData<object> Garbage => new()
    {
        "hello", 42L, ImmutableList.Create("FO1B", "ship"), ImmutableList.Create("XXXX", "g", "s", "1", "1", "A", "", "", ""),
        ImmutableList.Create("FO1B", "g", "s", "one", "1", "A", "", "", ""), ImmutableList.Create("FO1B", "g", "s", "1", "1", "Q", "", "", ""),
        ImmutableList.Create("FO1L", "g", "s", "1", "1", "S", "", "x", ""),
    };

    [Theory, MemberData(nameof(Garbage))]
    public void AnythingElseOnTheChannelIsRefused(object data) =>
        Assert.False(FailoverWire.TryDecode(data, out _, out _, out _));
}
