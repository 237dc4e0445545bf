using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Ingame;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRage.Game.ModAPI.Ingame.Utilities;

namespace IngameScript
{
    partial class Program
    {
        // Every airlock of this ship: block groups "Airlock <name>" (this construct's blocks only), settings from the
        // PB's Custom Data, the players' commands, the state a takeover goes on from.
        public class Airlocks
        {
            const string Verbs = "cycle, inner, outer, close, lock, unlock, force, rescan, status, failover yield", Section = "airlock";
            static readonly string[] Commands = { "cycle", "inner", "outer", "close", "lock", "unlock", "force" };

            readonly Program _program;
            readonly IConsole _console;
            readonly MyIni _ini, _doorIni = new MyIni();
            readonly MyCommandLine _command = new MyCommandLine();
            readonly List<IMyBlockGroup> _groups = new List<IMyBlockGroup>();
            readonly List<IMyTerminalBlock> _blocks = new List<IMyTerminalBlock>();
            readonly Dictionary<string, string> _warned = new Dictionary<string, string>();
            readonly StringBuilder _text = new StringBuilder();
            public readonly List<Airlock> All = new List<Airlock>();
            string _found = "", _state = "";
            long _stateKey = -1;

            public Airlocks(Program program, IConsole console, MyIni ini)
            {
                _program = program;
                _console = console;
                _ini = ini;
            }

            public bool AnyCycling { get; private set; }
            public bool AnyBusy { get; private set; }
            public long LastScan { get; private set; }

            public void Scan(long now)
            {
                LastScan = now;
                var me = _program.Me;
                _program.GridTerminalSystem.GetBlockGroups(_groups, g => g.Name.StartsWith("Airlock ", StringComparison.OrdinalIgnoreCase));
                var kept = new List<Airlock>();
                _text.Clear();
                foreach (var group in _groups)
                {
                    group.GetBlocks(_blocks, b => b.IsSameConstructAs(me));
                    if (_blocks.Count == 0)
                        continue; // a docked ship's airlock
                    var airlock = All.Find(a => a.Name == group.Name) ?? new Airlock(group.Name, new AirlockSettings());
                    airlock.Clear();
                    var hangar = false;
                    foreach (var block in _blocks)
                        hangar |= Sort(airlock, block);
                    Configure(airlock.Cycle.Settings, group.Name, hangar);
                    if (airlock.Vents.Count == 0 || airlock.Inner.Count == 0 || airlock.Outer.Count == 0)
                        Warn(group.Name, group.Name + " needs an inner door, an outer door and an air vent", "");
                    kept.Add(airlock);
                    _text.Append(group.Name).Append(" (").Append(airlock.Inner.Count).Append(" inner, ").Append(airlock.Outer.Count)
                        .Append(" outer door(s), ").Append(airlock.Vents.Count).Append(" vent(s)); ");
                }
                foreach (var airlock in All)
                    if (!kept.Contains(airlock))
                        _console.ClearStatus("airlock " + airlock.Key);
                All.Clear();
                All.AddRange(kept);
                if (_text.ToString() != _found)
                {
                    _found = _text.ToString();
                    _console.Log(All.Count == 0 ? "No airlock: group its doors and vents as \"Airlock <name>\"" : "Airlocks: " + _found);
                }
            }

            // True for a hangar door (slow).
            bool Sort(Airlock airlock, IMyTerminalBlock block)
            {
                var door = block as IMyDoor;
                if (door != null)
                {
                    var side = SideOf(door, airlock.Name);
                    (side == Side.Inner ? airlock.Inner : side == Side.Outer ? airlock.Outer : null)?.Add(door);
                    return door is IMyAirtightHangarDoor;
                }
                if (block is IMyAirVent)
                    airlock.Vents.Add((IMyAirVent)block);
                else if (block is IMyLightingBlock)
                    airlock.Lights.Add((IMyLightingBlock)block);
                else if (block is IMySoundBlock)
                    airlock.Sounds.Add((IMySoundBlock)block);
                else if (block is IMyTextPanel)
                {
                    airlock.Screens.Add((IMyTextPanel)block);
                    ((IMyTextPanel)block).ContentType = VRage.Game.GUI.TextPanel.ContentType.TEXT_AND_IMAGE;
                }
                return false;
            }

            // [airlock] side=inner|outer in the door's Custom Data, else Inner or Outer in its name.
            Side SideOf(IMyDoor door, string airlock)
            {
                var text = MyIni.HasSection(door.CustomData, Section) && _doorIni.TryParse(door.CustomData, Section)
                    ? _doorIni.Get(Section, "side").ToString().ToLowerInvariant() : "";
                var name = door.CustomName.ToLowerInvariant();
                if (text.Length == 0)
                    text = name.Contains("inner") ? "inner" : name.Contains("outer") ? "outer" : "";
                if (text == "inner" || text == "outer")
                    return text == "inner" ? Side.Inner : Side.Outer;
                Warn(door.EntityId.ToString(), airlock + ": is \"" + door.CustomName + "\" inner or outer? Put it in its name, or [airlock] side=inner in its Custom Data", door.CustomName + door.CustomData);
                return Side.None;
            }

            // [airlock] in the PB's Custom Data for every airlock, [airlock <name>] for one. Percent and seconds.
            void Configure(AirlockSettings s, string name, bool hangar)
            {
                // [airlock Port] or [airlock Airlock Port]
                var one = Section + " " + (_ini.ContainsSection(Section + " " + name) ? name : Airlock.KeyOf(name));
                s.Tolerance = Number(one, "tolerance", 5, 100) / 100;
                s.Inside = Number(one, "inside", 100, 100) / 100;
                s.Outside = Number(one, "outside", 0, 100) / 100;
                s.DoorTicks = (int)(Number(one, "doorTimeout", hangar ? 15 : 5, 3600) * 60);
                s.PumpTicks = (int)(Number(one, "pumpTimeout", 20, 3600) * 60);
                s.AutoCloseTicks = (int)(Number(one, "autoClose", 5, 3600) * 60);
                s.LockIdle = _ini.Get(one, "lockIdle").ToBoolean(_ini.Get(Section, "lockIdle").ToBoolean(true));
            }

            double Number(string one, string key, double fallback, double max)
            {
                var section = _ini.ContainsKey(one, key) ? one : Section;
                var v = _ini.Get(section, key);
                var text = v.ToString();
                double value;
                if (text.Length == 0)
                    return fallback;
                if (v.TryGetDouble(out value) && value >= 0 && value <= max)
                    return value;
                Warn(section + key, "[" + section + "] " + key + "=" + text + " is not a number from 0 to " + max + ": using " + fallback, text);
                return fallback;
            }

            // Logged once, again only when its cause changed.
            void Warn(string id, string message, string cause)
            {
                string seen;
                if (_warned.TryGetValue(id, out seen) && seen == cause)
                    return;
                _warned[id] = cause;
                _console.Log(message, LogLevel.Warning);
            }

            public void Update(long now)
            {
                AnyCycling = AnyBusy = false;
                foreach (var a in All)
                {
                    var c = a.Cycle;
                    c.Update(a.Look(), now);
                    a.Apply();
                    if (c.Message != null)
                        _console.Log(a.Name + ": " + c.Message, c.Phase == Phase.Error ? LogLevel.Error : LogLevel.Info);
                    if (a.Show())
                        _console.SetStatus("airlock " + a.Key, a.Status);
                    AnyCycling |= c.Cycling;
                    AnyBusy |= c.Busy;
                }
            }

            // A standby shows no airlock: what it showed when it last led would go stale.
            public void Hide()
            {
                foreach (var a in All)
                {
                    _console.ClearStatus("airlock " + a.Key);
                    a.Unshow();
                }
            }

            // One spelling per command (any case, quotes, spacing, with or without "Airlock"), so that the same command
            // from two triggers in one tick is run once.
            public string Canonical(string text)
            {
                string verb, name;
                if (!Parse(text, out verb, out name) || Array.IndexOf(Commands, verb) < 0)
                    return text;
                var key = Airlock.KeyOf(name);
                return verb + (key.Length == 0 ? "" : key == "all" ? " all" : " airlock " + key);
            }

            bool Parse(string text, out string verb, out string name)
            {
                verb = name = "";
                if (string.IsNullOrWhiteSpace(text) || !_command.TryParse(text))
                    return false;
                verb = _command.Argument(0).ToLowerInvariant();
                for (var i = 1; i < _command.ArgumentCount; i++)
                    name += (i > 1 ? " " : "") + _command.Argument(i);
                return true;
            }

            public void Command(string text, long now)
            {
                string verb, name;
                if (!Parse(text, out verb, out name))
                    return;
                var key = Airlock.KeyOf(name);
                var airlock = All.Count == 1 && key.Length == 0 ? All[0] : All.Find(a => a.Key == key);
                if (verb == "rescan")
                {
                    Scan(now);
                    _console.Log("Rescanned: " + All.Count + " airlock(s)");
                }
                else if (verb == "status")
                    foreach (var a in All)
                        _console.Log(a.Status);
                else if (Array.IndexOf(Commands, verb) < 0)
                    _console.Log("Unknown command \"" + text + "\": use " + Verbs, LogLevel.Warning);
                else if (key == "all" && (verb == "close" || verb == "lock" || verb == "unlock"))
                    foreach (var a in All)
                        Run(a, verb, now);
                else if (airlock != null)
                    Run(airlock, verb, now);
                else
                    _console.Log((key.Length == 0 ? "Which airlock? " : "No airlock \"" + key + "\": ")
                        + "there are " + (All.Count == 0 ? "none" : string.Join(", ", All.ConvertAll(a => a.Name))), LogLevel.Warning);
            }

            void Run(Airlock a, string verb, long now)
            {
                var done = a.Cycle.Command(verb, a.Look(), now);
                var c = a.Cycle;
                _console.Log(a.Name + ": " + (c.Message ?? (c.Cycling ? "cycling to the " + AirlockCycle.Name(c.Target) + " side" : verb + (verb.EndsWith("e") ? "d" : "ed"))),
                    done ? LogLevel.Info : LogLevel.Warning);
            }

            // For the heartbeat and Storage: a line per airlock (name, phase, target), rebuilt only when one changed.
            public string State()
            {
                long key = All.Count;
                foreach (var a in All)
                    key = ((key * 31 + (int)a.Cycle.Phase) * 3 + (int)a.Cycle.Target) * 48 + (int)a.Cycle.StalledIn * 8 + (int)a.Cycle.Stall;
                if (key == _stateKey)
                    return _state;
                _stateKey = key;
                _text.Clear();
                foreach (var a in All)
                    _text.Append(a.Name).Append('\t').Append((int)a.Cycle.Phase).Append('\t').Append((int)a.Cycle.Target)
                        .Append('\t').Append((int)a.Cycle.StalledIn).Append('\t').Append((int)a.Cycle.Stall).Append('\n');
                return _state = _text.ToString();
            }

            // name, phase, target, stalled-in phase, stall (older states have the first three)
            public void Restore(string state, long now)
            {
                foreach (var line in state.Split('\n'))
                {
                    var f = line.Split('\t');
                    int phase, target, stalledIn = 1, stall = 0;
                    var a = f.Length >= 3 ? All.Find(x => x.Name == f[0]) : null;
                    if (a != null && int.TryParse(f[1], out phase) && int.TryParse(f[2], out target) && phase >= 0 && phase <= (int)Phase.Locked && target >= 0 && target <= 2
                        && (f.Length < 5 || int.TryParse(f[3], out stalledIn) && int.TryParse(f[4], out stall) && stalledIn >= 0 && stalledIn <= (int)Phase.Locked && stall >= 0 && stall <= (int)Stall.Breach))
                        a.Cycle.Restore((Phase)phase, (Side)target, (Phase)stalledIn, (Stall)stall, now);
                }
            }
        }
    }
}
