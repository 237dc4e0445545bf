using System;
using System.Collections.Generic;

namespace IngameScript
{
    partial class Program
    {
        public class FailoverPeer
        {
            public long Id, Term, Heard, StartsUntil;
            public int Rank;
            public PreemptMode WantsLead;
            public bool Working = true;
        }

        // The election as a pure state machine (docs/failover.md). Per run: Tick, Step, Observe, Command, Decide.
        public class FailoverElection
        {
            public const int BeatTicks = 100, TimeoutTicks = 140, GapTicks = 150, StartTicks = 2, ClaimSpacingTicks = 2,
                ConfirmTicks = 2, ProbeWindowTicks = 3, MaxPending = 16;

            struct Timed { public string Text; public long At; }
            struct Other { public long Id, Heard; public string Group; }

            readonly List<Timed> _pending = new List<Timed>(), _executed = new List<Timed>();
            readonly List<string> _thisTick = new List<string>();
            readonly List<Other> _others = new List<Other>();
            FailoverPeer _active;
            // _stateTerm: the term of the active that wrote AppState.
            long _lastRun, _startedAt, _lastBeat = long.MinValue / 2, _activeHeard, _maxTerm, _stateTerm, _electionStart, _excluded,
                _preferred, _handoverTo, _activeSince;
            bool _beatDirty, _wakeBeat, _atSafePoint;
            int _startingAhead;
            FailoverReason _electionReason;

            public FailoverElection(long self, string group, int rank, PreemptMode preempt)
            {
                Self = self;
                Group = group;
                Rank = rank;
                Preempt = preempt;
            }

            public long Self { get; }
            public string Group { get; private set; }
            public int Rank { get; private set; }
            public PreemptMode Preempt { get; private set; }
            public FailoverRole Role { get; private set; }
            public long Term { get; private set; } // grows with every takeover in the group
            public long ActiveId { get; private set; } // 0: none known
            public long Now { get; private set; }
            public bool TookOver { get; private set; } // on the one run in which this node became active
            public bool Yielded { get; private set; } // does not ask for the lead until the next election
            public bool Outvoted { get; private set; } // a same-script group with another id outnumbers this one
            public bool InElection { get; private set; }
            public long WakeAt { get; private set; } // must run again by then (0: periodic runs do)
            public string AppState { get; private set; } = "";

            public readonly List<FailoverPeer> Peers = new List<FailoverPeer>();
            public readonly List<FailoverMessage> Outbox = new List<FailoverMessage>();
            public readonly List<string> Replay = new List<string>(), Confirmed = new List<string>(); // to run now; ran: beat confirms
            public readonly List<FailoverEvent> Events = new List<FailoverEvent>();

            public int PendingCount => _pending.Count;

            public void Start(long term, bool yielded, string appState)
            {
                Term = _maxTerm = _stateTerm = term;
                Yielded = yielded;
                AppState = appState ?? "";
                Restart();
            }

            public void Tick(long now)
            {
                if (_thisTick.Count > 0 && now != Now) _thisTick.Clear();
                Now = now;
                TookOver = _atSafePoint = false;
                WakeAt = 0;
                Outbox.Clear();
                Replay.Clear();
                Confirmed.Clear();
                Events.Clear();
                // Away longer than the others wait: trust nothing until the group answers; the others ran the kept commands.
                if (now - _lastRun > GapTicks && Role != FailoverRole.Starting)
                {
                    if (Role == FailoverRole.Active) StepDown(FailoverReason.ResumedAfterGap, 0);
                    foreach (var c in _pending)
                        Note(FailoverEventKind.CommandDropped, FailoverReason.ResumedAfterGap, text: c.Text);
                    _pending.Clear();
                    Restart();
                }
                _lastRun = now;
            }

            void Restart()
            {
                Role = FailoverRole.Starting;
                _startedAt = Now;
                SetActive(null);
                InElection = false;
                Send(FailoverMessageKind.Hello, 0, AppState);
            }

            // A message from a node of this group on this construct (the adapter checked both).
            public void Step(FailoverMessage m)
            {
                // Terms never fall: a lower-term beat was sent before the last message (the waking channel is read first).
                var peer = Find(m.From);
                if (m.Kind == FailoverMessageKind.Beat && peer != null && m.Term < peer.Term) return;
                var joined = peer == null;
                if (joined)
                {
                    Peers.Add(peer = new FailoverPeer { Id = m.From });
                    Note(FailoverEventKind.PeerJoined, peer: m.From, number: m.Rank);
                }
                if ((joined || m.Rank != peer.Rank) && m.Rank == Rank)
                    Note(FailoverEventKind.DuplicateRank, peer: m.From, number: m.Rank);
                peer.Rank = m.Rank;
                peer.Term = m.Term;
                peer.WantsLead = m.WantsLead;
                peer.Heard = Now;
                _maxTerm = Math.Max(_maxTerm, m.Term);
                // After a world load the leader takes the newest app state a starting node brought (a crashed one's is stale).
                if ((m.Kind == FailoverMessageKind.Hello || m.Kind == FailoverMessageKind.Beat && m.Role == FailoverRole.Starting)
                    && Role != FailoverRole.Active && !string.IsNullOrEmpty(m.Text) && m.Term > _stateTerm)
                {
                    AppState = m.Text;
                    _stateTerm = m.Term;
                }
                if (m.Kind == FailoverMessageKind.Beat)
                {
                    if (m.Role == FailoverRole.Active)
                        HearActive(peer, m);
                    else if (peer == _active)
                        LoseActive(m.Role == FailoverRole.Starting ? FailoverReason.ActiveRestarted : FailoverReason.ActiveSteppedDown, false);
                    if (m.WantsLead != PreemptMode.Never && Role == FailoverRole.Active && Better(peer.Rank, peer.Id, Rank, Self)) _handoverTo = peer.Id;
                }
                else if (m.Kind == FailoverMessageKind.Hello)
                {
                    peer.StartsUntil = Now + StartTicks - 1;
                    if (peer == _active) LoseActive(FailoverReason.ActiveRestarted, false);
                    _beatDirty = _wakeBeat = true;
                }
                else if (m.Kind == FailoverMessageKind.Lost)
                {
                    if (m.Subject == Self)
                    {
                        if (Role == FailoverRole.Active) StepDown(FailoverReason.LostByPeers, 0);
                        _beatDirty = true;
                    }
                    else if (m.Subject == ActiveId)
                        LoseActive(FailoverReason.ReportedByPeer, false);
                    if (Role != FailoverRole.Active && ActiveId == 0 && !InElection) BeginElection(FailoverReason.ReportedByPeer, m.Subject, 0);
                }
                else if (m.Kind == FailoverMessageKind.Yield)
                {
                    if (Role != FailoverRole.Active && (peer == _active || _active == null))
                    {
                        SetActive(null);
                        BeginElection(FailoverReason.Yielded, m.From, m.Subject);
                    }
                }
                else if (m.Subject != Self) // a probe for another node
                    return;
                else if (Role != FailoverRole.Active)
                    _beatDirty = _wakeBeat = true; // the prober thinks this node leads: the beat says otherwise
                else if (RanRecently(m.Text))
                    Confirm(m.Text);
                else
                {
                    Execute(m.Text);
                    Note(FailoverEventKind.CommandForwarded, peer: m.From, text: m.Text);
                }
            }

            public void Confirmation(long from, string command)
            {
                for (var i = 0; from == ActiveId && i < _pending.Count; i++)
                    if (_pending[i].Text == command)
                    {
                        _pending.RemoveAt(i);
                        return;
                    }
            }

            // A heartbeat of the same script with another failover id from this construct.
            public void OtherGroup(long from, string group)
            {
                for (var i = _others.Count - 1; i >= 0; i--)
                    if (_others[i].Id == from) _others.RemoveAt(i);
                _others.Add(new Other { Id = from, Group = group, Heard = Now });
            }

            public void Observe(long id, PeerCondition condition)
            {
                var peer = Find(id);
                if (peer == null) return;
                peer.Working = condition == PeerCondition.Working;
                if (!peer.Working && peer == _active)
                    LoseActive(FailoverReason.ActiveDestroyed + (int)condition - 1, true);
            }

            public void Forget(long id)
            {
                Observe(id, PeerCondition.Destroyed);
                Peers.Remove(Find(id));
            }

            // The run's command. False: the same command again this tick (two timers, a button and a timer).
            public bool Command(string text)
            {
                if (_thisTick.Contains(text))
                {
                    Note(FailoverEventKind.DuplicateCommand, text: text);
                    return false;
                }
                _thisTick.Add(text);
                if (Role == FailoverRole.Active)
                    Execute(text);
                else
                {
                    if (_pending.Count == MaxPending)
                    {
                        Note(FailoverEventKind.CommandDropped, text: _pending[0].Text);
                        _pending.RemoveAt(0);
                    }
                    _pending.Add(new Timed { Text = text, At = Now });
                    if (ActiveId != 0) Send(FailoverMessageKind.Probe, ActiveId, text);
                    Note(FailoverEventKind.CommandKept, peer: ActiveId, text: text);
                }
                return true;
            }

            public bool Yield() => YieldTo(0, FailoverReason.Yielded);

            public void SafePoint()
            {
                _atSafePoint = true;
                if (Role == FailoverRole.Active && _handoverTo != 0) HandOver();
            }

            public void SetAppState(string state)
            {
                state = state ?? "";
                _beatDirty |= state != AppState && Role == FailoverRole.Active;
                AppState = state;
                if (Role == FailoverRole.Active) _stateTerm = Term;
            }

            // Custom Data edited: another group starts over as a newcomer.
            public void Reconfigure(string group, int rank, PreemptMode preempt)
            {
                if (group != Group)
                {
                    Group = group;
                    Peers.Clear();
                    _others.Clear();
                    _pending.Clear();
                    if (Role == FailoverRole.Active) StepDown(0, 0);
                    Yielded = false;
                    Restart();
                }
                if (rank != Rank)
                {
                    _beatDirty = true;
                    foreach (var peer in Peers)
                        if (peer.Rank == rank) Note(FailoverEventKind.DuplicateRank, peer: peer.Id, number: rank);
                }
                Rank = rank;
                Preempt = preempt;
            }

            // periodTicks: the script's update period on a periodic run (1, 10, 100), else 0.
            public void Decide(int periodTicks)
            {
                Outvoted = _others.Count > 0 && CountOutvotes();
                if (Role == FailoverRole.Starting)
                {
                    if (Now - _startedAt < StartTicks)
                    {
                        // Answer Hellos at once (others may be starting too) and finish the start on time.
                        if (_beatDirty) BeatNow();
                        WakeBy(_startedAt + StartTicks);
                        return;
                    }
                    Role = FailoverRole.Standby;
                }
                if (Role != FailoverRole.Active)
                    DecideStandby();
                else if (Outvoted)
                    StepDown(FailoverReason.Outvoted, 0);
                else if (_handoverTo != 0)
                    HandOver();
                // Beat when something changed, and often enough that the next chance would not come too late.
                var since = Now - _lastBeat;
                if (_beatDirty || since >= BeatTicks || periodTicks > 0 && since + periodTicks > BeatTicks) BeatNow();
            }

            void DecideStandby()
            {
                if (_active == null)
                {
                    if (!InElection) BeginElection(FailoverReason.NoActive, 0, 0);
                }
                else if (Now - _activeHeard > TimeoutTicks)
                    LoseActive(FailoverReason.ActiveSilent, true);
                else if (_pending.Count > 0 && Now - _pending[0].At >= ConfirmTicks)
                    LoseActive(FailoverReason.CommandUnconfirmed, true);
                if (InElection && !Outvoted)
                {
                    var due = _electionStart + ClaimSpacingTicks * (Position() - 1) + _startingAhead;
                    if (Now >= due)
                        Claim();
                    else
                        WakeBy(due);
                }
                if (Role != FailoverRole.Active && _pending.Count > 0) WakeBy(_pending[0].At + ConfirmTicks);
            }

            // A heartbeat now (also when the active's app state changed after Decide).
            public void BeatNow()
            {
                Send(FailoverMessageKind.Beat, 0, Role != FailoverRole.Standby ? AppState : null);
                _lastBeat = Now;
                _beatDirty = _wakeBeat = false;
            }

            void HearActive(FailoverPeer peer, FailoverMessage m)
            {
                if (Role == FailoverRole.Active)
                {
                    if (!Wins(m.Term, m.Rank, m.From, Term, Rank, Self))
                    {
                        _beatDirty = _wakeBeat = true; // this node wins: make sure the other hears it soon
                        return;
                    }
                    StepDown(FailoverReason.OtherActiveWins, m.From);
                }
                else if (_active != null && _active != peer && !Wins(m.Term, m.Rank, m.From, _active.Term, _active.Rank, _active.Id))
                    return; // two claims heard: follow the one that will win
                _activeHeard = Now;
                InElection = false;
                AppState = m.Text ?? AppState;
                _stateTerm = m.Term;
                Term = Math.Max(Term, m.Term);
                if (_active == peer) return;
                SetActive(peer);
                Note(FailoverEventKind.ActiveIs, peer: m.From, number: m.Term);
                // A new active has not seen the commands kept for the old one: ask it.
                for (var i = 0; i < _pending.Count; i++)
                {
                    _pending[i] = new Timed { Text = _pending[i].Text, At = Now };
                    Send(FailoverMessageKind.Probe, ActiveId, _pending[i].Text);
                }
            }

            void SetActive(FailoverPeer peer) => ActiveId = (_active = peer) != null ? peer.Id : Role == FailoverRole.Active ? Self : 0;

            void LoseActive(FailoverReason reason, bool announce)
            {
                var lost = ActiveId;
                SetActive(null);
                Note(FailoverEventKind.ActiveLost, reason, lost);
                if (announce) Send(FailoverMessageKind.Lost, lost);
                // A restarted or stepped-down node is alive and may lead again; a lost one ranks last.
                BeginElection(reason, reason == FailoverReason.ActiveRestarted || reason == FailoverReason.ActiveSteppedDown ? 0 : lost, 0);
            }

            void BeginElection(FailoverReason reason, long excluded, long preferred)
            {
                InElection = true;
                Yielded &= excluded == Self;
                _electionStart = Now;
                _electionReason = reason;
                _excluded = excluded;
                _preferred = preferred;
            }

            // This node's place among live candidates, from 1: the preferred first, the excluded last, the rest by rank then
            // EntityId. A better one still starting claims when its start is over (_startingAhead).
            int Position()
            {
                var position = 1;
                _startingAhead = 0;
                foreach (var p in Peers)
                    if (Alive(p) && p.Id != _excluded && Self != _preferred && (Self == _excluded || p.Id == _preferred || Better(p.Rank, p.Id, Rank, Self)))
                    {
                        position++;
                        _startingAhead = (int)Math.Max(_startingAhead, p.StartsUntil - _electionStart);
                    }
                return position;
            }

            void Claim()
            {
                Role = FailoverRole.Active;
                SetActive(null);
                Term = _stateTerm = _maxTerm = Math.Max(Term, _maxTerm) + 1;
                InElection = Yielded = false;
                TookOver = _beatDirty = true;
                _activeSince = Now;
                _handoverTo = 0;
                foreach (var c in _pending)
                    Execute(c.Text);
                Note(FailoverEventKind.TookOver, _electionReason, number: _pending.Count);
                _pending.Clear();
            }

            void StepDown(FailoverReason reason, long successor)
            {
                Role = FailoverRole.Standby;
                SetActive(Find(successor));
                _activeHeard = Now;
                _handoverTo = 0;
                _beatDirty = true;
                Note(FailoverEventKind.SteppedDown, reason, successor);
            }

            void HandOver()
            {
                var peer = Find(_handoverTo);
                if (peer == null || !Alive(peer) || peer.WantsLead == PreemptMode.Never || !Better(peer.Rank, peer.Id, Rank, Self))
                    _handoverTo = 0;
                // Lead for a heartbeat before handing back, so that leadership never flaps.
                else if (Now - _activeSince >= BeatTicks && (peer.WantsLead == PreemptMode.Always || _atSafePoint))
                    YieldTo(peer.Id, FailoverReason.Failback);
            }

            bool YieldTo(long successor, FailoverReason reason)
            {
                if (successor == 0 && Role == FailoverRole.Active)
                {
                    FailoverPeer best = null;
                    foreach (var p in Peers)
                        if (Alive(p) && (best == null || Better(p.Rank, p.Id, best.Rank, best.Id))) best = p;
                    successor = best != null ? best.Id : 0;
                }
                if (successor == 0)
                {
                    Note(FailoverEventKind.YieldRefused);
                    return false;
                }
                Send(FailoverMessageKind.Yield, successor);
                Role = FailoverRole.Standby;
                SetActive(null);
                _handoverTo = 0;
                _beatDirty = true;
                Note(FailoverEventKind.YieldedTo, reason, successor);
                BeginElection(reason, Self, successor);
                Yielded = reason == FailoverReason.Yielded;
                return true;
            }

            void Execute(string text)
            {
                Replay.Add(text);
                Confirm(text);
                _executed.Add(new Timed { Text = text, At = Now });
                while (Now - _executed[0].At > ProbeWindowTicks)
                    _executed.RemoveAt(0);
            }

            bool RanRecently(string text)
            {
                foreach (var x in _executed)
                    if (x.Text == text && Now - x.At <= ProbeWindowTicks) return true;
                return false;
            }

            void Confirm(string text)
            {
                Confirmed.Add(text);
                _beatDirty = _wakeBeat = true;
            }

            bool CountOutvotes()
            {
                var mine = 1;
                foreach (var p in Peers)
                    if (Now - p.Heard <= TimeoutTicks) mine++;
                foreach (var other in _others)
                {
                    var theirs = 0;
                    foreach (var o in _others)
                        if (o.Group == other.Group && Now - o.Heard <= TimeoutTicks) theirs++;
                    if (theirs > mine || theirs == mine && string.CompareOrdinal(other.Group, Group) < 0)
                    {
                        if (!Outvoted) Note(FailoverEventKind.Outvoted, FailoverReason.Outvoted, number: theirs, text: other.Group);
                        return true;
                    }
                }
                return false;
            }

            // All but a standby's beat wake the receivers; a standby's asks for the lead if it ranks better and may preempt.
            void Send(FailoverMessageKind kind, long subject, string text = null) => Outbox.Add(new FailoverMessage
            {
                Kind = kind, From = Self, Rank = Rank, Term = Term, Role = Role, Subject = subject, Text = text,
                Wake = kind != FailoverMessageKind.Beat || _wakeBeat || Role == FailoverRole.Active,
                WantsLead = kind == FailoverMessageKind.Beat && Role == FailoverRole.Standby && !Yielded && _active != null
                    && Better(Rank, Self, _active.Rank, _active.Id) ? Preempt : PreemptMode.Never,
            });

            void WakeBy(long tick) => WakeAt = WakeAt == 0 ? tick : Math.Min(WakeAt, tick);

            void Note(FailoverEventKind kind, FailoverReason reason = 0, long peer = 0, long number = 0, string text = null) =>
                Events.Add(new FailoverEvent { Kind = kind, Reason = reason, Peer = peer, Number = number, Text = text });

            public FailoverPeer Find(long id)
            {
                foreach (var p in Peers)
                    if (p.Id == id) return p;
                return null;
            }

            public bool Alive(FailoverPeer peer) => peer.Working && Now - peer.Heard <= TimeoutTicks;

            public static bool Better(int rankA, long idA, int rankB, long idB) => rankA < rankB || rankA == rankB && idA < idB;

            public static bool Wins(long termA, int rankA, long idA, long termB, int rankB, long idB) =>
                termA > termB || termA == termB && Better(rankA, idA, rankB, idB);
        }
    }
}
