using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Ingame;
using VRage.Game.ModAPI.Ingame.Utilities;

namespace IngameScript
{
    partial class Program
    {
        // Standby: another PB leads, do nothing (it is 0: compare with ==). Active: act. Failover: with Active on the one
        // run in which this PB became active (a fresh ship's first leader too): warm up first.
        [Flags]
        public enum FailoverState { Standby = 0, Active = 1, Failover = 2 }

        // Runs a script on several PBs of one ship: one is active, the others stand by and take over in rank order. The
        // adapter between the game and FailoverElection (docs/failover.md).
        public class FailoverManager
        {
            const string Word = "failover", Header = "failover1 ";
            const int LastRank = int.MaxValue;
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

            readonly Program _p; // not MyGridProgram: only code inside Program may set its protected Storage
            readonly IConsole _console;
            readonly MyIni _ini;
            readonly FailoverElection _e;
            readonly FailoverWire _wire = new FailoverWire();
            readonly IMyBroadcastListener _wake, _quiet;
            readonly string _script;
            readonly Dictionary<long, IMyProgrammableBlock> _blocks = new Dictionary<long, IMyProgrammableBlock>();
            readonly Dictionary<long, PeerLine> _peerLines = new Dictionary<long, PeerLine>();
            readonly List<string> _problems = new List<string>();
            readonly StringBuilder _line = new StringBuilder();
            string _customData, _command, _shownGroup, _shownActive;
            long _now, _storedTerm = -1, _shownTerm = -1, _peersShownAt = long.MinValue;
            bool _usesBeginRun, _runPending, _storedYielded, _shownOutvoted;
            int _shownRank = -1, _lastCount = int.MaxValue, _replayed, _eventsShown, _foreign, _foreignShown, _problemsShown;
            FailoverRole _shownRole = (FailoverRole)(-1);
            TimeSpan _lastSince = TimeSpan.MinValue;
            UpdateType _source;
            FailoverState _state;

            public FailoverManager(Program program, IConsole console, MyIni ini)
            {
                _p = program;
                _console = console;
                _ini = ini;
                _script = console.ScriptName ?? "";
                string id;
                int rank;
                PreemptMode preempt;
                ReadConfig(out id, out rank, out preempt);
                _e = new FailoverElection(program.Me.EntityId, id, rank, preempt);
                ShowProblems();
                _wake = program.IGC.RegisterBroadcastListener(FailoverWire.WakeTag);
                _wake.SetMessageCallback("");
                _quiet = program.IGC.RegisterBroadcastListener(FailoverWire.QuietTag);
                // Storage: "failover1 <term> <yielded>", then the app state.
                var s = program.Storage;
                var nl = s.IndexOf('\n');
                var ours = s.StartsWith(Header) && nl > 0;
                long term = 0;
                if (ours)
                    long.TryParse(s.Substring(Header.Length, nl - Header.Length).Split(' ')[0], out term);
                _e.Start(term, ours && s[nl - 1] == '1', ours ? s.Substring(nl + 1) : "");
                AfterDecisions();
            }

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

            // First in Main: a standby keeps the run's command until the active confirms it; whoever takes over replays
            // what the lost active did not run.
            public void BeginRun(string argument, UpdateType updateSource)
            {
                _usesBeginRun = _runPending = true;
                _source = updateSource;
                _command = (updateSource & CommandSources) != 0 && !string.IsNullOrWhiteSpace(argument) ? argument.Trim() : null;
                Advance();
            }

            public bool NextCommand(out string command)
            {
                command = _state != FailoverState.Standby && _replayed < _e.Replay.Count ? _e.Replay[_replayed++] : null;
                return command != null;
            }

            // Set while active when it changes: it travels with the beats and stays in Storage; on the Failover run it is
            // what the previous active left.
            public string AppState
            {
                get { return _e.AppState; }
                set
                {
                    if (value == _e.AppState)
                        return;
                    _e.SetAppState(value);
                    if (_e.Role == FailoverRole.Active)
                    {
                        _e.BeatNow();
                        AfterDecisions();
                    }
                }
            }

            public void SafePoint()
            {
                _e.SafePoint();
                AfterDecisions();
            }

            public bool Yield()
            {
                var done = _e.Yield();
                AfterDecisions();
                return done;
            }

            public void Save()
            {
                _storedTerm = _e.Term;
                _storedYielded = _e.Yielded;
                _p.Storage = Header + _storedTerm + (_storedYielded ? " 1\n" : " 0\n") + _e.AppState;
            }

            public FailoverRole Role => _e.Role;
            public int Rank => _e.Rank;
            public long Term => _e.Term;
            public string Id => _e.Group;
            public int Ignored => _foreign; // from other ships or unknown blocks
            public bool CustomDataChanged { get; private set; } // this run: parsed again into the MyIni

            public IMyProgrammableBlock ActiveBlock
            {
                get
                {
                    IMyProgrammableBlock block;
                    return _e.ActiveId == _p.Me.EntityId ? _p.Me : _blocks.TryGetValue(_e.ActiveId, out block) ? block : null;
                }
            }

            void Advance() => _now += (long)Math.Round(_p.Runtime.TimeSinceLastRun.TotalSeconds * 60);

            // Without BeginRun, a new run shows as a lower instruction count or another time since the last run.
            bool IsNewRun()
            {
                var count = _p.Runtime.CurrentInstructionCount;
                var since = _p.Runtime.TimeSinceLastRun;
                var fresh = count <= _lastCount || since != _lastSince;
                _lastCount = count;
                _lastSince = since;
                return fresh;
            }

            void Process()
            {
                _replayed = _eventsShown = 0;
                _e.Tick(_now);
                CustomDataChanged = _p.Me.CustomData != _customData;
                if (CustomDataChanged)
                    Reconfigure();
                while (_wake.HasPendingMessage)
                    Receive(_wake.AcceptMessage());
                while (_quiet.HasPendingMessage)
                    Receive(_quiet.AcceptMessage());
                IMyProgrammableBlock block;
                for (var i = _e.Peers.Count - 1; i >= 0; i--)
                {
                    var peer = _e.Peers[i];
                    if (_blocks.TryGetValue(peer.Id, out block) && (block.Closed || peer.Working != (block.IsWorking && block.IsSameConstructAs(_p.Me))))
                        Observe(peer, block);
                }
                if (_command != null)
                    Command(_command);
                var f = _p.Runtime.UpdateFrequency;
                _e.Decide((_source & (UpdateType.Update1 | UpdateType.Update10 | UpdateType.Update100)) == 0 ? 0
                    : (f & UpdateFrequency.Update1) != 0 ? 1 : (f & UpdateFrequency.Update10) != 0 ? 10 : 100);
                AfterDecisions();
                _state = _e.Role != FailoverRole.Active ? FailoverState.Standby : _e.TookOver ? FailoverState.Active | FailoverState.Failover : FailoverState.Active;
            }

            void Receive(MyIGCMessage msg)
            {
                FailoverMessage m;
                string group, script;
                IMyProgrammableBlock block;
                if (!FailoverWire.TryDecode(msg.Data, out m, out group, out script)
                    || !_blocks.TryGetValue(msg.Source, out block) && !KnowBlock(msg.Source, out block) || block.Closed || !block.IsSameConstructAs(_p.Me))
                    _foreign++; // not ours, a docked or visiting ship, or an unknown block: takes no part
                else if (group != _e.Group)
                {
                    if (script == _script && script.Length > 0)
                        _e.OtherGroup(msg.Source, group);
                }
                else
                {
                    m.From = msg.Source;
                    _e.Step(m);
                    if (m.Kind == FailoverMessageKind.Beat && m.Role == FailoverRole.Active)
                        for (var i = FailoverWire.ConfirmedCount(msg.Data) - 1; i >= 0; i--)
                            _e.Confirmation(m.From, FailoverWire.ConfirmedAt(msg.Data, i));
                }
            }

            bool KnowBlock(long id, out IMyProgrammableBlock block)
            {
                block = _p.GridTerminalSystem.GetBlockWithId(id) as IMyProgrammableBlock;
                if (block != null)
                    _blocks[id] = block;
                return block != null;
            }

            void Observe(FailoverPeer peer, IMyProgrammableBlock block)
            {
                if (block.Closed)
                {
                    _e.Forget(peer.Id);
                    _blocks.Remove(peer.Id);
                    _console.ClearStatus("failover " + peer.Id);
                    _peerLines.Remove(peer.Id);
                }
                else
                    _e.Observe(peer.Id, !block.IsSameConstructAs(_p.Me) ? PeerCondition.Departed : block.IsWorking ? PeerCondition.Working
                        : !block.IsFunctional ? PeerCondition.Damaged : !block.Enabled ? PeerCondition.Disabled : PeerCondition.Unpowered);
            }

            void Command(string command)
            {
                var space = command.IndexOf(' ');
                if (!string.Equals(space < 0 ? command : command.Substring(0, space), Word, StringComparison.OrdinalIgnoreCase))
                {
                    var standby = _e.Role != FailoverRole.Active;
                    if (_e.Command(command) && standby)
                        _console.Log("Standby: \"" + command + "\" left to " + ActiveName() + " until it confirms");
                }
                else if (command.Substring(space + 1).Trim().Equals("yield", StringComparison.OrdinalIgnoreCase))
                    _e.Yield();
                else
                    _console.Log("Unknown command \"" + command + "\": the failover command is \"failover yield\"", LogLevel.Warning);
            }

            void AfterDecisions()
            {
                foreach (var m in _e.Outbox)
                {
                    _p.IGC.SendBroadcastMessage(m.Wake ? FailoverWire.WakeTag : FailoverWire.QuietTag,
                        _wire.Encode(m, _e.Group, _script, _e.Confirmed), TransmissionDistance.CurrentConstruct);
                    if (m.Kind == FailoverMessageKind.Beat)
                        _e.Confirmed.Clear();
                }
                _e.Outbox.Clear();
                if (_e.WakeAt > 0)
                    _p.Runtime.UpdateFrequency |= UpdateFrequency.Once;
                if (_e.Term != _storedTerm || _e.Yielded != _storedYielded)
                    Save();
                if (_eventsShown < _e.Events.Count || _e.Role != _shownRole || _e.Outvoted != _shownOutvoted || _e.Term != _shownTerm
                    || _now - _peersShownAt >= 600 || _foreign != _foreignShown)
                    Show();
            }

            // [failover] into the script's MyIni (left parsed for its own sections); Custom Data is never written. Bad values
            // never stop the script: each is a problem shown and a safe default (an unusable rank ranks last).
            void ReadConfig(out string id, out int rank, out PreemptMode preempt)
            {
                _problems.Clear();
                _customData = _p.Me.CustomData;
                MyIniParseResult parsed;
                if (!_ini.TryParse(_customData, out parsed))
                    _problems.Add("Custom Data line " + parsed.LineNo + ": " + parsed.Error + " (lines before it are read)");
                id = "default";
                rank = LastRank;
                preempt = PreemptMode.Idle;
                if (!_ini.ContainsSection(Word))
                {
                    _problems.Add("No [failover] in Custom Data: joins id=default, ranks last. Add [failover] id= rank= to run copies.");
                    return;
                }
                var text = _ini.Get(Word, "id").ToString().Trim();
                if (text.Length > 0)
                    id = text;
                else
                    _problems.Add("[failover] id= missing: using id=default. Give every copy on this ship the same id.");
                text = _ini.Get(Word, "rank").ToString().Trim();
                if (!int.TryParse(text, out rank) || rank < 0 || rank == LastRank)
                {
                    rank = LastRank;
                    _problems.Add("[failover] rank=" + text + " is not a whole number from 0: this block ranks last.");
                }
                text = _ini.Get(Word, "preempt").ToString("idle").Trim().ToLowerInvariant();
                preempt = text == "always" ? PreemptMode.Always : text == "never" ? PreemptMode.Never : PreemptMode.Idle;
                if (text != "idle" && preempt == PreemptMode.Idle)
                    _problems.Add("[failover] preempt=" + text + " is not idle, always or never: using idle.");
            }

            void ShowProblems()
            {
                for (var i = 0; i < _problemsShown; i++)
                    _console.ClearStatus("failover config " + i);
                for (_problemsShown = 0; _problemsShown < _problems.Count; _problemsShown++)
                {
                    _console.SetStatus("failover config " + _problemsShown, "Config: " + _problems[_problemsShown]);
                    _console.Log(_problems[_problemsShown], LogLevel.Warning);
                }
            }

            void Reconfigure()
            {
                string id;
                int rank;
                PreemptMode preempt;
                ReadConfig(out id, out rank, out preempt);
                if (id != _e.Group || rank != _e.Rank || preempt != _e.Preempt)
                    _console.Log("Custom Data edited: id=" + id + " rank=" + RankText(rank) + " preempt=" + preempt.ToString().ToLowerInvariant());
                if (id != _e.Group)
                {
                    _blocks.Clear();
                    foreach (var key in _peerLines.Keys)
                        _console.ClearStatus("failover " + key);
                    _peerLines.Clear();
                }
                _e.Reconfigure(id, rank, preempt);
                ShowProblems();
            }

            void Show()
            {
                var e = _e;
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

            class PeerLine
            {
                public string Key, Name;
                public int Rank, State = -1;
                public long Age;
            }

            // One line per peer; a heartbeat period's lateness shows as "<2 s".
            void ShowPeers()
            {
                _peersShownAt = _now;
                foreach (var peer in _e.Peers)
                {
                    PeerLine line;
                    if (!_peerLines.TryGetValue(peer.Id, out line))
                        _peerLines[peer.Id] = line = new PeerLine { Key = "failover " + peer.Id };
                    var state = !peer.Working ? 0 : peer.Id == _e.ActiveId ? 1 : _e.Alive(peer) ? 2 : 3;
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
                        .Append(state == 0 ? ", not working" : state == 1 ? ", active" : state == 2 ? ", standby" : ", silent")
                        .Append(", heard ").Append(age == 0 ? "<2" : age.ToString()).Append(" s ago");
                    _console.SetStatus(line.Key, _line.ToString());
                }
            }

            void Log(FailoverEvent e)
            {
                var reason = Reasons[(int)e.Reason];
                var name = Name(e.Peer);
                var warn = false;
                string text = null;
                switch (e.Kind)
                {
                    case FailoverEventKind.TookOver:
                        text = "ACTIVE (term " + _e.Term + "): " + reason + (e.Number > 0 ? "; replaying " + e.Number + " command(s) the lost active did not confirm" : "");
                        break;
                    case FailoverEventKind.SteppedDown:
                        text = "Standing by: " + reason + (e.Peer != 0 ? " (" + name + " leads)" : "");
                        warn = e.Reason == FailoverReason.OtherActiveWins || e.Reason == FailoverReason.Outvoted;
                        break;
                    case FailoverEventKind.ActiveIs:
                        text = name + " is active (term " + e.Number + ")";
                        break;
                    case FailoverEventKind.ActiveLost:
                        text = "Active " + name + " lost: " + reason;
                        warn = true;
                        break;
                    case FailoverEventKind.PeerJoined:
                        text = name + " (rank " + RankText((int)e.Number) + ") joined";
                        break;
                    case FailoverEventKind.DuplicateRank:
                        text = name + " also has rank " + RankText((int)e.Number) + ": lower EntityId leads. Give each copy its own rank.";
                        warn = true;
                        break;
                    case FailoverEventKind.CommandForwarded:
                        text = "Ran \"" + e.Text + "\", given only to " + name;
                        break;
                    case FailoverEventKind.DuplicateCommand:
                        text = "\"" + e.Text + "\" twice in one tick: run once";
                        break;
                    case FailoverEventKind.CommandDropped:
                        text = e.Reason == FailoverReason.ResumedAfterGap ? "Back after a pause: left \"" + e.Text + "\" to the others"
                            : "Too many commands waiting for the active: dropped \"" + e.Text + "\"";
                        warn = true;
                        break;
                    case FailoverEventKind.YieldedTo:
                        text = (e.Reason == FailoverReason.Failback ? "Handing over to " : "Yielded to ") + name;
                        break;
                    case FailoverEventKind.YieldRefused:
                        warn = _e.Role != FailoverRole.Active;
                        text = warn ? "Not active: \"failover yield\" is for " + ActiveName() : "Cannot yield: no other block can take over";
                        break;
                    case FailoverEventKind.Outvoted:
                        text = e.Number + " block(s) run " + _script + " with id=" + e.Text + " (this one: id=" + _e.Group
                            + "): standing by. Give every copy the same [failover] id.";
                        warn = true;
                        break;
                }
                if (text != null)
                    _console.Log(text, warn ? LogLevel.Warning : LogLevel.Info);
            }

            string Name(long id)
            {
                IMyProgrammableBlock block;
                return id == 0 ? "none" : id == _p.Me.EntityId ? "this block" : _blocks.TryGetValue(id, out block) ? block.CustomName : "block #" + id;
            }

            string ActiveName()
            {
                var peer = _e.Find(_e.ActiveId);
                return _e.ActiveId == 0 ? "the next active (none yet)" : Name(_e.ActiveId) + (peer != null ? " (rank " + RankText(peer.Rank) + ")" : "");
            }

            static string RankText(int rank) => rank == LastRank ? "last" : rank.ToString();
        }
    }
}
