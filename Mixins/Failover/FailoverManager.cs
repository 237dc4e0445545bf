using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Ingame;
using VRage.Game.ModAPI.Ingame.Utilities;

namespace IngameScript
{
    partial class Program
    {
        /// <summary>What <see cref="FailoverManager.ActiveCheck"/> says about this run.</summary>
        [Flags]
        public enum FailoverState
        {
            /// <summary>Another programmable block leads: do nothing (compare with ==, it is 0).</summary>
            Standby = 0,
            /// <summary>This programmable block leads: act.</summary>
            Active = 1,
            /// <summary>Set, with Active, on the one run in which this block became active (a fresh ship's first
            /// leader included): warm up from <see cref="FailoverManager.AppState"/> and what the blocks show.</summary>
            Failover = 2,
        }

        /// <summary>
        /// Makes a script safe to run on several programmable blocks of one ship: exactly one is active, the
        /// others stand by and take over in rank order when it is lost. Usage:
        /// <code>
        /// _failover = new FailoverManager(this, Console, Ini);       // in Program(), before setting UpdateFrequency
        /// public void Main(string argument, UpdateType updateSource) {
        ///     _failover.BeginRun(argument, updateSource);            // commands are kept, confirmed, replayed
        ///     if (_failover.ActiveCheck == FailoverState.Standby) return;
        ///     if (_failover.ActiveCheck.HasFlag(FailoverState.Failover)) WarmUp(_failover.AppState);
        ///     string command;
        ///     while (_failover.NextCommand(out command)) Execute(command);
        ///     ...
        /// }
        /// public void Save() { _failover.Save(); }
        /// </code>
        /// This is the adapter: it talks to IGC, the terminal system, Storage and the console, and leaves every
        /// decision to <see cref="FailoverElection"/>. The protocol and its timing: docs/failover.md.
        /// </summary>
        public class FailoverManager
        {
            /// <summary>Commands starting with this word are the manager's own (<c>failover yield</c>).</summary>
            public const string CommandWord = "failover";
            const string StorageHeader = "failover1 ";
            const string StatusKey = "failover";
            const string IgnoredKey = "failover ignored";
            const long PeerRefreshTicks = 600;
            const UpdateType CommandSources = UpdateType.Terminal | UpdateType.Trigger | UpdateType.Script | UpdateType.Mod;

            // Program, not MyGridProgram: only code inside Program may set its protected Storage.
            readonly Program _program;
            readonly IConsole _console;
            readonly MyIni _ini;
            readonly FailoverElection _election;
            readonly FailoverWire _wire = new FailoverWire();
            readonly IMyBroadcastListener _wake;
            readonly IMyBroadcastListener _quiet;
            readonly string _scriptName;
            // Programmable blocks of this construct that have spoken on the channel, by EntityId.
            readonly Dictionary<long, IMyProgrammableBlock> _blocks = new Dictionary<long, IMyProgrammableBlock>();
            readonly Dictionary<long, PeerLine> _peerLines = new Dictionary<long, PeerLine>();
            readonly List<string> _configKeys = new List<string>();
            readonly StringBuilder _line = new StringBuilder();
            string _customData;
            long _now;
            bool _usesBeginRun;
            bool _runPending;
            string _command;
            UpdateType _updateSource;
            int _lastReadCount = int.MaxValue;
            TimeSpan _lastSinceRun = TimeSpan.MinValue;
            FailoverState _state;
            int _replayed;
            int _eventsShown;
            long _storedTerm = -1;
            bool _storedYielded;
            // What the status lines show, so that they are rebuilt only when it changes.
            FailoverRole _shownRole = (FailoverRole)(-1);
            long _shownTerm = -1, _shownActive = -1, _shownPeersAt = long.MinValue;
            int _shownRank = -1, _shownForeign;
            bool _shownElection, _shownOutvoted;
            int _foreign;

            public FailoverManager(Program program, IConsole console, MyIni ini)
            {
                _program = program;
                _console = console;
                _ini = ini;
                _scriptName = console.ScriptName ?? "";
                _customData = program.Me.CustomData;
                var config = FailoverConfig.Read(ini, _customData);
                _election = new FailoverElection(program.Me.EntityId, config.Id, config.Rank, config.Preempt);
                ShowProblems(config);
                _wake = program.IGC.RegisterBroadcastListener(FailoverWire.WakeTag);
                _wake.SetMessageCallback("");
                _quiet = program.IGC.RegisterBroadcastListener(FailoverWire.QuietTag);
                long term;
                bool yielded;
                string appState;
                ReadStorage(program.Storage, out term, out yielded, out appState);
                _election.Start(term, yielded, appState);
                AfterDecisions();
            }

            // ------------------------------------------------------------ the script's API

            /// <summary>Whether this run may act: Standby, Active, or Active | Failover on the one run in which this
            /// block became active. Decided once per run (at <see cref="BeginRun"/>, or at the first read when the
            /// script does not call it) and the same however often it is read in that run.</summary>
            public FailoverState ActiveCheck
            {
                get
                {
                    if (_runPending)
                    {
                        _runPending = false;
                        Process();
                    }
                    else if (!_usesBeginRun && IsNewRun())
                    {
                        _command = null;
                        _updateSource = UpdateType.None;
                        Advance();
                        Process();
                    }
                    return _state;
                }
            }

            /// <summary>Call first in Main, every run: it hands the manager the run's argument, so that a standby
            /// keeps the command and the node that takes over replays what the lost active did not execute.</summary>
            public void BeginRun(string argument, UpdateType updateSource)
            {
                _usesBeginRun = true;
                _updateSource = updateSource;
                _command = (updateSource & CommandSources) != 0 && !string.IsNullOrWhiteSpace(argument) ? argument.Trim() : null;
                Advance();
                _runPending = true;
            }

            /// <summary>The next command to execute in this active run, in order: on takeover those the lost active
            /// did not confirm, then the run's own. Each command is handed out once, on one block.</summary>
            public bool NextCommand(out string command)
            {
                var replay = _election.Replay;
                if (_state == FailoverState.Standby || _replayed >= replay.Count)
                {
                    command = null;
                    return false;
                }
                command = replay[_replayed++];
                return true;
            }

            /// <summary>The application's small state. Set it while active when it changes: it travels with the
            /// heartbeats and is kept in Storage. On the Failover run it is what the previous active left.</summary>
            public string AppState
            {
                get { return _election.AppState; }
                set
                {
                    if (value == _election.AppState)
                        return;
                    _election.SetAppState(value);
                    if (_election.Role == FailoverRole.Active)
                    {
                        _election.BeatNow();
                        AfterDecisions();
                    }
                }
            }

            /// <summary>Tells the manager the script is at a safe point (nothing under way): a better-ranked block
            /// waiting to lead again (preempt=idle) takes over now, and this block stands by from its next run.</summary>
            public void SafePoint()
            {
                _election.SafePoint();
                AfterDecisions();
            }

            /// <summary>The active steps down in favour of the next block in rank order, which takes over within two
            /// ticks; this block does not lead again until the next election. Also the command <c>failover yield</c>.</summary>
            public bool Yield()
            {
                var yielded = _election.Yield();
                AfterDecisions();
                return yielded;
            }

            /// <summary>Call from the script's Save(): keeps the term and the application state in Storage.</summary>
            public void Save()
            {
                WriteStorage();
            }

            public FailoverRole Role { get { return _election.Role; } }
            public int Rank { get { return _election.Rank; } }
            public long Term { get { return _election.Term; } }
            public string Id { get { return _election.Group; } }
            /// <summary>The active block, as far as this one knows (itself when active; null when none is known).</summary>
            public IMyProgrammableBlock ActiveBlock
            {
                get
                {
                    IMyProgrammableBlock block;
                    if (_election.ActiveId == _program.Me.EntityId)
                        return _program.Me;
                    return _blocks.TryGetValue(_election.ActiveId, out block) ? block : null;
                }
            }
            /// <summary>True for the run in which the manager found Custom Data edited and parsed it again into the
            /// script's MyIni: the script re-reads its own sections then.</summary>
            public bool CustomDataChanged { get; private set; }
            /// <summary>Messages on the channel from blocks that take no part: other ships, unknown senders.</summary>
            public int Ignored { get { return _foreign; } }

            // ------------------------------------------------------------ one run

            void Advance()
            {
                var since = _program.Runtime.TimeSinceLastRun;
                _now += (long)Math.Round(since.TotalSeconds * 60);
            }

            // Without BeginRun: a new run shows as a fresh instruction count or another time since the last run.
            bool IsNewRun()
            {
                var count = _program.Runtime.CurrentInstructionCount;
                var since = _program.Runtime.TimeSinceLastRun;
                var fresh = count <= _lastReadCount || since != _lastSinceRun;
                _lastReadCount = count;
                _lastSinceRun = since;
                return fresh;
            }

            void Process()
            {
                _replayed = 0;
                _eventsShown = 0;
                _election.Tick(_now);
                ReadConfigIfEdited();
                while (_wake.HasPendingMessage)
                    Receive(_wake.AcceptMessage());
                while (_quiet.HasPendingMessage)
                    Receive(_quiet.AcceptMessage());
                ObservePeers();
                if (_command != null)
                    Command(_command);
                _election.Decide(PeriodOf(_updateSource, _program.Runtime.UpdateFrequency));
                AfterDecisions();
                _state = _election.Role != FailoverRole.Active ? FailoverState.Standby
                    : _election.TookOver ? FailoverState.Active | FailoverState.Failover : FailoverState.Active;
            }

            void Receive(MyIGCMessage message)
            {
                FailoverMessage m;
                string group, script;
                if (!FailoverWire.TryDecode(message.Data, out m, out group, out script) || !IsPeerBlock(message.Source))
                {
                    _foreign++;
                    return;
                }
                m.From = message.Source;
                if (group != _election.Group)
                {
                    if (script == _scriptName && script.Length > 0)
                        _election.OtherGroup(m.From, group);
                    return;
                }
                _election.Step(m);
                if (m.Kind == FailoverMessageKind.Beat && m.Role == FailoverRole.Active)
                {
                    var confirmed = FailoverWire.ConfirmedCount(message.Data);
                    for (var i = 0; i < confirmed; i++)
                        _election.Confirmation(m.From, FailoverWire.ConfirmedAt(message.Data, i));
                }
            }

            // A programmable block of this construct; anything else (a docked or visiting ship, another block) takes
            // no part in the election.
            bool IsPeerBlock(long id)
            {
                IMyProgrammableBlock block;
                if (_blocks.TryGetValue(id, out block))
                    return !block.Closed && block.IsSameConstructAs(_program.Me);
                block = _program.GridTerminalSystem.GetBlockWithId(id) as IMyProgrammableBlock;
                if (block == null || !block.IsSameConstructAs(_program.Me))
                    return false;
                _blocks[id] = block;
                return true;
            }

            void ObservePeers()
            {
                var peers = _election.Peers;
                for (var i = peers.Count - 1; i >= 0; i--)
                {
                    var peer = peers[i];
                    IMyProgrammableBlock block;
                    if (!_blocks.TryGetValue(peer.Id, out block))
                        continue;
                    var working = !block.Closed && block.IsWorking && block.IsSameConstructAs(_program.Me);
                    if (working == peer.Working && !block.Closed)
                        continue;
                    if (block.Closed)
                    {
                        _election.Forget(peer.Id);
                        _blocks.Remove(peer.Id);
                        RemovePeerLine(peer.Id);
                    }
                    else
                        _election.Observe(peer.Id, ConditionOf(block));
                }
            }

            PeerCondition ConditionOf(IMyProgrammableBlock block)
            {
                if (!block.IsSameConstructAs(_program.Me))
                    return PeerCondition.Departed;
                if (block.IsWorking)
                    return PeerCondition.Working;
                if (!block.IsFunctional)
                    return PeerCondition.Damaged;
                if (!block.Enabled)
                    return PeerCondition.Disabled;
                return PeerCondition.Unpowered;
            }

            void Command(string command)
            {
                if (!IsOwnCommand(command))
                {
                    var active = _election.Role == FailoverRole.Active;
                    if (_election.Command(command) && !active)
                        _console.Log("Standby: \"" + command + "\" left to " + ActiveName() + "; kept until it confirms");
                    return;
                }
                var verb = command.Substring(CommandWord.Length).Trim();
                if (string.Equals(verb, "yield", StringComparison.OrdinalIgnoreCase))
                    _election.Yield();
                else
                    _console.Log("Unknown command \"" + command + "\": the failover command is \"failover yield\"", LogLevel.Warning);
            }

            static bool IsOwnCommand(string command)
            {
                return command.StartsWith(CommandWord, StringComparison.OrdinalIgnoreCase)
                    && (command.Length == CommandWord.Length || char.IsWhiteSpace(command[CommandWord.Length]));
            }

            static int PeriodOf(UpdateType source, UpdateFrequency frequency)
            {
                if ((source & UpdateType.Update1) != 0)
                    return 1;
                if ((source & UpdateType.Update10) != 0)
                    return (frequency & UpdateFrequency.Update1) != 0 ? 1 : 10;
                if ((source & UpdateType.Update100) != 0)
                    return (frequency & (UpdateFrequency.Update1 | UpdateFrequency.Update10)) != 0 ? 10 : 100;
                return 0;
            }

            // Sends what the election decided, asks for a run next tick if it waits for something, shows it.
            void AfterDecisions()
            {
                var outbox = _election.Outbox;
                for (var i = 0; i < outbox.Count; i++)
                {
                    var m = outbox[i];
                    var payload = _wire.Encode(m, _election.Group, _scriptName, _election.Confirmed);
                    if (m.Kind == FailoverMessageKind.Beat)
                        _election.Confirmed.Clear();
                    _program.IGC.SendBroadcastMessage(m.Wake ? FailoverWire.WakeTag : FailoverWire.QuietTag, payload, TransmissionDistance.CurrentConstruct);
                }
                outbox.Clear();
                if (_election.WakeAt > 0)
                    _program.Runtime.UpdateFrequency |= UpdateFrequency.Once;
                if (_election.Term != _storedTerm || _election.Yielded != _storedYielded)
                    WriteStorage();
                ShowEvents();
                ShowStatus();
            }

            void ReadConfigIfEdited()
            {
                CustomDataChanged = false;
                var data = _program.Me.CustomData;
                if (data == _customData)
                    return;
                _customData = data;
                CustomDataChanged = true;
                var config = FailoverConfig.Read(_ini, data);
                var old = _election;
                if (config.Id != old.Group || config.Rank != old.Rank || config.Preempt != old.Preempt)
                    _console.Log("Custom Data edited: id=" + config.Id + " rank=" + RankText(config.Rank) + " preempt=" + config.Preempt.ToString().ToLowerInvariant());
                if (config.Id != old.Group)
                {
                    _blocks.Clear();
                    ClearPeerLines();
                }
                old.Reconfigure(config.Id, config.Rank, config.Preempt);
                ShowProblems(config);
            }

            // ------------------------------------------------------------ Storage

            static void ReadStorage(string storage, out long term, out bool yielded, out string appState)
            {
                term = 0;
                yielded = false;
                appState = "";
                if (storage == null || !storage.StartsWith(StorageHeader, StringComparison.Ordinal))
                    return;
                var newline = storage.IndexOf('\n');
                var header = newline < 0 ? storage : storage.Substring(0, newline);
                appState = newline < 0 ? "" : storage.Substring(newline + 1);
                var fields = header.Substring(StorageHeader.Length).Split(' ');
                if (!long.TryParse(fields[0], out term) || term < 0)
                    term = 0;
                yielded = fields.Length > 1 && fields[1] == "1";
            }

            void WriteStorage()
            {
                _storedTerm = _election.Term;
                _storedYielded = _election.Yielded;
                _program.Storage = StorageHeader + _storedTerm.ToString()
                    + (_storedYielded ? " 1\n" : " 0\n") + _election.AppState;
            }

            // ------------------------------------------------------------ console

            void ShowProblems(FailoverConfig config)
            {
                for (var i = 0; i < _configKeys.Count; i++)
                    _console.ClearStatus(_configKeys[i]);
                _configKeys.Clear();
                for (var i = 0; i < config.Problems.Count; i++)
                {
                    var key = "failover config " + i;
                    _configKeys.Add(key);
                    _console.SetStatus(key, "Config: " + config.Problems[i]);
                    _console.Log(config.Problems[i], LogLevel.Warning);
                }
            }

            void ShowEvents()
            {
                var events = _election.Events;
                for (; _eventsShown < events.Count; _eventsShown++)
                {
                    var e = events[_eventsShown];
                    switch (e.Kind)
                    {
                        case FailoverEventKind.TookOver:
                            _console.Log("ACTIVE (term " + _election.Term + "): " + Because(e.Reason)
                                + (e.Number > 0 ? "; replaying " + e.Number + " command(s) the lost active did not confirm" : ""));
                            break;
                        case FailoverEventKind.SteppedDown:
                            _console.Log("Standing by: " + Because(e.Reason) + (e.Peer != 0 ? " (" + Name(e.Peer) + " leads)" : ""),
                                e.Reason == FailoverReason.OtherActiveWins || e.Reason == FailoverReason.Outvoted ? LogLevel.Warning : LogLevel.Info);
                            break;
                        case FailoverEventKind.ActiveIs:
                            _console.Log(Name(e.Peer) + " is active (term " + e.Number + ")");
                            break;
                        case FailoverEventKind.ActiveLost:
                            _console.Log("Active " + Name(e.Peer) + " lost: " + Because(e.Reason), LogLevel.Warning);
                            break;
                        case FailoverEventKind.PeerJoined:
                            _console.Log("Peer " + Name(e.Peer) + " (rank " + RankText((int)e.Number) + ") joined");
                            break;
                        case FailoverEventKind.DuplicateRank:
                            _console.Log(Name(e.Peer) + " also has rank " + RankText((int)e.Number) + ": the lower EntityId leads. Give each copy its own rank.", LogLevel.Warning);
                            break;
                        case FailoverEventKind.CommandForwarded:
                            _console.Log("Ran \"" + e.Text + "\", which only " + Name(e.Peer) + " was given");
                            break;
                        case FailoverEventKind.DuplicateCommand:
                            _console.Log("\"" + e.Text + "\" twice in one tick: run once");
                            break;
                        case FailoverEventKind.CommandDropped:
                            _console.Log("Too many commands waiting for the active: dropped \"" + e.Text + "\"", LogLevel.Warning);
                            break;
                        case FailoverEventKind.YieldedTo:
                            _console.Log((e.Reason == FailoverReason.Failback ? "Handing over to " : "Yielded to ") + Name(e.Peer));
                            break;
                        case FailoverEventKind.YieldRefused:
                            _console.Log(_election.Role == FailoverRole.Active
                                ? "Cannot yield: no other block can take over"
                                : "Not active: \"failover yield\" is for " + ActiveName(), LogLevel.Warning);
                            break;
                        case FailoverEventKind.Outvoted:
                            _console.Log(e.Number + " block(s) run " + _scriptName + " with id=" + e.Text + " (this one: id=" + _election.Group
                                + "): standing by. Give every copy the same [failover] id.", LogLevel.Warning);
                            break;
                    }
                }
            }

            static string Because(FailoverReason reason)
            {
                switch (reason)
                {
                    case FailoverReason.NoActive: return "no block was active";
                    case FailoverReason.ActiveDestroyed: return "the active block was destroyed";
                    case FailoverReason.ActiveDamaged: return "the active block is damaged";
                    case FailoverReason.ActiveDisabled: return "the active block was switched off";
                    case FailoverReason.ActiveUnpowered: return "the active block has no power";
                    case FailoverReason.ActiveDeparted: return "the active block left this ship";
                    case FailoverReason.ActiveSilent: return "no heartbeat from the active (its script stopped)";
                    case FailoverReason.ActiveRestarted: return "the active's script restarted";
                    case FailoverReason.ActiveSteppedDown: return "the active stepped down";
                    case FailoverReason.CommandUnconfirmed: return "the active did not confirm a command (its script stopped)";
                    case FailoverReason.ReportedByPeer: return "another block lost the active";
                    case FailoverReason.Yielded: return "the active yielded";
                    case FailoverReason.Failback: return "failback to a better rank";
                    case FailoverReason.OtherActiveWins: return "two blocks were active; the other wins (higher term, lower rank)";
                    case FailoverReason.LostByPeers: return "the other blocks lost contact with this one";
                    case FailoverReason.ResumedAfterGap: return "this block did not run for a while";
                    case FailoverReason.Outvoted: return "another id outnumbers this one";
                    default: return "configuration changed";
                }
            }

            void ShowStatus()
            {
                var e = _election;
                var role = e.Role;
                var main = _console as MainConsole;
                if (main != null)
                    main.SharedSurfaces = role == FailoverRole.Active;
                if (role != _shownRole || e.Term != _shownTerm || e.ActiveId != _shownActive || e.Rank != _shownRank
                    || e.InElection != _shownElection || e.Outvoted != _shownOutvoted)
                {
                    _shownRole = role;
                    _shownTerm = e.Term;
                    _shownActive = e.ActiveId;
                    _shownRank = e.Rank;
                    _shownElection = e.InElection;
                    _shownOutvoted = e.Outvoted;
                    _line.Clear();
                    _line.Append(role == FailoverRole.Active ? "ACTIVE" : role == FailoverRole.Standby ? "STANDBY" : "STARTING");
                    _line.Append("  rank ").Append(RankText(e.Rank)).Append("  term ").Append(e.Term).Append("  id=").Append(e.Group);
                    if (role == FailoverRole.Starting)
                        _line.Append(": asking which block is active");
                    else if (role == FailoverRole.Standby)
                    {
                        if (e.Outvoted)
                            _line.Append(": id conflict, never leads");
                        else if (e.ActiveId != 0)
                            _line.Append(": active is ").Append(ActiveName());
                        else
                            _line.Append(": electing a new active");
                    }
                    _console.SetStatus(StatusKey, _line.ToString());
                    _shownPeersAt = long.MinValue;
                }
                if (e.Events.Count > 0 || _now - _shownPeersAt >= PeerRefreshTicks)
                    ShowPeers();
                if (_foreign != _shownForeign)
                {
                    _shownForeign = _foreign;
                    _console.SetStatus(IgnoredKey, "Ignored " + _foreign + " message(s) from other ships or unknown blocks");
                }
            }

            /// <summary>One status line per peer, rebuilt only when what it shows changed.</summary>
            class PeerLine
            {
                public string Key;
                public string Name;
                public int Rank;
                public int State;
                public long Age;
            }

            void ShowPeers()
            {
                _shownPeersAt = _now;
                var peers = _election.Peers;
                for (var i = 0; i < peers.Count; i++)
                {
                    var peer = peers[i];
                    PeerLine line;
                    if (!_peerLines.TryGetValue(peer.Id, out line))
                        _peerLines[peer.Id] = line = new PeerLine { Key = "failover peer " + peer.Id, State = -1 };
                    var alive = _election.Alive(peer);
                    var state = !peer.Working ? 0 : peer.Id == _election.ActiveId ? 1 : alive ? 2 : 3;
                    // Heard within a heartbeat shows as "<2 s"; only lateness is counted in seconds.
                    var age = _now - peer.Heard < 120 ? 0 : (_now - peer.Heard) / 60;
                    var name = Name(peer.Id);
                    if (line.State == state && line.Age == age && line.Rank == peer.Rank && line.Name == name)
                        continue;
                    line.State = state;
                    line.Age = age;
                    line.Rank = peer.Rank;
                    line.Name = name;
                    _line.Clear();
                    _line.Append("  ").Append(name).Append(": rank ").Append(RankText(peer.Rank));
                    _line.Append(state == 0 ? ", not working" : state == 1 ? ", active" : state == 2 ? ", standby" : ", silent");
                    if (age == 0)
                        _line.Append(", heard <2 s ago");
                    else
                        _line.Append(", heard ").Append(age).Append(" s ago");
                    _console.SetStatus(line.Key, _line.ToString());
                }
            }

            void RemovePeerLine(long id)
            {
                PeerLine line;
                if (!_peerLines.TryGetValue(id, out line))
                    return;
                _console.ClearStatus(line.Key);
                _peerLines.Remove(id);
            }

            void ClearPeerLines()
            {
                foreach (var line in _peerLines.Values)
                    _console.ClearStatus(line.Key);
                _peerLines.Clear();
            }

            string Name(long id)
            {
                if (id == _program.Me.EntityId)
                    return "this block";
                IMyProgrammableBlock block;
                return _blocks.TryGetValue(id, out block) ? block.CustomName : "block #" + id;
            }

            string ActiveName()
            {
                var active = _election.ActiveId;
                if (active == 0)
                    return "the next active (none yet)";
                var peer = _election.Find(active);
                return Name(active) + (peer != null ? " (rank " + RankText(peer.Rank) + ")" : "");
            }

            static string RankText(int rank)
            {
                return rank == FailoverConfig.LastRank ? "last" : rank.ToString();
            }
        }
    }
}
