using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Ingame;
using VRage.Game.ModAPI.Ingame.Utilities;

namespace IngameScript
{
    partial class Program
    {
        // Standby: another PB leads, do nothing (compare with ==, it is 0). Active: act. Failover: set with Active on
        // the one run in which this PB became active (a fresh ship's first leader too): warm up first.
        [Flags]
        public enum FailoverState { Standby = 0, Active = 1, Failover = 2 }

        // Runs a script on several PBs of one ship: one is active, the others stand by and take over in rank order.
        // In Main: BeginRun(argument, updateSource), then ActiveCheck; NextCommand() hands out the commands to execute;
        // from Save(): Save(). The adapter between the game and FailoverElection (docs/failover.md).
        public class FailoverManager
        {
            const string Word = "failover", StorageHeader = "failover1 ";
            const UpdateType CommandSources = UpdateType.Terminal | UpdateType.Trigger | UpdateType.Script | UpdateType.Mod;
            static readonly string[] Reasons =
            {
                "configuration changed", "no block was active", "the active block was destroyed", "the active block is damaged",
                "the active block was switched off", "the active block has no power", "the active block left this ship",
                "no heartbeat from the active (its script stopped)", "the active's script restarted", "the active stepped down",
                "the active did not confirm a command (its script stopped)", "another block lost the active", "the active yielded",
                "failback to a better rank", "two blocks were active; the other wins (higher term, lower rank)",
                "the other blocks lost contact with this one", "this block did not run for a while", "another id outnumbers this one",
            };

            readonly Program _program; // not MyGridProgram: only code inside Program may set its protected Storage
            readonly IConsole _console;
            readonly MyIni _ini;
            readonly FailoverElection _election;
            readonly FailoverWire _wire = new FailoverWire();
            readonly IMyBroadcastListener _wake, _quiet;
            readonly string _script;
            readonly Dictionary<long, IMyProgrammableBlock> _blocks = new Dictionary<long, IMyProgrammableBlock>();
            readonly Dictionary<long, PeerLine> _peerLines = new Dictionary<long, PeerLine>();
            readonly List<string> _problemKeys = new List<string>();
            readonly StringBuilder _line = new StringBuilder();
            string _customData, _command, _shownGroup, _shownActive;
            long _now, _storedTerm = -1, _peersShownAt = long.MinValue;
            bool _usesBeginRun, _runPending, _storedYielded, _shownOutvoted;
            FailoverRole _shownRole = (FailoverRole)(-1);
            long _shownTerm = -1;
            int _shownRank = -1;
            int _lastCount = int.MaxValue, _replayed, _eventsShown, _foreign, _foreignShown;
            TimeSpan _lastSince = TimeSpan.MinValue;
            UpdateType _source;
            FailoverState _state;

            public FailoverManager(Program program, IConsole console, MyIni ini)
            {
                _program = program;
                _console = console;
                _ini = ini;
                _script = console.ScriptName ?? "";
                _customData = program.Me.CustomData;
                var config = FailoverConfig.Read(ini, _customData);
                _election = new FailoverElection(program.Me.EntityId, config.Id, config.Rank, config.Preempt);
                ShowProblems(config);
                _wake = program.IGC.RegisterBroadcastListener(FailoverWire.WakeTag);
                _wake.SetMessageCallback("");
                _quiet = program.IGC.RegisterBroadcastListener(FailoverWire.QuietTag);
                var storage = program.Storage;
                long term = 0;
                var newline = storage.IndexOf('\n');
                var ours = storage.StartsWith(StorageHeader) && newline > 0;
                if (ours)
                    long.TryParse(storage.Substring(StorageHeader.Length, newline - StorageHeader.Length).Split(' ')[0], out term);
                _election.Start(term, ours && storage[newline - 1] == '1', ours ? storage.Substring(newline + 1) : "");
                AfterDecisions();
            }

            // Decided once per run (at BeginRun, or at the first read without it); the same all run long.
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
                        _source = UpdateType.None;
                        Advance();
                        Process();
                    }
                    return _state;
                }
            }

            // First thing in Main: a standby keeps the run's command until the active confirms it, and whoever takes
            // over replays what the lost active did not run.
            public void BeginRun(string argument, UpdateType updateSource)
            {
                _usesBeginRun = _runPending = true;
                _source = updateSource;
                _command = (updateSource & CommandSources) != 0 && !string.IsNullOrWhiteSpace(argument) ? argument.Trim() : null;
                Advance();
            }

            // The commands to execute in this active run, in order, each handed out once on one PB.
            public bool NextCommand(out string command)
            {
                var replay = _election.Replay;
                command = _state != FailoverState.Standby && _replayed < replay.Count ? replay[_replayed++] : null;
                return command != null;
            }

            // The application's small state: set it while active when it changes (it travels with the heartbeats and
            // stays in Storage); on the Failover run it is what the previous active left.
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

            // Nothing under way: a better rank waiting to lead again (preempt=idle) takes over from the next tick.
            public void SafePoint()
            {
                _election.SafePoint();
                AfterDecisions();
            }

            // The active hands over to the next rank (within two ticks) and does not lead again until the next election.
            public bool Yield()
            {
                var done = _election.Yield();
                AfterDecisions();
                return done;
            }

            public void Save()
            {
                _storedTerm = _election.Term;
                _storedYielded = _election.Yielded;
                _program.Storage = StorageHeader + _storedTerm + (_storedYielded ? " 1\n" : " 0\n") + _election.AppState;
            }

            public FailoverRole Role { get { return _election.Role; } }
            public int Rank { get { return _election.Rank; } }
            public long Term { get { return _election.Term; } }
            public string Id { get { return _election.Group; } }
            public int Ignored { get { return _foreign; } } // messages from other ships or unknown blocks
            public bool CustomDataChanged { get; private set; } // this run: Custom Data was parsed again into the MyIni

            public IMyProgrammableBlock ActiveBlock
            {
                get
                {
                    IMyProgrammableBlock block;
                    return _election.ActiveId == _program.Me.EntityId ? _program.Me
                        : _blocks.TryGetValue(_election.ActiveId, out block) ? block : null;
                }
            }

            // ------------------------------------------------------------ one run

            void Advance()
            {
                _now += (long)Math.Round(_program.Runtime.TimeSinceLastRun.TotalSeconds * 60);
            }

            // Without BeginRun, a new run shows as a lower instruction count or another time since the last run.
            bool IsNewRun()
            {
                var count = _program.Runtime.CurrentInstructionCount;
                var since = _program.Runtime.TimeSinceLastRun;
                var fresh = count <= _lastCount || since != _lastSince;
                _lastCount = count;
                _lastSince = since;
                return fresh;
            }

            void Process()
            {
                var e = _election;
                _replayed = _eventsShown = 0;
                e.Tick(_now);
                CustomDataChanged = _program.Me.CustomData != _customData;
                if (CustomDataChanged)
                    Reconfigure();
                while (_wake.HasPendingMessage)
                    Receive(_wake.AcceptMessage());
                while (_quiet.HasPendingMessage)
                    Receive(_quiet.AcceptMessage());
                for (var i = e.Peers.Count - 1; i >= 0; i--)
                {
                    var peer = e.Peers[i];
                    IMyProgrammableBlock block;
                    if (_blocks.TryGetValue(peer.Id, out block) && (block.Closed || peer.Working != (block.IsWorking && block.IsSameConstructAs(_program.Me))))
                        Observe(peer, block);
                }
                if (_command != null)
                    Command(_command);
                var f = _program.Runtime.UpdateFrequency;
                e.Decide((_source & (UpdateType.Update1 | UpdateType.Update10 | UpdateType.Update100)) == 0 ? 0
                    : (f & UpdateFrequency.Update1) != 0 ? 1 : (f & UpdateFrequency.Update10) != 0 ? 10 : 100);
                AfterDecisions();
                _state = e.Role != FailoverRole.Active ? FailoverState.Standby : e.TookOver ? FailoverState.Active | FailoverState.Failover : FailoverState.Active;
            }

            void Receive(MyIGCMessage message)
            {
                FailoverMessage m;
                string group, script;
                IMyProgrammableBlock block;
                if (!FailoverWire.TryDecode(message.Data, out m, out group, out script))
                    _foreign++;
                else if (!_blocks.TryGetValue(message.Source, out block) && !KnowBlock(message.Source, out block) || block.Closed || !block.IsSameConstructAs(_program.Me))
                    _foreign++; // a docked or visiting ship, or an unknown block: takes no part
                else if (group != _election.Group)
                {
                    if (script == _script && script.Length > 0)
                        _election.OtherGroup(message.Source, group);
                }
                else
                {
                    m.From = message.Source;
                    _election.Step(m);
                    if (m.Kind == FailoverMessageKind.Beat && m.Role == FailoverRole.Active)
                        for (var i = FailoverWire.ConfirmedCount(message.Data) - 1; i >= 0; i--)
                            _election.Confirmation(m.From, FailoverWire.ConfirmedAt(message.Data, i));
                }
            }

            bool KnowBlock(long id, out IMyProgrammableBlock block)
            {
                block = _program.GridTerminalSystem.GetBlockWithId(id) as IMyProgrammableBlock;
                if (block != null)
                    _blocks[id] = block;
                return block != null;
            }

            void Observe(FailoverPeer peer, IMyProgrammableBlock block)
            {
                if (block.Closed)
                {
                    _election.Forget(peer.Id);
                    _blocks.Remove(peer.Id);
                    _console.ClearStatus("failover " + peer.Id);
                    _peerLines.Remove(peer.Id);
                }
                else
                    _election.Observe(peer.Id, !block.IsSameConstructAs(_program.Me) ? PeerCondition.Departed : block.IsWorking ? PeerCondition.Working
                        : !block.IsFunctional ? PeerCondition.Damaged : !block.Enabled ? PeerCondition.Disabled : PeerCondition.Unpowered);
            }

            void Command(string command)
            {
                var space = command.IndexOf(' ');
                if (!string.Equals(space < 0 ? command : command.Substring(0, space), Word, StringComparison.OrdinalIgnoreCase))
                {
                    var standby = _election.Role != FailoverRole.Active;
                    if (_election.Command(command) && standby)
                        _console.Log("Standby: \"" + command + "\" left to " + ActiveName() + " until it confirms");
                }
                else if (command.Substring(space + 1).Trim().Equals("yield", StringComparison.OrdinalIgnoreCase))
                    _election.Yield();
                else
                    _console.Log("Unknown command \"" + command + "\": the failover command is \"failover yield\"", LogLevel.Warning);
            }

            // Sends what the election decided, asks for a run next tick if it waits for something, shows it.
            void AfterDecisions()
            {
                var e = _election;
                foreach (var m in e.Outbox)
                {
                    _program.IGC.SendBroadcastMessage(m.Wake ? FailoverWire.WakeTag : FailoverWire.QuietTag,
                        _wire.Encode(m, e.Group, _script, e.Confirmed), TransmissionDistance.CurrentConstruct);
                    if (m.Kind == FailoverMessageKind.Beat)
                        e.Confirmed.Clear();
                }
                e.Outbox.Clear();
                if (e.WakeAt > 0)
                    _program.Runtime.UpdateFrequency |= UpdateFrequency.Once;
                if (e.Term != _storedTerm || e.Yielded != _storedYielded)
                    Save();
                if (_eventsShown < e.Events.Count || e.Role != _shownRole || e.Outvoted != _shownOutvoted || e.Term != _shownTerm
                    || _now - _peersShownAt >= 600 || _foreign != _foreignShown)
                    Show();
            }

            void Reconfigure()
            {
                _customData = _program.Me.CustomData;
                var c = FailoverConfig.Read(_ini, _customData);
                var e = _election;
                if (c.Id != e.Group || c.Rank != e.Rank || c.Preempt != e.Preempt)
                    _console.Log("Custom Data edited: id=" + c.Id + " rank=" + RankText(c.Rank) + " preempt=" + c.Preempt.ToString().ToLowerInvariant());
                if (c.Id != e.Group)
                {
                    _blocks.Clear();
                    foreach (var key in _peerLines.Keys)
                        _console.ClearStatus("failover " + key);
                    _peerLines.Clear();
                }
                e.Reconfigure(c.Id, c.Rank, c.Preempt);
                ShowProblems(c);
            }

            // ------------------------------------------------------------ console

            void ShowProblems(FailoverConfig config)
            {
                foreach (var key in _problemKeys)
                    _console.ClearStatus(key);
                _problemKeys.Clear();
                foreach (var problem in config.Problems)
                {
                    _problemKeys.Add("failover config " + _problemKeys.Count);
                    _console.SetStatus(_problemKeys[_problemKeys.Count - 1], "Config: " + problem);
                    _console.Log(problem, LogLevel.Warning);
                }
            }

            void Show()
            {
                var e = _election;
                for (; _eventsShown < e.Events.Count; _eventsShown++)
                    Log(e.Events[_eventsShown]);
                var main = _console as MainConsole;
                if (main != null)
                    main.SharedSurfaces = e.Role == FailoverRole.Active;
                var active = Name(e.ActiveId);
                if (e.Role != _shownRole || e.Rank != _shownRank || e.Term != _shownTerm || e.Group != _shownGroup || e.Outvoted != _shownOutvoted
                    || (object)active != _shownActive)
                {
                    _shownRole = e.Role;
                    _shownRank = e.Rank;
                    _shownTerm = e.Term;
                    _shownGroup = e.Group;
                    _shownOutvoted = e.Outvoted;
                    _shownActive = active;
                    _line.Clear().Append(e.Role == FailoverRole.Active ? "ACTIVE" : e.Role == FailoverRole.Standby ? "STANDBY" : "STARTING")
                        .Append("  rank ").Append(RankText(e.Rank)).Append("  term ").Append(e.Term).Append("  id=").Append(e.Group)
                        .Append(e.Role == FailoverRole.Starting ? ": asking which block is active" : e.Role == FailoverRole.Active ? ""
                            : e.Outvoted ? ": id conflict, never leads" : e.ActiveId != 0 ? ": active is " + ActiveName() : ": electing a new active");
                    _console.SetStatus(Word, _line.ToString());
                }
                if (_foreign != _foreignShown)
                    _console.SetStatus("failover ignored", "Ignored " + (_foreignShown = _foreign) + " message(s) from other ships or unknown blocks");
                if (e.Events.Count > 0 || _now - _peersShownAt >= 600)
                    ShowPeers();
            }

            // One line per peer, rebuilt only when what it shows changed; a heartbeat period's lateness shows as "<2 s".
            class PeerLine
            {
                public string Key, Name;
                public int Rank, State = -1;
                public long Age;
            }

            void ShowPeers()
            {
                _peersShownAt = _now;
                foreach (var peer in _election.Peers)
                {
                    PeerLine line;
                    if (!_peerLines.TryGetValue(peer.Id, out line))
                        _peerLines[peer.Id] = line = new PeerLine { Key = "failover " + peer.Id };
                    var state = !peer.Working ? 0 : peer.Id == _election.ActiveId ? 1 : _election.Alive(peer) ? 2 : 3;
                    var age = (_now - peer.Heard) / 60;
                    age = age < 2 ? 0 : age;
                    var name = Name(peer.Id);
                    if (line.State == state && line.Age == age && line.Rank == peer.Rank && (object)line.Name == name)
                        continue;
                    line.State = state;
                    line.Age = age;
                    line.Rank = peer.Rank;
                    line.Name = name;
                    _line.Clear().Append("  ").Append(name).Append(": rank ").Append(RankText(peer.Rank))
                        .Append(state == 0 ? ", not working" : state == 1 ? ", active" : state == 2 ? ", standby" : ", silent");
                    if (age == 0)
                        _line.Append(", heard <2 s ago");
                    else
                        _line.Append(", heard ").Append(age).Append(" s ago");
                    _console.SetStatus(line.Key, _line.ToString());
                }
            }

            void Log(FailoverEvent e)
            {
                var reason = Reasons[(int)e.Reason];
                switch (e.Kind)
                {
                    case FailoverEventKind.TookOver:
                        _console.Log("ACTIVE (term " + _election.Term + "): " + reason + (e.Number > 0 ? "; replaying " + e.Number + " command(s) the lost active did not confirm" : ""));
                        break;
                    case FailoverEventKind.SteppedDown:
                        _console.Log("Standing by: " + reason + (e.Peer != 0 ? " (" + Name(e.Peer) + " leads)" : ""),
                            e.Reason == FailoverReason.OtherActiveWins || e.Reason == FailoverReason.Outvoted ? LogLevel.Warning : LogLevel.Info);
                        break;
                    case FailoverEventKind.ActiveIs:
                        _console.Log(Name(e.Peer) + " is active (term " + e.Number + ")");
                        break;
                    case FailoverEventKind.ActiveLost:
                        _console.Log("Active " + Name(e.Peer) + " lost: " + reason, LogLevel.Warning);
                        break;
                    case FailoverEventKind.PeerJoined:
                        _console.Log(Name(e.Peer) + " (rank " + RankText((int)e.Number) + ") joined");
                        break;
                    case FailoverEventKind.DuplicateRank:
                        _console.Log(Name(e.Peer) + " also has rank " + RankText((int)e.Number) + ": lower EntityId leads. Give each copy its own rank.", LogLevel.Warning);
                        break;
                    case FailoverEventKind.CommandForwarded:
                        _console.Log("Ran \"" + e.Text + "\", given only to " + Name(e.Peer));
                        break;
                    case FailoverEventKind.DuplicateCommand:
                        _console.Log("\"" + e.Text + "\" twice in one tick: run once");
                        break;
                    case FailoverEventKind.CommandDropped:
                        _console.Log((e.Reason == FailoverReason.ResumedAfterGap ? "Back after a pause: left \"" + e.Text + "\" to the others"
                            : "Too many commands waiting for the active: dropped \"" + e.Text + "\""), LogLevel.Warning);
                        break;
                    case FailoverEventKind.YieldedTo:
                        _console.Log((e.Reason == FailoverReason.Failback ? "Handing over to " : "Yielded to ") + Name(e.Peer));
                        break;
                    case FailoverEventKind.YieldRefused:
                        _console.Log(_election.Role == FailoverRole.Active ? "Cannot yield: no other block can take over"
                            : "Not active: \"failover yield\" is for " + ActiveName(), LogLevel.Warning);
                        break;
                    case FailoverEventKind.Outvoted:
                        _console.Log(e.Number + " block(s) run " + _script + " with id=" + e.Text + " (this one: id=" + _election.Group
                            + "): standing by. Give every copy the same [failover] id.", LogLevel.Warning);
                        break;
                }
            }

            string Name(long id)
            {
                IMyProgrammableBlock block;
                return id == 0 ? "none" : id == _program.Me.EntityId ? "this block" : _blocks.TryGetValue(id, out block) ? block.CustomName : "block #" + id;
            }

            string ActiveName()
            {
                var peer = _election.Find(_election.ActiveId);
                return _election.ActiveId == 0 ? "the next active (none yet)" : Name(_election.ActiveId) + (peer != null ? " (rank " + RankText(peer.Rank) + ")" : "");
            }

            static string RankText(int rank)
            {
                return rank == FailoverConfig.LastRank ? "last" : rank.ToString();
            }
        }
    }
}
