using System;
using System.Collections.Generic;
using Sandbox.ModAPI.Ingame;
using VRage.Game.ModAPI.Ingame.Utilities;

namespace IngameScript
{
    partial class Program
    {
        // Standby (0: compare with ==): another PB leads. Active: act. Failover: with Active on the one run in which this
        // PB became active (a fresh ship's first leader too): warm up first.
        [Flags]
        public enum FailoverState { Standby = 0, Active = 1, Failover = 2 }

        // Runs a script on several PBs of one ship, one active, the others standing by: FailoverElection's adapter to the game.
        public class FailoverManager
        {
            const string Word = "failover", Header = "failover1 ";
            const int LastRank = int.MaxValue;
            static readonly string[] Preempts = { "never", "idle", "always" }, Roles = { "STARTING", "STANDBY", "ACTIVE" },
                States = { "not working", "active", "standby", "silent" }, Reasons =
                {
                    "configuration changed", "no block was active", "the active block was destroyed", "the active block is damaged",
                    "the active block was switched off", "the active block has no power", "the active block left this ship",
                    "no heartbeat from the active (its script stopped)", "the active's script restarted", "the active stepped down",
                    "the active did not confirm a command (its script stopped)", "another block lost the active", "the active yielded",
                    "failback to a better rank", "two blocks were active; the other wins (higher term, lower rank)",
                    "the other blocks lost contact with this one", "this block did not run for a while", "another id outnumbers this one",
                };
            // Log lines by FailoverEventKind, for string.Format: {0} reason, {1} peer, {2} number, {3} number as a rank, {4} text,
            // {5} term, {6} the active, {7} script, {8} id. "!": a warning. After '|': the variant (Log).
            static readonly string[] Texts =
            {
                "ACTIVE (term {5}): {0}|ACTIVE (term {5}): {0}; replaying {2} command(s) the lost active did not confirm",
                "Standing by: {0}|Standing by: {0} ({1} leads)", "{1} is active (term {2})", "!Active {1} lost: {0}",
                "{1} (rank {3}) joined", "!{1} also has rank {3}: lower EntityId leads. Give each copy its own rank.", "",
                "Ran \"{4}\", given only to {1}", "\"{4}\" twice in one tick: run once",
                "!Too many commands waiting for the active: dropped \"{4}\"|!Back after a pause: left \"{4}\" to the others",
                "Yielded to {1}|Handing over to {1}", "Cannot yield: no other block can take over|!Not active: \"failover yield\" is for {6}",
                "!{2} block(s) run {7} with id={4} (this one: id={8}): standing by. Give every copy the same [failover] id.",
            };

            readonly Program _p; // not MyGridProgram: only code inside Program may set its protected Storage
            readonly IConsole _console;
            readonly MyIni _ini;
            FailoverElection _e; // made by the first Configure
            readonly FailoverWire _wire = new FailoverWire();
            readonly IMyBroadcastListener _wake, _quiet;
            readonly string _script;
            readonly Dictionary<long, IMyProgrammableBlock> _blocks = new Dictionary<long, IMyProgrammableBlock>();
            // What each peer's line shows (age, state and rank in one number; name), so an unchanged one is not rebuilt.
            readonly Dictionary<long, KeyValuePair<long, string>> _peerLines = new Dictionary<long, KeyValuePair<long, string>>();
            string _customData, _command, _shownGroup, _shownActive;
            long _now, _storedTerm = -1, _shownTerm = -1, _peersShownAt = long.MinValue;
            bool _usesBeginRun, _runPending, _storedYielded, _shownOutvoted;
            int _shownRank, _lastCount = int.MaxValue, _replayed, _eventsShown, _foreign, _foreignShown, _problems;
            TimeSpan _lastSince = TimeSpan.MinValue;
            FailoverRole _shownRole = (FailoverRole)(-1);
            UpdateType _source;
            FailoverState _state;

            public FailoverManager(Program program, IConsole console, MyIni ini)
            {
                _p = program;
                _console = console;
                _ini = ini;
                _script = console.ScriptName ?? "";
                Configure();
                _wake = program.IGC.RegisterBroadcastListener(FailoverWire.WakeTag);
                _wake.SetMessageCallback("");
                _quiet = program.IGC.RegisterBroadcastListener(FailoverWire.QuietTag);
                // Storage: "failover1 <term> <yielded>", then the app state.
                var s = program.Storage;
                var nl = s.IndexOf('\n');
                var ours = s.StartsWith(Header) && nl > 0;
                long term = 0;
                if (ours) long.TryParse(s.Substring(Header.Length, nl - Header.Length).Split(' ')[0], out term);
                _e.Start(term, ours && s[nl - 1] == '1', ours ? s.Substring(nl + 1) : "");
                AfterDecisions();
            }

            public FailoverState ActiveCheck
            {
                get
                {
                    if (!_usesBeginRun && IsNewRun()) Advance();
                    if (_runPending)
                    {
                        _runPending = false;
                        Process();
                    }
                    return _state;
                }
            }

            // First in Main: a standby keeps the run's command until the active confirms it; whoever takes over replays
            // what the lost active did not run.
            public void BeginRun(string argument, UpdateType updateSource)
            {
                _usesBeginRun = true;
                _source = updateSource;
                _command = (updateSource & (UpdateType.Terminal | UpdateType.Trigger | UpdateType.Script | UpdateType.Mod)) != 0
                    && !string.IsNullOrWhiteSpace(argument) ? argument.Trim() : null;
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
                    if (value == _e.AppState) return;
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

            void Advance()
            {
                _now += (long)Math.Round(_p.Runtime.TimeSinceLastRun.TotalSeconds * 60);
                _runPending = true;
            }

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
                if (CustomDataChanged) Configure();
                while (_wake.HasPendingMessage)
                    Receive(_wake.AcceptMessage());
                while (_quiet.HasPendingMessage)
                    Receive(_quiet.AcceptMessage());
                IMyProgrammableBlock block;
                for (var i = _e.Peers.Count - 1; i >= 0; i--)
                {
                    var id = _e.Peers[i].Id;
                    if (!_blocks.TryGetValue(id, out block)) continue;
                    if (block.Closed)
                    {
                        _e.Forget(id);
                        _blocks.Remove(id);
                        _console.ClearStatus("failover " + id);
                        _peerLines.Remove(id);
                    }
                    else if (_e.Peers[i].Working != (block.IsWorking && block.IsSameConstructAs(_p.Me)))
                        _e.Observe(id, !block.IsSameConstructAs(_p.Me) ? PeerCondition.Departed : block.IsWorking ? PeerCondition.Working
                            : !block.IsFunctional ? PeerCondition.Damaged : !block.Enabled ? PeerCondition.Disabled : PeerCondition.Unpowered);
                }
                if (_command != null) Command(_command);
                var f = _p.Runtime.UpdateFrequency;
                _e.Decide((_source & (UpdateType.Update1 | UpdateType.Update10 | UpdateType.Update100)) == 0 ? 0
                    : (f & UpdateFrequency.Update1) != 0 ? 1 : (f & UpdateFrequency.Update10) != 0 ? 10 : 100);
                AfterDecisions();
                _state = _e.Role != FailoverRole.Active ? FailoverState.Standby : FailoverState.Active | (_e.TookOver ? FailoverState.Failover : 0);
            }

            void Receive(MyIGCMessage msg)
            {
                FailoverMessage m;
                string group, script;
                IMyProgrammableBlock block;
                if (!FailoverWire.TryDecode(msg.Data, out m, out group, out script) || !_blocks.TryGetValue(msg.Source, out block)
                    && !KnowBlock(msg.Source, out block) || block.Closed || !block.IsSameConstructAs(_p.Me))
                    _foreign++; // not ours, a docked or visiting ship, or an unknown block: takes no part
                else if (group == _e.Group)
                {
                    m.From = msg.Source;
                    _e.Step(m);
                    if (m.Kind == FailoverMessageKind.Beat && m.Role == FailoverRole.Active)
                        for (var i = FailoverWire.ConfirmedCount(msg.Data) - 1; i >= 0; i--)
                            _e.Confirmation(m.From, FailoverWire.ConfirmedAt(msg.Data, i));
                }
                else if (script == _script && script.Length > 0)
                    _e.OtherGroup(msg.Source, group);
            }

            bool KnowBlock(long id, out IMyProgrammableBlock block)
            {
                block = _p.GridTerminalSystem.GetBlockWithId(id) as IMyProgrammableBlock;
                if (block != null) _blocks[id] = block;
                return block != null;
            }

            void Command(string command)
            {
                if (!(command + " ").StartsWith(Word + " ", StringComparison.OrdinalIgnoreCase))
                {
                    var standby = _e.Role != FailoverRole.Active;
                    if (_e.Command(command) && standby)
                        _console.Log("Standby: \"" + command + "\" left to " + ActiveName() + " until it confirms");
                }
                else if (command.Substring(Word.Length).Trim().Equals("yield", StringComparison.OrdinalIgnoreCase))
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
                    if (m.Kind == FailoverMessageKind.Beat) _e.Confirmed.Clear();
                }
                _e.Outbox.Clear();
                if (_e.WakeAt > 0) _p.Runtime.UpdateFrequency |= UpdateFrequency.Once;
                if (_e.Term != _storedTerm || _e.Yielded != _storedYielded) Save();
                if (_eventsShown < _e.Events.Count || _e.Role != _shownRole || _e.Outvoted != _shownOutvoted || _e.Term != _shownTerm
                    || _now - _peersShownAt >= 600 || _foreign != _foreignShown)
                    Show();
            }

            // [failover] into the script's MyIni (left parsed for its own sections), then into the election; Custom Data is
            // never written. Bad values never stop the script: each is a problem shown and a safe default.
            void Configure()
            {
                var problems = new List<string>();
                MyIniParseResult parsed;
                if (!_ini.TryParse(_customData = _p.Me.CustomData, out parsed))
                    problems.Add("Custom Data line " + parsed.LineNo + ": " + parsed.Error + " (lines before it are read)");
                var id = _ini.Get(Word, "id").ToString().Trim();
                var text = _ini.Get(Word, "rank").ToString().Trim();
                var word = _ini.Get(Word, "preempt").ToString("idle").Trim().ToLowerInvariant();
                int rank;
                if (!int.TryParse(text, out rank) || rank < 0) rank = LastRank;
                var i = Array.IndexOf(Preempts, word);
                var preempt = i < 0 ? PreemptMode.Idle : (PreemptMode)i;
                if (!_ini.ContainsSection(Word))
                    problems.Add("No [failover] in Custom Data: joins id=default, ranks last. Add [failover] id= rank= to run copies.");
                else
                {
                    if (id.Length == 0)
                        problems.Add("[failover] id= missing: using id=default. Give every copy on this ship the same id.");
                    if (rank == LastRank)
                        problems.Add("[failover] rank=" + text + " is not a whole number from 0: this block ranks last.");
                    if (i < 0)
                        problems.Add("[failover] preempt=" + word + " is not idle, always or never: using idle.");
                }
                if (id.Length == 0) id = "default";
                if (_e == null)
                    _e = new FailoverElection(_p.Me.EntityId, id, rank, preempt);
                else
                {
                    if (id != _e.Group || rank != _e.Rank || preempt != _e.Preempt)
                        _console.Log("Custom Data edited: id=" + id + " rank=" + RankText(rank) + " preempt=" + Preempts[(int)preempt]);
                    if (id != _e.Group)
                    {
                        _blocks.Clear();
                        foreach (var key in _peerLines.Keys)
                            _console.ClearStatus("failover " + key);
                        _peerLines.Clear();
                    }
                    _e.Reconfigure(id, rank, preempt);
                }
                for (i = 0; i < _problems; i++)
                    _console.ClearStatus("failover config " + i);
                for (_problems = 0; _problems < problems.Count; _problems++)
                {
                    _console.SetStatus("failover config " + _problems, "Config: " + problems[_problems]);
                    _console.Log(problems[_problems], LogLevel.Warning);
                }
            }

            void Show()
            {
                var e = _e;
                for (; _eventsShown < e.Events.Count; _eventsShown++)
                    Log(e.Events[_eventsShown]);
                var main = _console as MainConsole;
                if (main != null) main.SharedSurfaces = e.Role == FailoverRole.Active;
                var active = Name(e.ActiveId);
                if (e.Role != _shownRole || e.Outvoted != _shownOutvoted || e.Rank != _shownRank || e.Term != _shownTerm
                    || e.Group != _shownGroup || (object)active != _shownActive)
                {
                    _shownRole = e.Role;
                    _shownOutvoted = e.Outvoted;
                    _shownRank = e.Rank;
                    _shownTerm = e.Term;
                    _shownGroup = e.Group;
                    _shownActive = active;
                    _console.SetStatus(Word, Roles[(int)e.Role] + "  rank " + RankText(e.Rank) + "  term " + e.Term + "  id=" + e.Group
                        + (e.Role == FailoverRole.Starting ? ": asking which block is active" : e.Role == FailoverRole.Active ? ""
                        : e.Outvoted ? ": id conflict, never leads" : e.ActiveId != 0 ? ": active is " + ActiveName() : ": electing a new active"));
                }
                if (_foreign != _foreignShown)
                    _console.SetStatus("failover ignored", "Ignored " + (_foreignShown = _foreign) + " message(s) from other ships or unknown blocks");
                if (e.Events.Count > 0 || _now - _peersShownAt >= 600) ShowPeers();
            }

            // One line per peer; a heartbeat period's lateness shows as "<2 s".
            void ShowPeers()
            {
                _peersShownAt = _now;
                foreach (var p in _e.Peers)
                {
                    var age = (_now - p.Heard) / 60;
                    age = age < 2 ? 0 : age;
                    var state = !p.Working ? 0 : p.Id == _e.ActiveId ? 1 : _e.Alive(p) ? 2 : 3;
                    var line = new KeyValuePair<long, string>(((age * 4 + state) << 32) + p.Rank, Name(p.Id));
                    KeyValuePair<long, string> shown;
                    if (_peerLines.TryGetValue(p.Id, out shown) && shown.Key == line.Key && (object)shown.Value == line.Value)
                        continue;
                    _peerLines[p.Id] = line;
                    _console.SetStatus("failover " + p.Id, "  " + line.Value + ": rank " + RankText(p.Rank) + ", " + States[state]
                        + ", heard " + (age == 0 ? "<2" : age.ToString()) + " s ago");
                }
            }

            void Log(FailoverEvent e)
            {
                var k = e.Kind;
                var alt = k == FailoverEventKind.TookOver ? e.Number > 0 : k == FailoverEventKind.SteppedDown ? e.Peer != 0
                    : k == FailoverEventKind.YieldRefused ? _e.Role != FailoverRole.Active
                    : e.Reason == FailoverReason.ResumedAfterGap || e.Reason == FailoverReason.Failback;
                var texts = Texts[(int)k].Split('|');
                var text = texts[alt ? texts.Length - 1 : 0];
                if (text.Length > 0)
                    _console.Log(string.Format(text.TrimStart('!'), Reasons[(int)e.Reason], Name(e.Peer), e.Number, RankText((int)e.Number),
                        e.Text, _e.Term, ActiveName(), _script, _e.Group), text[0] == '!' || e.Reason == FailoverReason.OtherActiveWins
                        || e.Reason == FailoverReason.Outvoted ? LogLevel.Warning : LogLevel.Info);
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
