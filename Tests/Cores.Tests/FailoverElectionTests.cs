using static IngameScript.Program;
using static ShipSim.Cores.Tests.ElectionHarness;

namespace ShipSim.Cores.Tests;

/// <summary>The failover election driven message by message (docs/failover.md describes the protocol).</summary>
public class FailoverElectionTests
{
    // ---------------------------------------------------------------- starting

    [Fact]
    public void AStartingNodeGreetsTheGroupAndWaitsForAnswersBeforeLeading()
    {
        var node = Node(1, 0);
        var hello = Assert.Single(node.Outbox);
        Assert.Equal(FailoverMessageKind.Hello, hello.Kind);
        Assert.True(hello.Wake);
        Assert.Equal(FailoverRole.Starting, hello.Role);

        node.Run(1);
        Assert.Equal(FailoverRole.Starting, node.Role);
        Assert.Equal(FailoverElection.StartTicks, node.WakeAt);

        node.Run(2);
        Assert.Equal(FailoverRole.Active, node.Role);
        Assert.True(node.TookOver);
        Assert.Equal(1, node.Term);
        Assert.Equal(FailoverReason.NoActive, Assert.Single(node.Events, e => e.Kind == FailoverEventKind.TookOver).Reason);
        Assert.True(Assert.Single(node.Sent(FailoverMessageKind.Beat)).Wake);

        node.Run(3);
        Assert.False(node.TookOver); // Failover is set on exactly one run
        Assert.Equal(FailoverRole.Active, node.Role);
    }

    [Fact]
    public void OnAFreshShipTheLowestRankLeadsAndTheOthersWaitTheirTurn()
    {
        var a = Node(1, 0);
        var b = Node(2, 1);
        var c = Node(3, 2);
        // Tick 1: the Hellos arrive; each answers at once, although starting itself.
        a.Run(1, Hello(2, 1), Hello(3, 2));
        b.Run(1, Hello(1, 0), Hello(3, 2));
        c.Run(1, Hello(1, 0), Hello(2, 1));
        foreach (var node in new[] { a, b, c })
            Assert.True(Assert.Single(node.Sent(FailoverMessageKind.Beat)).Wake);
        // Tick 2: the answers arrive and the start is over: only rank 0 claims.
        var answers = new[] { Beat(1, 0, 0, FailoverRole.Starting), Beat(2, 1, 0, FailoverRole.Starting), Beat(3, 2, 0, FailoverRole.Starting) };
        a.Run(2, answers);
        b.Run(2, answers);
        c.Run(2, answers);
        Assert.True(a.TookOver);
        Assert.Equal(FailoverRole.Standby, b.Role);
        Assert.Equal(FailoverRole.Standby, c.Role);
        Assert.Equal(4, b.WakeAt); // second in line: two ticks later, if rank 0 has not claimed by then
        Assert.Equal(6, c.WakeAt);
        // Tick 3: rank 0's claim arrives; nobody else claims.
        b.Run(3, Active(1, 0, 1));
        c.Run(3, Active(1, 0, 1));
        Assert.Equal(1L, b.ActiveId);
        Assert.False(b.InElection);
        b.Run(4);
        c.Run(6);
        Assert.Equal(FailoverRole.Standby, b.Role);
        Assert.Equal(FailoverRole.Standby, c.Role);
    }

    [Fact]
    public void AStartingNodeThatHearsAnActiveFollowsItAndKeepsTheTerm()
    {
        var node = Node(5, 0, term: 3);
        node.Run(2, Active(1, 1, 7, appState: "airlocks idle"));
        Assert.Equal(FailoverRole.Standby, node.Role);
        Assert.Equal(1L, node.ActiveId);
        Assert.Equal(7, node.Term);
        Assert.Equal("airlocks idle", node.AppState);
        Assert.Contains(node.Events, e => e.Kind == FailoverEventKind.ActiveIs && e.Peer == 1 && e.Number == 7);
    }

    // ---------------------------------------------------------------- losses

    [Theory]
    [InlineData(PeerCondition.Destroyed, FailoverReason.ActiveDestroyed)]
    [InlineData(PeerCondition.Damaged, FailoverReason.ActiveDamaged)]
    [InlineData(PeerCondition.Disabled, FailoverReason.ActiveDisabled)]
    [InlineData(PeerCondition.Unpowered, FailoverReason.ActiveUnpowered)]
    [InlineData(PeerCondition.Departed, FailoverReason.ActiveDeparted)]
    public void TheBestStandbyTakesOverInTheRunThatSeesTheActiveBlockLost(PeerCondition condition, FailoverReason reason)
    {
        var node = Follower(2, 1, activeId: 1, activeRank: 0, Standby(3, 2));
        node.Tick(50);
        node.Observe(1, condition);
        node.Decide(100);
        Assert.True(node.TookOver);
        Assert.Equal(2, node.Term);
        Assert.Contains(node.Events, e => e.Kind == FailoverEventKind.ActiveLost && e.Reason == reason && e.Peer == 1);
        Assert.Equal(reason, Assert.Single(node.Events, e => e.Kind == FailoverEventKind.TookOver).Reason);
        Assert.Equal(1L, Assert.Single(node.Sent(FailoverMessageKind.Lost)).Subject);
    }

    [Fact]
    public void ASecondStandbyThatSeesTheLossFirstAnnouncesItAndLetsTheBetterOneClaim()
    {
        var node = Follower(3, 2, activeId: 1, activeRank: 0, Standby(2, 1));
        node.Tick(50);
        node.Observe(1, PeerCondition.Destroyed);
        node.Decide(100);
        Assert.Equal(FailoverRole.Standby, node.Role);
        Assert.Single(node.Sent(FailoverMessageKind.Lost));
        Assert.Equal(52, node.WakeAt);

        // The better standby hears the announcement and claims in its callback run.
        var better = Follower(2, 1, activeId: 1, activeRank: 0, Standby(3, 2));
        better.Run(51, Lost(3, 2, lost: 1, term: 1));
        Assert.True(better.TookOver);

        node.Run(52, Active(2, 1, 2));
        Assert.Equal(FailoverRole.Standby, node.Role);
        Assert.Equal(2L, node.ActiveId);
    }

    [Fact]
    public void ASilentActiveIsLostAfterTheTimeout()
    {
        var node = Follower(2, 1, activeId: 1, activeRank: 0);
        node.Run(1 + FailoverElection.TimeoutTicks, 100, null);
        Assert.Equal(FailoverRole.Standby, node.Role);
        node.Run(2 + FailoverElection.TimeoutTicks, 100, null);
        Assert.True(node.TookOver);
        Assert.Equal(FailoverReason.ActiveSilent, Assert.Single(node.Events, e => e.Kind == FailoverEventKind.ActiveLost).Reason);
    }

    [Fact]
    public void AHelloFromTheActiveMeansItRestartedAndItMayLeadAgainAfterItsStart()
    {
        var node = Follower(2, 1, activeId: 1, activeRank: 0);
        node.Run(20, Hello(1, 0, term: 1));
        Assert.Equal(0L, node.ActiveId);
        Assert.True(node.InElection);
        // The restarted rank 0 (started at 19) claims when its start is over, at 21: rank 1 waits until its claim
        // has arrived.
        Assert.Equal(23, node.WakeAt);
        Assert.True(Assert.Single(node.Sent(FailoverMessageKind.Beat)).Wake); // answers the Hello
        node.Run(22, Active(1, 0, 2));
        Assert.Equal(1L, node.ActiveId);
        Assert.Equal(FailoverRole.Standby, node.Role);
    }

    [Fact]
    public void AnAnnouncedLossOfThisNodeMakesItStandDown()
    {
        var node = Node(1, 0);
        node.Run(2);
        Assert.Equal(FailoverRole.Active, node.Role);
        node.Run(100);
        node.Run(200, Lost(2, 1, lost: 1, term: 1));
        Assert.Equal(FailoverRole.Standby, node.Role);
        Assert.Equal(FailoverReason.LostByPeers, Assert.Single(node.Events, e => e.Kind == FailoverEventKind.SteppedDown).Reason);
    }

    [Fact]
    public void ANodeThatDidNotRunForLongerThanTheOthersWaitTrustsNothingAndStartsAgain()
    {
        var node = Node(1, 0);
        node.Run(2);
        node.Run(2 + FailoverElection.GapTicks + 1);
        Assert.Equal(FailoverRole.Starting, node.Role);
        Assert.Equal(FailoverReason.ResumedAfterGap, Assert.Single(node.Events, e => e.Kind == FailoverEventKind.SteppedDown).Reason);
        Assert.Single(node.Sent(FailoverMessageKind.Hello));
    }

    [Fact]
    public void ANodeReturningAfterAGapFollowsWhoeverLeadsNow()
    {
        var node = Node(1, 0);
        node.Run(2);
        // Queued while it was away: the new active's heartbeat (a higher term).
        node.Run(400, Active(2, 1, 2));
        Assert.Equal(FailoverRole.Starting, node.Role);
        Assert.Equal(2L, node.ActiveId);
        node.Run(402);
        Assert.Equal(FailoverRole.Standby, node.Role);
        Assert.Equal(2L, node.ActiveId);
    }

    [Fact]
    public void CommandsKeptBeforeAGapAreLeftToThePeersThatStayed()
    {
        var node = Node(1, 1);
        node.Run(2, Active(2, 0, 1));
        node.Run(3, Active(2, 0, 1));
        Assert.True(node.Command("cmd 4"));
        Assert.Equal(1, node.PendingCount);
        // Unpowered before the active's confirmation arrived; back long after it: the command is not replayed.
        node.Run(3 + FailoverElection.GapTicks + 1, Active(2, 0, 1));
        Assert.Equal(0, node.PendingCount);
        Assert.Contains(node.Events, e => e.Kind == FailoverEventKind.CommandDropped && e.Text == "cmd 4" && e.Reason == FailoverReason.ResumedAfterGap);
        Assert.Empty(node.Sent(FailoverMessageKind.Probe));
        node.Run(3 + FailoverElection.GapTicks + 3);
        Assert.Equal(FailoverRole.Standby, node.Role);
        Assert.Empty(node.Replay);
    }

    [Fact]
    public void AStandbyBeatQueuedBehindTheSameNodesClaimDoesNotUndoIt()
    {
        // The active (2) hands over to rank 0 (1). The successor's quiet standby beat (term 7) and its claim (term 8,
        // on the waking channel) reach a third node in one run, the claim first, as the adapter reads them.
        var node = Follower(3, 3, activeId: 2, activeRank: 2, Standby(1, 0, 1));
        node.Run(10, Yield(2, 2, successor: 1, term: 1));
        Assert.True(node.InElection);
        node.Run(11, Active(1, 0, 2), Standby(1, 0, 1));
        Assert.Equal(1L, node.ActiveId);
        Assert.False(node.InElection);
        Assert.DoesNotContain(node.Events, e => e.Kind == FailoverEventKind.ActiveLost);
        node.Run(20);
        Assert.Equal(FailoverRole.Standby, node.Role);
        Assert.Equal(1L, node.ActiveId);
    }

    [Fact]
    public void AfterAWorldLoadTheLeaderTakesTheNewestStateAnyStartingNodeBrought()
    {
        // Rank 0 crashed at term 3 (its Storage is stale); rank 1 led at term 4 when the world was saved.
        var node = new FailoverElection(1, Group, 0, PreemptMode.Idle);
        node.Start(3, false, "Airlock 1\t0\t1\n");
        var fresh = new FailoverMessage { Kind = FailoverMessageKind.Hello, From = 2, Rank = 1, Term = 4, Role = FailoverRole.Starting, Text = "Airlock 1\t2\t2\n" };
        node.Run(1, fresh);
        node.Run(2);
        Assert.True(node.TookOver);
        Assert.Equal("Airlock 1\t2\t2\n", node.AppState);
        Assert.Equal("Airlock 1\t2\t2\n", Assert.Single(node.Sent(FailoverMessageKind.Hello).Concat(node.Outbox.Where(m => m.Kind == FailoverMessageKind.Beat))).Text);
    }

    // ---------------------------------------------------------------- split brain

    [Theory]
    [InlineData(5, 0, 10, 4, 0, 20, true)]  // higher term wins
    [InlineData(5, 3, 10, 5, 0, 20, false)] // same term: lower rank wins
    [InlineData(5, 1, 10, 5, 1, 20, true)]  // same term and rank: lower EntityId wins
    [InlineData(5, 1, 30, 5, 1, 20, false)]
    public void OfTwoActivesTheHigherTermThenLowerRankThenLowerEntityIdWins(long termA, int rankA, long idA, long termB, int rankB, long idB, bool aWins)
    {
        Assert.Equal(aWins, FailoverElection.Wins(termA, rankA, idA, termB, rankB, idB));
        Assert.Equal(!aWins, FailoverElection.Wins(termB, rankB, idB, termA, rankA, idA));
    }

    [Fact]
    public void AnActiveHearingAWinningActiveStandsDownAndALosingOneIsAnsweredAtOnce()
    {
        var loser = Node(20, 1);
        loser.Run(2);
        loser.Run(50, Active(10, 0, 1));
        Assert.Equal(FailoverRole.Standby, loser.Role);
        Assert.Equal(10L, loser.ActiveId);
        Assert.Equal(FailoverReason.OtherActiveWins, Assert.Single(loser.Events, e => e.Kind == FailoverEventKind.SteppedDown).Reason);

        var winner = Node(10, 0);
        winner.Run(2);
        winner.Run(50, Active(20, 1, 1));
        Assert.Equal(FailoverRole.Active, winner.Role);
        Assert.True(Assert.Single(winner.Sent(FailoverMessageKind.Beat)).Wake);
    }

    // ---------------------------------------------------------------- commands

    [Fact]
    public void TheActiveExecutesACommandAndConfirmsItInAHeartbeatThatWakesTheStandbys()
    {
        var node = Node(1, 0);
        node.Run(2);
        node.Run(40, 0, "cycle Airlock 1");
        Assert.Equal(["cycle Airlock 1"], node.Replay);
        Assert.Equal(["cycle Airlock 1"], node.Confirmed);
        Assert.True(Assert.Single(node.Sent(FailoverMessageKind.Beat)).Wake);
    }

    [Fact]
    public void TheSameCommandTwiceInOneTickIsOneCommand()
    {
        var node = Node(1, 0);
        node.Run(2);
        node.Tick(40);
        Assert.True(node.Command("cycle Airlock 1"));
        Assert.False(node.Command("cycle Airlock 1"));
        Assert.True(node.Command("cycle Airlock 2"));
        node.Decide(0);
        node.Tick(41);
        Assert.True(node.Command("cycle Airlock 1")); // a tick later it is a new command
        Assert.Equal(["cycle Airlock 1"], node.Replay);
    }

    [Fact]
    public void AStandbyKeepsACommandAndAsksTheActiveWhetherItRanIt()
    {
        var node = Follower(2, 1, activeId: 1, activeRank: 0);
        node.Run(40, 0, "cycle Airlock 1");
        Assert.Empty(node.Replay);
        var probe = Assert.Single(node.Sent(FailoverMessageKind.Probe));
        Assert.Equal(1L, probe.Subject);
        Assert.Equal("cycle Airlock 1", probe.Text);
        Assert.Equal(40 + FailoverElection.ConfirmTicks, node.WakeAt);
        Assert.Equal(1, node.PendingCount);

        node.Tick(41);
        node.Step(Active(1, 0, 1));
        node.Confirmation(1, "cycle Airlock 1");
        node.Decide(0);
        Assert.Equal(0, node.PendingCount);
        node.Run(42);
        Assert.Equal(FailoverRole.Standby, node.Role);
    }

    [Fact]
    public void AnUnconfirmedCommandMeansTheActiveScriptIsDeadTheBestStandbyReplaysIt()
    {
        var node = Follower(2, 1, activeId: 1, activeRank: 0, Standby(3, 2));
        node.Run(40, 0, "cycle Airlock 1");
        node.Run(41);
        Assert.Equal(FailoverRole.Standby, node.Role);
        node.Run(42);
        Assert.True(node.TookOver);
        Assert.Equal(FailoverReason.CommandUnconfirmed, Assert.Single(node.Events, e => e.Kind == FailoverEventKind.TookOver).Reason);
        Assert.Equal(["cycle Airlock 1"], node.Replay);
        Assert.Equal(["cycle Airlock 1"], node.Confirmed);
    }

    [Fact]
    public void WhenTheActiveBlockIsGoneTheCommandIsExecutedInTheSameRun()
    {
        var node = Follower(2, 1, activeId: 1, activeRank: 0);
        node.Tick(40);
        node.Observe(1, PeerCondition.Destroyed);
        node.Command("cycle Airlock 1");
        node.Decide(0);
        Assert.True(node.TookOver);
        Assert.Equal(["cycle Airlock 1"], node.Replay);
    }

    [Fact]
    public void ANewActiveIsAskedAboutTheCommandsKeptForTheOldOne()
    {
        var node = Follower(3, 2, activeId: 1, activeRank: 0, Standby(2, 1));
        node.Run(40, 0, "cycle Airlock 1");
        node.Run(41, Active(2, 1, 2)); // another node took over meanwhile
        var probe = Assert.Single(node.Sent(FailoverMessageKind.Probe));
        Assert.Equal(2L, probe.Subject);
        Assert.Equal(43, node.WakeAt);
    }

    [Fact]
    public void TheActiveAnswersAProbeForACommandItRanAndRunsOneItWasNeverGiven()
    {
        var node = Node(1, 0);
        node.Run(2);
        node.Run(40, 0, "cycle Airlock 1");
        node.Run(41, Probe(2, 1, active: 1, "cycle Airlock 1"), Probe(2, 1, active: 1, "close all"));
        Assert.Equal(["close all"], node.Replay);
        Assert.Equal(["cycle Airlock 1", "close all"], node.Confirmed);
        Assert.Contains(node.Events, e => e.Kind == FailoverEventKind.CommandForwarded && e.Text == "close all");
    }

    [Fact]
    public void AProbeForAnotherNodeIsIgnored()
    {
        var node = Node(1, 0);
        node.Run(2);
        node.Run(41, Probe(2, 1, active: 9, "close all"));
        Assert.Empty(node.Replay);
    }

    // ---------------------------------------------------------------- yield and failback

    [Fact]
    public void YieldHandsTheLeadToTheBestLiveStandbyWhichClaimsInItsCallbackRun()
    {
        var active = Node(1, 0);
        active.Run(2, Standby(2, 1), Standby(3, 2));
        Assert.True(active.Yield());
        Assert.Equal(FailoverRole.Standby, active.Role);
        Assert.True(active.Yielded);
        Assert.Equal(2L, Assert.Single(active.Sent(FailoverMessageKind.Yield)).Subject);

        var successor = Follower(2, 1, activeId: 1, activeRank: 0, Standby(3, 2));
        successor.Run(11, Yield(1, 0, successor: 2, term: 1));
        Assert.True(successor.TookOver);
        Assert.Equal(FailoverReason.Yielded, Assert.Single(successor.Events, e => e.Kind == FailoverEventKind.TookOver).Reason);

        var other = Follower(3, 2, activeId: 1, activeRank: 0, Standby(2, 1));
        other.Run(11, Yield(1, 0, successor: 2, term: 1));
        Assert.Equal(FailoverRole.Standby, other.Role);
    }

    [Fact]
    public void ANodeThatYieldedDoesNotAskForTheLeadBack()
    {
        var node = Node(1, 0);
        node.Run(2, Standby(2, 1));
        node.Yield();
        node.Run(3, Active(2, 1, 2));
        node.Run(100, 100, null, Active(2, 1, 2));
        Assert.Equal(PreemptMode.Never, Assert.Single(node.Sent(FailoverMessageKind.Beat)).WantsLead);
    }

    [Fact]
    public void YieldIsRefusedWithoutALiveSuccessorAndOnAStandby()
    {
        var alone = Node(1, 0);
        alone.Run(2);
        Assert.False(alone.Yield());
        Assert.Equal(FailoverRole.Active, alone.Role);
        var standby = Follower(2, 1, activeId: 1, activeRank: 0);
        Assert.False(standby.Yield());
        Assert.Contains(standby.Events, e => e.Kind == FailoverEventKind.YieldRefused);
    }

    [Theory]
    [InlineData(PreemptMode.Idle)]
    [InlineData(PreemptMode.Always)]
    public void ABetterRankThatComesBackAsksForTheLead(PreemptMode mode)
    {
        var node = Node(1, 0, mode);
        node.Run(2, Active(2, 1, 3));
        node.Run(10, 100, null);
        Assert.Equal(mode, Assert.Single(node.Sent(FailoverMessageKind.Beat)).WantsLead);
    }

    [Fact]
    public void PreemptNeverDoesNotAskForTheLead()
    {
        var node = Node(1, 0, PreemptMode.Never);
        node.Run(2, Active(2, 1, 3));
        node.Run(10, 100, null);
        Assert.Equal(PreemptMode.Never, Assert.Single(node.Sent(FailoverMessageKind.Beat)).WantsLead);
    }

    [Fact]
    public void WithPreemptIdleTheActiveHandsOverAtItsNextSafePointAfterLeadingForAHeartbeat()
    {
        var active = Node(2, 1);
        active.Run(2);
        active.Run(10, Beat(1, 0, 1, FailoverRole.Standby, wantsLead: PreemptMode.Idle));
        active.SafePoint();
        Assert.Equal(FailoverRole.Active, active.Role); // has not led for a heartbeat yet
        active.Run(110, Beat(1, 0, 1, FailoverRole.Standby, wantsLead: PreemptMode.Idle));
        Assert.Equal(FailoverRole.Active, active.Role); // not at a safe point
        active.SafePoint();
        Assert.Equal(FailoverRole.Standby, active.Role);
        Assert.Equal(1L, Assert.Single(active.Sent(FailoverMessageKind.Yield)).Subject);
        Assert.False(active.Yielded);
    }

    [Fact]
    public void WithPreemptAlwaysTheActiveHandsOverWithoutASafePoint()
    {
        var active = Node(2, 1);
        active.Run(2);
        active.Run(110, Beat(1, 0, 1, FailoverRole.Standby, wantsLead: PreemptMode.Always));
        Assert.Equal(FailoverRole.Standby, active.Role);
        Assert.Equal(FailoverReason.Failback, Assert.Single(active.Events, e => e.Kind == FailoverEventKind.YieldedTo).Reason);
    }

    // ---------------------------------------------------------------- heartbeats, state, configuration

    [Fact]
    public void AnActiveOnUpdate100BeatsEveryPeriodicRunAndOnUpdate10AboutEveryHundredTicks()
    {
        var node = Node(1, 0);
        node.Run(2);
        for (long now = 100; now <= 400; now += 100)
            Assert.Single(node.Run(now, 100, null).Sent(FailoverMessageKind.Beat));
        var beats = 0;
        for (long now = 410; now <= 1400; now += 10)
            beats += node.Run(now, 10, null).Sent(FailoverMessageKind.Beat).Count();
        Assert.InRange(beats, 10, 11);
    }

    [Fact]
    public void TheActivesApplicationStateTravelsWithItsHeartbeats()
    {
        var node = Node(1, 0);
        node.Run(2);
        node.SetAppState("Airlock 1 cycling out");
        node.BeatNow();
        Assert.Equal("Airlock 1 cycling out", node.Outbox.Last().Text);
        var standby = Follower(2, 1, activeId: 1, activeRank: 0);
        standby.Run(20, Active(1, 0, 1, "Airlock 1 cycling out"));
        Assert.Equal("Airlock 1 cycling out", standby.AppState);
    }

    [Fact]
    public void AGroupOfTheSameScriptWithAnotherIdThatOutnumbersThisOneKeepsItFromLeading()
    {
        var node = Node(1, 0);
        node.Tick(2);
        node.OtherGroup(5, "shipp");
        node.OtherGroup(6, "shipp");
        node.Decide(0);
        Assert.True(node.Outvoted);
        Assert.Equal(FailoverRole.Standby, node.Role);
        Assert.Contains(node.Events, e => e.Kind == FailoverEventKind.Outvoted && e.Text == "shipp" && e.Number == 2);
    }

    [Fact]
    public void OfTwoEqualGroupsTheLowerIdLeads()
    {
        var node = Node(1, 0);
        node.Tick(2);
        node.OtherGroup(5, "alpha");
        node.Decide(0);
        Assert.True(node.Outvoted);
        var other = new FailoverElection(5, "alpha", 0, PreemptMode.Idle);
        other.Start(0, false, "");
        other.Tick(2);
        other.OtherGroup(1, "ship");
        other.Decide(0);
        Assert.False(other.Outvoted);
        Assert.True(other.TookOver);
    }

    [Fact]
    public void ANewPeerWithThisNodesRankIsReported()
    {
        var node = Node(1, 2);
        node.Run(2, Standby(7, 2));
        Assert.Contains(node.Events, e => e.Kind == FailoverEventKind.DuplicateRank && e.Peer == 7);
    }

    [Fact]
    public void OfTwoNodesWithTheSameRankTheLowerEntityIdLeads()
    {
        var low = Node(3, 1);
        low.Run(1, Hello(8, 1));
        low.Run(2, Beat(8, 1, 0, FailoverRole.Starting));
        Assert.True(low.TookOver);
        var high = Node(8, 1);
        high.Run(1, Hello(3, 1));
        high.Run(2, Beat(3, 1, 0, FailoverRole.Starting));
        Assert.False(high.TookOver);
    }

    [Fact]
    public void TheTermOnlyGrows()
    {
        var node = Node(1, 0, term: 9);
        node.Run(2, Standby(2, 1, term: 4));
        Assert.Equal(10, node.Term);
        node.Run(50, Active(2, 1, 3)); // a stale claim
        Assert.Equal(FailoverRole.Active, node.Role);
        Assert.Equal(10, node.Term);
    }
}
