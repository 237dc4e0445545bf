using System;
using System.Collections.Generic;

namespace IngameScript
{
    partial class Program
    {
        /// <summary>A node of the same failover group, as this node knows it.</summary>
        public class FailoverPeer
        {
            public long Id;
            public int Rank;
            public long Term;
            public FailoverRole Role;
            public PreemptMode WantsLead;
            /// <summary>When it was last heard (this node's ticks).</summary>
            public long Heard;
            /// <summary>Its block as last seen through the terminal system.</summary>
            public bool Working = true;
            /// <summary>When it ends the start it announced with a Hello (this node's ticks).</summary>
            public long StartsUntil;
        }

        /// <summary>
        /// The failover election as a pure state machine: no game API inside. The adapter
        /// (<see cref="FailoverManager"/>) calls, once per run: <see cref="Tick"/> with the node's time in game ticks,
        /// <see cref="Step"/> for each message from a peer, <see cref="Observe"/> for what the terminal system shows of
        /// the peers' blocks, <see cref="Command"/> for the run's command, then <see cref="Decide"/>; and reads the
        /// decisions: <see cref="Role"/>, <see cref="TookOver"/>, the messages to send (<see cref="Outbox"/>), the
        /// commands to execute (<see cref="Replay"/>), the tick it needs to run again (<see cref="WakeAt"/>) and what
        /// happened (<see cref="Events"/>). The protocol is described in docs/failover.md.
        /// </summary>
        public class FailoverElection
        {
            /// <summary>A node sends a heartbeat at least this often.</summary>
            public const int BeatTicks = 100;
            /// <summary>A node not heard for longer is gone (heartbeat period plus margin for update-slot jitter).</summary>
            public const int TimeoutTicks = 140;
            /// <summary>A node that itself did not run for longer has been away: it no longer trusts its role.</summary>
            public const int GapTicks = 150;
            /// <summary>A (re)started node waits this long for the answers to its Hello.</summary>
            public const int StartTicks = 2;
            /// <summary>In an election, each candidate waits this much longer than the one ranked before it.</summary>
            public const int ClaimSpacingTicks = 2;
            /// <summary>A standby expects the active's confirmation of a command within this many ticks.</summary>
            public const int ConfirmTicks = 2;
            /// <summary>An active that executed a command this recently answers a probe for it without running it again.</summary>
            public const int ProbeWindowTicks = 3;
            /// <summary>At most this many commands wait for the active's confirmation.</summary>
            public const int MaxPending = 16;

            struct TimedCommand
            {
                public string Text;
                public long At;
            }

            struct OtherNode
            {
                public long Id;
                public string Group;
                public long Heard;
            }

            readonly List<TimedCommand> _pending = new List<TimedCommand>();
            readonly List<TimedCommand> _executed = new List<TimedCommand>();
            readonly List<string> _thisTick = new List<string>();
            readonly List<OtherNode> _others = new List<OtherNode>();
            long _thisTickAt = -1;
            long _lastRun = -1;
            long _startedAt;
            long _lastBeat = long.MinValue / 2;
            long _activeHeard;
            long _maxTerm;
            bool _beatDirty;
            bool _wakeBeat;
            long _electionStart;
            long _excluded;
            long _preferred;
            FailoverReason _electionReason;
            long _handoverTo;
            bool _atSafePoint;
            long _activeSince;
            int _startingAhead;

            public FailoverElection(long self, string group, int rank, PreemptMode preempt)
            {
                Self = self;
                Group = group;
                Rank = rank;
                Preempt = preempt;
                Role = FailoverRole.Starting;
                AppState = "";
            }

            public long Self { get; private set; }
            /// <summary>The failover id of this node's group (Custom Data <c>id=</c>).</summary>
            public string Group { get; set; }
            public int Rank { get; set; }
            public PreemptMode Preempt { get; set; }

            public FailoverRole Role { get; private set; }
            /// <summary>Grows by one with every takeover anywhere in the group; never shrinks.</summary>
            public long Term { get; private set; }
            /// <summary>The node believed active (0: none known).</summary>
            public long ActiveId { get; private set; }
            /// <summary>This node's time, in game ticks since its script started.</summary>
            public long Now { get; private set; }
            /// <summary>True on the one run in which this node became active.</summary>
            public bool TookOver { get; private set; }
            /// <summary>This node yielded; it does not take the lead back until the next election.</summary>
            public bool Yielded { get; private set; }
            /// <summary>A same-script group with another id outnumbers this one: this node never leads.</summary>
            public bool Outvoted { get; private set; }
            public bool InElection { get; private set; }
            /// <summary>The tick at which this node must run again (0: its periodic runs are enough).</summary>
            public long WakeAt { get; private set; }
            /// <summary>The application's state: set by the active's script, heard by the standbys from its heartbeats,
            /// handed to whoever takes over.</summary>
            public string AppState { get; private set; }

            public readonly List<FailoverPeer> Peers = new List<FailoverPeer>();
            /// <summary>Messages to send at the end of this run.</summary>
            public readonly List<FailoverMessage> Outbox = new List<FailoverMessage>();
            /// <summary>Commands the script executes in this run, in order: the run's own, or on takeover those the lost
            /// active did not confirm, then the run's own.</summary>
            public readonly List<string> Replay = new List<string>();
            /// <summary>Commands executed since the last heartbeat: the next heartbeat confirms them.</summary>
            public readonly List<string> Confirmed = new List<string>();
            public readonly List<FailoverEvent> Events = new List<FailoverEvent>();

            /// <summary>Commands kept for the active, oldest first.</summary>
            public int PendingCount { get { return _pending.Count; } }
            public string PendingAt(int index) { return _pending[index].Text; }

            // ---------------------------------------------------------------- inputs

            /// <summary>A (re)started script: restores what Storage kept and greets the group.</summary>
            public void Start(long term, bool yielded, string appState)
            {
                Term = term;
                _maxTerm = term;
                Yielded = yielded;
                AppState = appState ?? "";
                _lastRun = Now;
                Restart();
            }

            /// <summary>A run begins at <paramref name="now"/> (this node's ticks). Clears the last run's outputs.</summary>
            public void Tick(long now)
            {
                Now = now;
                TookOver = false;
                WakeAt = 0;
                _atSafePoint = false;
                Outbox.Clear();
                Replay.Clear();
                Confirmed.Clear();
                Events.Clear();
                if (_lastRun >= 0 && now - _lastRun > GapTicks && Role != FailoverRole.Starting)
                {
                    // Away (unpowered, disabled, damaged) longer than the others wait: someone else may lead now.
                    // Trust nothing until the group has answered a Hello.
                    if (Role == FailoverRole.Active)
                        StepDown(FailoverReason.ResumedAfterGap, 0);
                    Restart();
                }
                _lastRun = now;
            }

            void Restart()
            {
                Role = FailoverRole.Starting;
                _startedAt = Now;
                ActiveId = 0;
                InElection = false;
                Send(FailoverMessageKind.Hello, true, 0, null);
            }

            /// <summary>A message from a node of this group on this construct (the adapter checked both).</summary>
            public void Step(FailoverMessage m)
            {
                if (m.From == Self)
                    return;
                var peer = Hear(m);
                if (m.Term > _maxTerm)
                    _maxTerm = m.Term;
                switch (m.Kind)
                {
                    case FailoverMessageKind.Beat:
                        if (m.Role == FailoverRole.Active)
                            HearActive(peer, m);
                        else if (m.From == ActiveId)
                            LoseActive(m.Role == FailoverRole.Starting ? FailoverReason.ActiveRestarted : FailoverReason.ActiveSteppedDown, false);
                        if (Role == FailoverRole.Active && peer.WantsLead != PreemptMode.Never && Better(peer.Rank, peer.Id, Rank, Self))
                            _handoverTo = peer.Id;
                        break;
                    case FailoverMessageKind.Hello:
                        peer.StartsUntil = Now + StartTicks - 1;
                        if (m.From == ActiveId)
                            LoseActive(FailoverReason.ActiveRestarted, false);
                        _beatDirty = true;
                        _wakeBeat = true;
                        break;
                    case FailoverMessageKind.Lost:
                        if (m.Subject == Self)
                        {
                            if (Role == FailoverRole.Active)
                                StepDown(FailoverReason.LostByPeers, 0);
                            _beatDirty = true;
                        }
                        else if (m.Subject == ActiveId)
                            LoseActive(FailoverReason.ReportedByPeer, false);
                        if (Role != FailoverRole.Active && ActiveId == 0 && !InElection)
                            BeginElection(FailoverReason.ReportedByPeer, m.Subject, 0);
                        break;
                    case FailoverMessageKind.Yield:
                        if (Role == FailoverRole.Active)
                            break;
                        if (m.From == ActiveId || ActiveId == 0)
                        {
                            ActiveId = 0;
                            BeginElection(FailoverReason.Yielded, m.From, m.Subject);
                        }
                        break;
                    case FailoverMessageKind.Probe:
                        if (m.Subject != Self)
                            break;
                        if (Role != FailoverRole.Active)
                        {
                            // The prober thinks this node leads; its heartbeat tells it otherwise.
                            _beatDirty = true;
                            _wakeBeat = true;
                        }
                        else if (ExecutedRecently(m.Text))
                            Confirm(m.Text);
                        else
                        {
                            Execute(m.Text);
                            AddEvent(FailoverEventKind.CommandForwarded, FailoverReason.None, m.From, 0, m.Text);
                        }
                        break;
                }
            }

            /// <summary>The active confirms it executed <paramref name="command"/> (listed in its heartbeat).</summary>
            public void Confirmation(long from, string command)
            {
                if (from != ActiveId)
                    return;
                for (var i = 0; i < _pending.Count; i++)
                {
                    if (_pending[i].Text == command)
                    {
                        _pending.RemoveAt(i);
                        return;
                    }
                }
            }

            /// <summary>A heartbeat of the same script with another failover id from this construct.</summary>
            public void OtherGroup(long from, string group)
            {
                for (var i = 0; i < _others.Count; i++)
                {
                    if (_others[i].Id == from)
                    {
                        _others[i] = new OtherNode { Id = from, Group = group, Heard = Now };
                        return;
                    }
                }
                _others.Add(new OtherNode { Id = from, Group = group, Heard = Now });
            }

            /// <summary>What the terminal system shows of a peer's block, every run before <see cref="Decide"/>.</summary>
            public void Observe(long peerId, PeerCondition condition)
            {
                var peer = Find(peerId);
                if (peer == null)
                    return;
                peer.Working = condition == PeerCondition.Working;
                if (!peer.Working && peerId == ActiveId)
                    LoseActive(LossReason(condition), true);
            }

            /// <summary>The peer's block is gone from this construct for good (destroyed, or departed and
            /// forgotten).</summary>
            public void Forget(long peerId)
            {
                Observe(peerId, PeerCondition.Destroyed);
                for (var i = 0; i < Peers.Count; i++)
                {
                    if (Peers[i].Id == peerId)
                    {
                        Peers.RemoveAt(i);
                        return;
                    }
                }
            }

            /// <summary>The run's command (from a timer, button, sensor, the terminal or another script). Returns
            /// false when it is the same command a second time in this tick, which is one command.</summary>
            public bool Command(string text)
            {
                if (_thisTickAt != Now)
                {
                    _thisTick.Clear();
                    _thisTickAt = Now;
                }
                if (_thisTick.Contains(text))
                {
                    AddEvent(FailoverEventKind.DuplicateCommand, FailoverReason.None, 0, 0, text);
                    return false;
                }
                _thisTick.Add(text);
                if (Role == FailoverRole.Active)
                {
                    Execute(text);
                    return true;
                }
                if (_pending.Count == MaxPending)
                {
                    AddEvent(FailoverEventKind.CommandDropped, FailoverReason.None, 0, 0, _pending[0].Text);
                    _pending.RemoveAt(0);
                }
                _pending.Add(new TimedCommand { Text = text, At = Now });
                if (ActiveId != 0)
                    Send(FailoverMessageKind.Probe, true, ActiveId, text);
                AddEvent(FailoverEventKind.CommandKept, FailoverReason.None, ActiveId, 0, text);
                return true;
            }

            /// <summary>The active steps down in favour of the next node in rank order. Returns false (and says why
            /// in an event) when this node is not active or no other node could take over.</summary>
            public bool Yield()
            {
                return YieldTo(0, FailoverReason.Yielded);
            }

            /// <summary>The active script says it is at a safe point: a waiting failback happens now.</summary>
            public void SafePoint()
            {
                _atSafePoint = true;
                if (Role == FailoverRole.Active)
                    HandOverIfAsked();
            }

            /// <summary>The active script's state changed; it travels with the next heartbeat.</summary>
            public void SetAppState(string state)
            {
                state = state ?? "";
                if (state == AppState)
                    return;
                AppState = state;
                if (Role == FailoverRole.Active)
                    _beatDirty = true;
            }

            /// <summary>This node's rank or preference changed (Custom Data edited).</summary>
            public void Reconfigure(string group, int rank, PreemptMode preempt)
            {
                if (group != Group)
                {
                    // Another group entirely: start over as a newcomer.
                    Group = group;
                    Peers.Clear();
                    _others.Clear();
                    _pending.Clear();
                    if (Role == FailoverRole.Active)
                        StepDown(FailoverReason.None, 0);
                    Yielded = false;
                    Restart();
                }
                if (rank != Rank)
                {
                    _beatDirty = true;
                    for (var i = 0; i < Peers.Count; i++)
                        if (Peers[i].Rank == rank)
                            AddEvent(FailoverEventKind.DuplicateRank, FailoverReason.None, Peers[i].Id, rank, null);
                }
                Rank = rank;
                Preempt = preempt;
            }

            // ---------------------------------------------------------------- decision

            /// <summary>Ends the run's inputs and decides. <paramref name="periodTicks"/> is the script's periodic
            /// update period when this run is a periodic one (1, 10 or 100), else 0.</summary>
            public void Decide(int periodTicks)
            {
                Outvoted = CountOutvotes();
                if (Role == FailoverRole.Starting && Now - _startedAt >= StartTicks)
                    Role = FailoverRole.Standby;
                if (Role == FailoverRole.Standby)
                    DecideStandby();
                if (Role == FailoverRole.Active)
                {
                    if (Outvoted)
                        StepDown(FailoverReason.Outvoted, 0);
                    else
                        HandOverIfAsked();
                }
                if (Role == FailoverRole.Starting)
                {
                    // Answer Hellos at once (the others may be starting too), and finish starting on time.
                    if (_beatDirty)
                        BeatNow();
                    WakeNoLaterThan(_startedAt + StartTicks);
                    return;
                }
                // Beat when something changed, and often enough that the next chance would not come too late.
                var sinceBeat = Now - _lastBeat;
                if (_beatDirty || sinceBeat >= BeatTicks || periodTicks > 0 && sinceBeat + periodTicks > BeatTicks)
                    BeatNow();
            }

            /// <summary>Sends a heartbeat in this run (also when the active's application state changed after
            /// <see cref="Decide"/>). An active's heartbeat wakes the receivers; a standby's waits for their next run.</summary>
            public void BeatNow()
            {
                var beat = Send(FailoverMessageKind.Beat, _wakeBeat || Role == FailoverRole.Active, 0, Role == FailoverRole.Active ? AppState : null);
                Outbox[beat] = WithLeadWish(Outbox[beat]);
                _lastBeat = Now;
                _beatDirty = false;
                _wakeBeat = false;
            }

            void DecideStandby()
            {
                if (ActiveId != 0)
                {
                    if (Now - _activeHeard > TimeoutTicks)
                        LoseActive(FailoverReason.ActiveSilent, true);
                    else
                    {
                        for (var i = 0; i < _pending.Count; i++)
                        {
                            if (Now - _pending[i].At >= ConfirmTicks)
                            {
                                LoseActive(FailoverReason.CommandUnconfirmed, true);
                                break;
                            }
                        }
                    }
                }
                if (ActiveId == 0 && !InElection)
                    BeginElection(FailoverReason.NoActive, 0, 0);
                if (InElection && !Outvoted)
                {
                    var due = _electionStart + ClaimSpacingTicks * (Position() - 1) + _startingAhead;
                    if (Now >= due)
                        Claim();
                    else
                        WakeNoLaterThan(due);
                }
                if (Role != FailoverRole.Standby)
                    return;
                for (var i = 0; i < _pending.Count; i++)
                    WakeNoLaterThan(_pending[i].At + ConfirmTicks);
            }

            // ---------------------------------------------------------------- transitions

            FailoverPeer Hear(FailoverMessage m)
            {
                var peer = Find(m.From);
                if (peer == null)
                {
                    peer = new FailoverPeer { Id = m.From };
                    Peers.Add(peer);
                    AddEvent(FailoverEventKind.PeerJoined, FailoverReason.None, m.From, m.Rank, null);
                    if (m.Rank == Rank)
                        AddEvent(FailoverEventKind.DuplicateRank, FailoverReason.None, m.From, m.Rank, null);
                }
                else if (m.Rank != peer.Rank && m.Rank == Rank)
                    AddEvent(FailoverEventKind.DuplicateRank, FailoverReason.None, m.From, m.Rank, null);
                peer.Rank = m.Rank;
                peer.Term = m.Term;
                peer.Role = m.Role;
                peer.WantsLead = m.WantsLead;
                peer.Heard = Now;
                return peer;
            }

            void HearActive(FailoverPeer peer, FailoverMessage m)
            {
                if (Role == FailoverRole.Active)
                {
                    if (!Wins(m.Term, m.Rank, m.From, Term, Rank, Self))
                    {
                        // This node wins: make sure the other hears it soon.
                        _beatDirty = true;
                        _wakeBeat = true;
                        return;
                    }
                    StepDown(FailoverReason.OtherActiveWins, m.From);
                }
                else if (ActiveId != 0 && ActiveId != m.From)
                {
                    // Two claims heard: follow the one that will win.
                    var current = Find(ActiveId);
                    if (current != null && !Wins(m.Term, m.Rank, m.From, current.Term, current.Rank, current.Id))
                        return;
                }
                var changed = ActiveId != m.From;
                ActiveId = m.From;
                _activeHeard = Now;
                InElection = false;
                if (m.Text != null)
                    AppState = m.Text;
                if (m.Term > Term)
                    Term = m.Term;
                if (!changed)
                    return;
                AddEvent(FailoverEventKind.ActiveIs, FailoverReason.None, m.From, m.Term, null);
                // A new active has not seen the commands kept for the old one: ask it.
                for (var i = 0; i < _pending.Count; i++)
                {
                    _pending[i] = new TimedCommand { Text = _pending[i].Text, At = Now };
                    Send(FailoverMessageKind.Probe, true, ActiveId, _pending[i].Text);
                }
            }

            void LoseActive(FailoverReason reason, bool announce)
            {
                var lost = ActiveId;
                ActiveId = 0;
                AddEvent(FailoverEventKind.ActiveLost, reason, lost, 0, null);
                if (announce)
                    Send(FailoverMessageKind.Lost, true, lost, null);
                // A restarted or stepped-down node is alive and may lead again; a lost one ranks last.
                var alive = reason == FailoverReason.ActiveRestarted || reason == FailoverReason.ActiveSteppedDown;
                BeginElection(reason, alive ? 0 : lost, 0);
            }

            void BeginElection(FailoverReason reason, long excluded, long preferred)
            {
                InElection = true;
                Yielded = Yielded && excluded == Self;
                _electionStart = Now;
                _electionReason = reason;
                _excluded = excluded;
                _preferred = preferred;
            }

            /// <summary>This node's place among the live candidates, from 1: the preferred successor first, the
            /// excluded node (the lost active, or this node after yielding) last, the rest by rank then EntityId.</summary>
            int Position()
            {
                var position = 1;
                _startingAhead = 0;
                for (var i = 0; i < Peers.Count; i++)
                {
                    var peer = Peers[i];
                    if (!Alive(peer) || !Before(peer.Id, peer.Rank, Self, Rank))
                        continue;
                    position++;
                    // A better candidate still starting claims only when its start is over.
                    if (peer.StartsUntil - _electionStart > _startingAhead)
                        _startingAhead = (int)(peer.StartsUntil - _electionStart);
                }
                return position;
            }

            bool Before(long a, int rankA, long b, int rankB)
            {
                if (a == _excluded || b == _preferred)
                    return false;
                if (b == _excluded || a == _preferred)
                    return true;
                return Better(rankA, a, rankB, b);
            }

            void Claim()
            {
                Role = FailoverRole.Active;
                ActiveId = Self;
                Term = Math.Max(Term, _maxTerm) + 1;
                _maxTerm = Term;
                InElection = false;
                Yielded = false;
                TookOver = true;
                _activeSince = Now;
                _handoverTo = 0;
                var replayed = _pending.Count;
                for (var i = 0; i < _pending.Count; i++)
                    Execute(_pending[i].Text);
                _pending.Clear();
                _beatDirty = true;
                AddEvent(FailoverEventKind.TookOver, _electionReason, 0, replayed, null);
            }

            void StepDown(FailoverReason reason, long successor)
            {
                Role = FailoverRole.Standby;
                ActiveId = successor;
                _activeHeard = Now;
                _handoverTo = 0;
                _beatDirty = true;
                AddEvent(FailoverEventKind.SteppedDown, reason, successor, 0, null);
            }

            void HandOverIfAsked()
            {
                if (_handoverTo == 0)
                    return;
                var peer = Find(_handoverTo);
                if (peer == null || !Alive(peer) || peer.WantsLead == PreemptMode.Never || !Better(peer.Rank, peer.Id, Rank, Self))
                {
                    _handoverTo = 0;
                    return;
                }
                // Lead for at least one heartbeat before handing back, so that leadership never flaps.
                if (Now - _activeSince >= BeatTicks && (peer.WantsLead == PreemptMode.Always || _atSafePoint))
                    YieldTo(peer.Id, FailoverReason.Failback);
            }

            bool YieldTo(long successor, FailoverReason reason)
            {
                if (Role != FailoverRole.Active)
                {
                    AddEvent(FailoverEventKind.YieldRefused, FailoverReason.None, 0, 0, null);
                    return false;
                }
                if (successor == 0)
                {
                    FailoverPeer best = null;
                    for (var i = 0; i < Peers.Count; i++)
                    {
                        var peer = Peers[i];
                        if (Alive(peer) && (best == null || Better(peer.Rank, peer.Id, best.Rank, best.Id)))
                            best = peer;
                    }
                    if (best == null)
                    {
                        AddEvent(FailoverEventKind.YieldRefused, FailoverReason.None, 0, 0, null);
                        return false;
                    }
                    successor = best.Id;
                }
                Send(FailoverMessageKind.Yield, true, successor, null);
                Role = FailoverRole.Standby;
                ActiveId = 0;
                _handoverTo = 0;
                _beatDirty = true;
                AddEvent(FailoverEventKind.YieldedTo, reason, successor, 0, null);
                BeginElection(reason, Self, successor);
                Yielded = reason == FailoverReason.Yielded;
                return true;
            }

            void Execute(string text)
            {
                Replay.Add(text);
                Confirm(text);
                _executed.Add(new TimedCommand { Text = text, At = Now });
                while (_executed.Count > 0 && Now - _executed[0].At > ProbeWindowTicks)
                    _executed.RemoveAt(0);
            }

            void Confirm(string text)
            {
                Confirmed.Add(text);
                _beatDirty = true;
                _wakeBeat = true;
            }

            bool ExecutedRecently(string text)
            {
                for (var i = 0; i < _executed.Count; i++)
                    if (_executed[i].Text == text && Now - _executed[i].At <= ProbeWindowTicks)
                        return true;
                return false;
            }

            bool CountOutvotes()
            {
                if (_others.Count == 0)
                    return false;
                var mine = 1;
                for (var i = 0; i < Peers.Count; i++)
                    if (Now - Peers[i].Heard <= TimeoutTicks)
                        mine++;
                for (var i = 0; i < _others.Count; i++)
                {
                    var group = _others[i].Group;
                    if (Now - _others[i].Heard > TimeoutTicks)
                        continue;
                    var theirs = 0;
                    for (var j = 0; j < _others.Count; j++)
                        if (_others[j].Group == group && Now - _others[j].Heard <= TimeoutTicks)
                            theirs++;
                    if (theirs > mine || theirs == mine && string.CompareOrdinal(group, Group) < 0)
                    {
                        if (!Outvoted)
                            AddEvent(FailoverEventKind.Outvoted, FailoverReason.Outvoted, 0, theirs, group);
                        return true;
                    }
                }
                return false;
            }

            // ---------------------------------------------------------------- helpers

            FailoverMessage WithLeadWish(FailoverMessage beat)
            {
                beat.WantsLead = PreemptMode.Never;
                if (Role != FailoverRole.Standby || Yielded || Preempt == PreemptMode.Never || ActiveId == 0)
                    return beat;
                var active = Find(ActiveId);
                if (active != null && Better(Rank, Self, active.Rank, active.Id))
                    beat.WantsLead = Preempt;
                return beat;
            }

            int Send(FailoverMessageKind kind, bool wake, long subject, string text)
            {
                Outbox.Add(new FailoverMessage
                {
                    Kind = kind, From = Self, Rank = Rank, Term = Term, Role = Role,
                    Wake = wake, Subject = subject, Text = text,
                });
                return Outbox.Count - 1;
            }

            void WakeNoLaterThan(long tick)
            {
                if (WakeAt == 0 || tick < WakeAt)
                    WakeAt = tick;
            }

            void AddEvent(FailoverEventKind kind, FailoverReason reason, long peer, long number, string text)
            {
                Events.Add(new FailoverEvent { Kind = kind, Reason = reason, Peer = peer, Number = number, Text = text });
            }

            public FailoverPeer Find(long id)
            {
                for (var i = 0; i < Peers.Count; i++)
                    if (Peers[i].Id == id)
                        return Peers[i];
                return null;
            }

            /// <summary>Heard within the timeout and its block working.</summary>
            public bool Alive(FailoverPeer peer)
            {
                return peer.Working && Now - peer.Heard <= TimeoutTicks;
            }

            /// <summary>Lower rank leads; EntityId breaks a tie.</summary>
            public static bool Better(int rankA, long idA, int rankB, long idB)
            {
                return rankA < rankB || rankA == rankB && idA < idB;
            }

            /// <summary>Between two actives: higher term wins, then lower rank, then lower EntityId.</summary>
            public static bool Wins(long termA, int rankA, long idA, long termB, int rankB, long idB)
            {
                return termA > termB || termA == termB && Better(rankA, idA, rankB, idB);
            }

            static FailoverReason LossReason(PeerCondition condition)
            {
                switch (condition)
                {
                    case PeerCondition.Destroyed: return FailoverReason.ActiveDestroyed;
                    case PeerCondition.Damaged: return FailoverReason.ActiveDamaged;
                    case PeerCondition.Disabled: return FailoverReason.ActiveDisabled;
                    case PeerCondition.Unpowered: return FailoverReason.ActiveUnpowered;
                    default: return FailoverReason.ActiveDeparted;
                }
            }
        }
    }
}
