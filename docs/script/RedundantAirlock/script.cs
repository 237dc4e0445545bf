// Redundant Airlock: every airlock of the ship, run by 2-3 programmable blocks (PBs) with failover.
// Full guide: docs/setup.md in the RedundantAirlock repository.
// 
// 1. Group each airlock's doors and air vents (and its lights, sound blocks, LCDs) as "Airlock <name>".
//    A door is inner or outer by Inner/Outer in its name, or [airlock] side=inner in its Custom Data.
// 2. Put this script on 2 or 3 PBs of the ship. Custom Data of each, rank 0, 1, 2 (lowest working leads):
//    [failover]
//    id=ship
//    rank=0
//    Optional settings, the same on every PB: [airlock] for all airlocks, [airlock Airlock <name>] for one;
//    one key per line, defaults: tolerance=5 inside=100 outside=0 (% oxygen), doorTimeout=5 (15 with a
//    hangar door) pumpTimeout=20 autoClose=5 (seconds, 0: never), lockIdle=true
// 3. One timer block per airlock; its toolbar: "Run" on EVERY PB, argument: cycle Airlock <name>
//    Buttons and sensors: "Trigger now" on that timer. Standbys ignore the command.
// 
// Commands: cycle|inner|outer|force <airlock>, close|lock|unlock <airlock|all>, rescan, status,
// failover yield. A stalled airlock stays sealed: fix the cause in the log, or run force.
// 
// One airlock's blocks: what they show goes into its cycle, what the cycle decides goes back to them, and its
// lights, sound blocks, LCDs and console line show its state.
public class Airlock
{
    public readonly string Name, Key;
    public readonly AirlockCycle Cycle;
    public readonly List<IMyDoor> Inner = new List<IMyDoor>(), Outer = new List<IMyDoor>();
    public readonly List<IMyAirVent> Vents = new List<IMyAirVent>();
    public readonly List<IMyLightingBlock> Lights = new List<IMyLightingBlock>();
    public readonly List<IMySoundBlock> Sounds = new List<IMySoundBlock>();
    public readonly List<IMyTextPanel> Screens = new List<IMyTextPanel>();
    // Names spelled out: a minifier renames enum members, and with them what ToString says.
    static readonly string[] Phases = { "idle", "closing", "pumping", "opening", "error", "locked" },
        Stalls = { "None", "DoorStuck", "DoorBroken", "NoVent", "PumpStalled", "Breach" };
    AirlockView _view;
    Phase _shownPhase = (Phase)(-1);
    Side _shownTarget;
    int _shownPercent = -1;

    public Airlock(string name, AirlockSettings settings)
    {
        Name = name;
        Key = KeyOf(name);
        Cycle = new AirlockCycle(settings);
    }

    public string Status { get; private set; } = "";

    // As players type a name: any case, with or without "Airlock", quoted or not.
    public static string KeyOf(string name)
    {
        name = name.Trim().Trim('"').Trim().ToLowerInvariant();
        return name.StartsWith("airlock ") ? name.Substring(8).Trim() : name == "airlock" ? "" : name;
    }

    public void Clear()
    {
        Inner.Clear();
        Outer.Clear();
        Vents.Clear();
        Lights.Clear();
        Sounds.Clear();
        Screens.Clear();
    }

    public AirlockView Look()
    {
        _view.Inner = Look(Inner);
        _view.Outer = Look(Outer);
        var level = 0.0;
        _view.Vents = 0;
        _view.Airtight = true;
        foreach (var vent in Vents)
            if (vent.IsWorking && !vent.Closed)
            {
                _view.Vents++;
                level += vent.GetOxygenLevel();
                _view.Airtight &= vent.CanPressurize;
            }
        _view.Level = _view.Vents > 0 ? level / _view.Vents : 0;
        return _view;
    }

    static SideView Look(List<IMyDoor> doors)
    {
        var side = new SideView { Doors = doors.Count };
        foreach (var door in doors)
        {
            var status = door.Closed ? DoorStatus.Open : door.Status; // a door that is gone leaves a hole
            var works = !door.Closed && door.IsWorking;
            if (status == DoorStatus.Closed)
                side.Closed++;
            else if (!works)
                side.Broken++;
            if (status == DoorStatus.Open)
                side.Open++;
            if (!door.Closed && door.IsFunctional && (works || !door.Enabled))
                side.Usable++;
        }
        return side;
    }

    public void Apply()
    {
        Move(Inner, Cycle.InnerDoors, Cycle.LockInner);
        Move(Outer, Cycle.OuterDoors, Cycle.LockOuter);
        if (Cycle.Depressurize.HasValue)
            foreach (var vent in Vents)
                if (vent.Depressurize != Cycle.Depressurize.Value)
                    vent.Depressurize = Cycle.Depressurize.Value;
    }

    // Locked means switched off, and only once closed: switched off in mid-travel a door would stop unsealed.
    static void Move(List<IMyDoor> doors, DoorIntent intent, bool locked)
    {
        foreach (var door in doors)
        {
            var status = door.Status;
            var closed = status == DoorStatus.Closed;
            if (door.Enabled == (locked && closed))
                door.Enabled = !(locked && closed);
            if (intent == DoorIntent.Open && status != DoorStatus.Open && status != DoorStatus.Opening)
                door.OpenDoor();
            else if (intent == DoorIntent.Close && !closed && status != DoorStatus.Closing)
                door.CloseDoor();
        }
    }

    public void Unshow() { _shownPhase = (Phase)(-1); }

    // Console line, LCDs, lights and sound, rewritten only when what they show changed.
    public bool Show()
    {
        var c = Cycle;
        var percent = (int)Math.Round(_view.Level * 100);
        if (c.Phase == _shownPhase && c.Target == _shownTarget && (percent == _shownPercent || c.Phase != Phase.Pumping && Math.Abs(percent - _shownPercent) < 5))
            return false;
        var entered = c.Phase != _shownPhase;
        _shownPhase = c.Phase;
        _shownTarget = c.Target;
        _shownPercent = percent;
        var what = c.Phase == Phase.Idle ? (c.Safe(Side.Inner, _view) ? "ready inside" : c.Safe(Side.Outer, _view) ? "ready outside" : "idle")
            : c.Phase == Phase.Locked ? "LOCKED"
            : c.Phase == Phase.Error ? "ERROR: " + Stalls[(int)c.Stall] + " in " + Phases[(int)c.StalledIn] + ", force to go on"
            : Phases[(int)c.Phase] + " to " + AirlockCycle.Name(c.Target);
        Status = Name + ": " + what + ", O2 " + percent + "%";
        foreach (var screen in Screens)
            screen.WriteText(Name + "\n" + what + "\nO2 " + percent + "%");
        if (entered)
        {
            var color = c.Phase == Phase.Idle ? Color.Green : c.Cycling ? Color.Yellow : Color.Red;
            foreach (var light in Lights)
            {
                light.Color = color;
                light.BlinkIntervalSeconds = c.Cycling || c.Phase == Phase.Error ? 1 : 0;
                light.BlinkLength = 50;
            }
            foreach (var sound in Sounds)
                if (c.Phase == Phase.Error)
                    sound.Play();
                else
                    sound.Stop();
        }
        return true;
    }
}
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
public enum Side { None, Inner, Outer }
public enum Phase { Idle, Closing, Pumping, Opening, Error, Locked }
public enum DoorIntent { Leave, Open, Close }
public enum Stall { None, DoorStuck, DoorBroken, NoVent, PumpStalled, Breach }

// The doors of one side. Usable: can open once switched on (a locked door is switched off, not broken).
// Broken: not closed and not working, so it cannot close.
public struct SideView
{
    public int Doors, Closed, Open, Usable, Broken;
    public bool AllClosed => Closed == Doors;
}

public struct AirlockView
{
    public SideView Inner, Outer;
    public int Vents;      // working air vents
    public double Level;   // chamber oxygen 0..1, as the vents report it
    public bool Airtight;  // every working vent can pressurize
    public SideView Of(Side side) => side == Side.Outer ? Outer : Inner;
}

// Levels 0..1, times in ticks.
public class AirlockSettings
{
    public double Inside = 1, Outside, Tolerance = 0.05;
    public int DoorTicks = 300, PumpTicks = 1200, AutoCloseTicks = 300;
    public bool LockIdle = true;
    public double LevelOf(Side side) => side == Side.Outer ? Outside : Inside;
}

// One airlock's cycle, a pure state machine: commands and views in, door, lock and vent intents out. Close and
// lock every door, pump to the target side's level, open that side, close it after a delay. Each phase has a
// timeout; a stall seals everything until `force`. Unforced, it opens a door only while every door of the other
// side is closed and the chamber is within the tolerance of the side's level.
public class AirlockCycle
{
    public readonly AirlockSettings Settings;
    long _since, _autoCloseAt = -1;
    bool _closeAll;

    public AirlockCycle(AirlockSettings settings) { Settings = settings; }

    public Phase Phase { get; private set; }
    public Phase StalledIn { get; private set; }
    public Stall Stall { get; private set; }
    public Side Target { get; private set; }
    public bool Forced { get; private set; }
    public DoorIntent InnerDoors { get; private set; }
    public DoorIntent OuterDoors { get; private set; }
    public bool LockInner { get; private set; }
    public bool LockOuter { get; private set; }
    public bool? Depressurize { get; private set; } // null: leave the vents as they are
    public string Message { get; private set; }     // worth a log line, once
    public bool Cycling => Phase >= Phase.Closing && Phase <= Phase.Opening;
    public bool Busy => Cycling || _autoCloseAt >= 0 || _closeAll;

    public static Side Other(Side side) => side == Side.Outer ? Side.Inner : Side.Outer;
    public static string Name(Side side) => side == Side.Outer ? "outer" : "inner";
    public static string Percent(double level) => Math.Round(level * 100) + "%";
    public bool Safe(Side side, AirlockView v) => v.Vents > 0 && Math.Abs(v.Level - Settings.LevelOf(side)) <= Settings.Tolerance;

    // A player's command; false (with Message) when refused.
    public bool Command(string verb, AirlockView v, long now)
    {
        Message = null;
        switch (verb)
        {
            case "cycle":
                var inner = Safe(Side.Inner, v);
                return Begin(Cycling || inner == Safe(Side.Outer, v) ? Other(Target) : inner ? Side.Outer : Side.Inner, now);
            case "inner":
            case "outer":
                var side = verb == "inner" ? Side.Inner : Side.Outer;
                if (!Begin(side, now))
                    return false;
                // Already at that side's level with the other side closed: open it, close nothing.
                if (Safe(side, v) && v.Of(Other(side)).AllClosed)
                    To(Phase.Opening, now);
                return true;
            case "close":
            case "lock":
                _autoCloseAt = -1;
                _closeAll = verb == "close";
                if (verb == "lock" || Phase != Phase.Locked)
                    To(verb == "lock" ? Phase.Locked : Phase.Idle, now);
                return true;
            case "unlock":
                if (Phase == Phase.Locked)
                    To(Phase.Idle, now);
                return true;
        }
        // force: through the stalled or current phase, deliberately.
        if (verb != "force" || !Cycling && Phase != Phase.Error)
        {
            Message = verb == "force" ? "nothing to force" : "unknown command " + verb;
            return false;
        }
        Forced = true;
        var from = Phase == Phase.Error ? StalledIn : Phase;
        Message = from == Phase.Closing ? "forced on with a door not closed: air may leak"
            : from == Phase.Pumping ? "forced open at " + Percent(v.Level) + " oxygen: the difference with the " + Name(Target) + " side is lost"
            : "forced: the " + Name(Target) + " side counts as open";
        To(from == Phase.Opening ? Phase.Idle : from + 1, now);
        return true;
    }

    bool Begin(Side target, long now)
    {
        if (Phase == Phase.Locked)
        {
            Message = "locked: unlock it first";
            return false;
        }
        Target = target;
        Forced = _closeAll = false;
        _autoCloseAt = -1;
        To(Phase.Closing, now);
        return true;
    }

    void To(Phase phase, long now)
    {
        Phase = phase;
        _since = now;
        if (phase != Phase.Error)
            Stall = Stall.None;
    }

    void Fail(Stall stall, long now, string why)
    {
        StalledIn = Phase;
        To(Phase.Error, now);
        Stall = stall;
        Message = why + ": sealed, `force` goes on";
    }

    // After a takeover or a restart: go on from what the last active was doing. An airlock left open by a
    // cycle closes after the delay; an error stays sealed.
    public void Restore(Phase phase, Side target, Phase stalledIn, Stall stall, long now)
    {
        Target = target;
        StalledIn = phase == Phase.Error ? stalledIn : phase;
        To(phase, now);
        Stall = phase == Phase.Error ? stall : Stall.None;
        _autoCloseAt = phase == Phase.Idle && target != Side.None && Settings.AutoCloseTicks > 0 ? now + Settings.AutoCloseTicks : -1;
    }

    public void Update(AirlockView v, long now)
    {
        Message = null;
        Depressurize = null;
        var waited = now - _since;
        var sealedUp = v.Inner.AllClosed && v.Outer.AllClosed;
        switch (Phase)
        {
            case Phase.Idle:
                Idle(v, now);
                break;
            case Phase.Closing:
                Seal();
                if (sealedUp)
                    To(Phase.Pumping, now);
                else if (v.Inner.Broken + v.Outer.Broken > 0)
                    Fail(Stall.DoorBroken, now, "a door is open and cannot close (no power, off or damaged)");
                else if (waited > Settings.DoorTicks)
                    Fail(Stall.DoorStuck, now, "a door did not close (in the way?)");
                break;
            case Phase.Pumping:
                Seal();
                if (!Forced && !sealedUp)
                    To(Phase.Closing, now);
                else if (Safe(Target, v))
                    To(Phase.Opening, now);
                else if (v.Vents == 0)
                    Fail(Stall.NoVent, now, "no working air vent");
                else
                {
                    Depressurize = Settings.LevelOf(Target) < v.Level;
                    if (!v.Airtight && Depressurize == false)
                        Fail(Stall.Breach, now, "the chamber does not hold air (a breach?)");
                    else if (waited > Settings.PumpTicks)
                        Fail(Stall.PumpStalled, now, "pumping stalled at " + Percent(v.Level) + " oxygen ("
                            + (Depressurize == true ? "tanks full?" : "tanks empty?") + ")");
                }
                break;
            case Phase.Opening:
                // Once a target door is open the chamber takes that side's level, whatever it is: only a
                // level that drifted before then sends it back (no loop onto a side that lost its air).
                var other = v.Of(Other(Target));
                if (!Forced && (!other.AllClosed || v.Of(Target).AllClosed && !Safe(Target, v)))
                {
                    To(Phase.Closing, now);
                    Seal();
                    break;
                }
                Set(Target, DoorIntent.Open, false);
                Set(Other(Target), DoorIntent.Close, true);
                var target = v.Of(Target);
                if (target.Usable == 0)
                    Fail(Stall.DoorBroken, now, "no " + Name(Target) + " door that works");
                else if (target.Open >= target.Usable)
                {
                    Message = "open to the " + Name(Target) + " side";
                    To(Phase.Idle, now);
                    Forced = false;
                    _autoCloseAt = Settings.AutoCloseTicks > 0 ? now + Settings.AutoCloseTicks : -1;
                }
                else if (waited > Settings.DoorTicks)
                    Fail(Stall.DoorStuck, now, "the " + Name(Target) + " door did not open");
                break;
            default:
                Seal();
                break;
        }
    }

    // A side at the chamber's level is free to use; a side at another level is closed and locked (a door opened
    // there by hand included). Never both sides open: the side the cycle did not open closes. The side the
    // cycle opened closes again after the delay.
    void Idle(AirlockView v, long now)
    {
        var innerFree = Safe(Side.Inner, v);
        var outerFree = Safe(Side.Outer, v);
        if (!v.Inner.AllClosed && !v.Outer.AllClosed)
        {
            innerFree &= Target == Side.Inner;
            outerFree &= Target == Side.Outer;
        }
        Set(Side.Inner, innerFree ? DoorIntent.Leave : DoorIntent.Close, !innerFree && (Settings.LockIdle || !v.Inner.AllClosed));
        Set(Side.Outer, outerFree ? DoorIntent.Leave : DoorIntent.Close, !outerFree && (Settings.LockIdle || !v.Outer.AllClosed));
        if (_closeAll || _autoCloseAt >= 0 && now >= _autoCloseAt)
        {
            if (_closeAll)
                Set(Other(Target), DoorIntent.Close, LockOf(Other(Target)));
            Set(Target == Side.None ? Side.Inner : Target, DoorIntent.Close, LockOf(Target));
            _autoCloseAt = -1;
            _closeAll = false;
        }
    }

    bool LockOf(Side side) => side == Side.Outer ? LockOuter : LockInner;

    void Seal()
    {
        InnerDoors = OuterDoors = DoorIntent.Close;
        LockInner = LockOuter = true;
    }

    void Set(Side side, DoorIntent intent, bool locked)
    {
        if (side == Side.Outer)
        {
            OuterDoors = intent;
            LockOuter = locked;
        }
        else
        {
            InnerDoors = intent;
            LockInner = locked;
        }
    }
}
const string ScriptName = "Redundant Airlock";
const long RescanTicks = 600;

public MyIni Ini { get; } = new MyIni();
public IConsole Console { get; private set; }
readonly FailoverManager _failover;
readonly Airlocks _airlocks;
long _now;
bool _showing;

public Program()
{
    Console = new MainConsole(this, ScriptName);
    _failover = new FailoverManager(this, Console, Ini);
    _airlocks = new Airlocks(this, Console, Ini);
    _airlocks.Scan(0);
    Runtime.UpdateFrequency |= UpdateFrequency.Update100;
    Console.Flush();
}

public void Save()
{
    _failover.Save();
}

public void Main(string argument, UpdateType updateSource)
{
    _now += (long)Math.Round(Runtime.TimeSinceLastRun.TotalSeconds * 60);
    _failover.BeginRun(_airlocks.Canonical(argument), updateSource);
    var state = _failover.ActiveCheck;
    if (state == FailoverState.Standby)
    {
        if (_showing)
            _airlocks.Hide();
        _showing = false;
        Pace(UpdateFrequency.Update100);
        Console.Flush();
        return;
    }
    if ((state & FailoverState.Failover) != 0 || _failover.CustomDataChanged)
    {
        // Warm-up: the ship may have changed while this block stood by; go on from where the last active was.
        _airlocks.Scan(_now);
        if ((state & FailoverState.Failover) != 0)
            _airlocks.Restore(_failover.AppState, _now);
    }
    else if (!_airlocks.AnyBusy && _now - _airlocks.LastScan >= RescanTicks)
        _airlocks.Scan(_now);
    string command;
    while (_failover.NextCommand(out command))
        _airlocks.Command(command, _now);
    _airlocks.Update(_now);
    _showing = true;
    _failover.AppState = _airlocks.State();
    if (!_airlocks.AnyCycling)
        _failover.SafePoint();
    // Every tick while a cycle runs (its phases end on the tick), every 10 while a door waits to close.
    Pace(_airlocks.AnyCycling ? UpdateFrequency.Update1 : _airlocks.AnyBusy ? UpdateFrequency.Update10 : UpdateFrequency.Update100);
    Console.Flush();
}

// Changes only this script's update bits: the failover manager may have asked for a run next tick (Once).
void Pace(UpdateFrequency frequency)
{
    Runtime.UpdateFrequency = Runtime.UpdateFrequency & UpdateFrequency.Once | frequency;
}
public enum LogLevel { Info, Warning, Error }

// Named status lines and a log, written at Flush(), once at the end of every run. ScriptName tells copies of one
// script apart (empty when none was given).
public interface IConsole
{
    string ScriptName { get; }
    void Log(string message, LogLevel level = LogLevel.Info);
    void SetStatus(string key, string text);
    void ClearStatus(string key);
    void Flush();
}
// The console on the PB's own screen, in Echo, and on screens opted in by their block's Custom Data: [console] with
// surface=0 (or 0,2), script=Name, fontsize=0.8 (docs/console.md). Found again every 10 s, or at once by Rescan().
public class MainConsole : EchoConsole
{
    readonly List<Screen> _screens = new List<Screen>(); // the PB's own first
    readonly HashSet<IMyTextSurface> _scripted = new HashSet<IMyTextSurface>(); // warned about once each
    readonly List<IMyTerminalBlock> _found = new List<IMyTerminalBlock>();
    // What the last scan parsed: the same blocks with the same Custom Data parse nothing.
    readonly Dictionary<IMyTerminalBlock, string> _parsed = new Dictionary<IMyTerminalBlock, string>();
    readonly Dictionary<long, string> _warnedFor = new Dictionary<long, string>();
    readonly Func<IMyTerminalBlock, bool> _optedIn;
    readonly MyIni _ini = new MyIni();
    long _scannedAt;
    bool _wasShared = true;

    // Shown: the text last written there (comparing strings costs no instruction per character).
    class Screen
    {
        public IMyTextSurface Surface;
        public IMyTerminalBlock Block;
        public string Shown;
    }

    public MainConsole(MyGridProgram program, string scriptName) : base(program, scriptName)
    {
        _title = scriptName;
        Add(program.Me.GetSurface(0), program.Me, 0);
        _optedIn = b => b.IsSameConstructAs(program.Me) && MyIni.HasSection(b.CustomData, "console");
        Rescan();
    }

    // Off on a standby node, so that only the active writes the opted-in screens.
    public bool SharedSurfaces { get; set; } = true;

    protected override void Redraw()
    {
        _changed |= SharedSurfaces && !_wasShared; // back on: redrawn at once
        _wasShared = SharedSurfaces;
        if (_ticks - _scannedAt >= 600)
            Rescan();
        for (var i = _screens.Count - 1; i > 0; i--)
            if (_screens[i].Block.Closed)
            {
                Log("Screen of \"" + _screens[i].Block.CustomName + "\" is gone", LogLevel.Warning);
                _screens.RemoveAt(i);
            }
        if (!_changed)
            return;
        var count = SharedSurfaces ? _screens.Count : 1;
        // Warnings first, so that this very redraw shows them. A sprite script's screen is the player's.
        for (var i = 0; i < count; i++)
        {
            var s = _screens[i].Surface;
            if (s.ContentType != ContentType.SCRIPT)
                _scripted.Remove(s);
            else if (_scripted.Add(s))
                Log((i > 0 ? "\"" + _screens[i].Block.CustomName + "\"" : "This block's screen") + " shows a sprite script: console paused there", LogLevel.Warning);
        }
        for (var i = 0; i < count; i++)
        {
            var s = _screens[i].Surface;
            var script = s.ContentType == ContentType.SCRIPT;
            if (script && i > 0)
                continue;
            // One line's height; no limit when it cannot be measured.
            var line = s.MeasureStringInPixels(_sb.Clear().Append('X'), s.Font, s.FontSize).Y;
            Compose(script ? EchoLines : line <= 0 ? int.MaxValue : Math.Max(1, (int)(s.SurfaceSize.Y * (1 - 2 * s.TextPadding / 100) / line)));
            var text = _sb.ToString();
            if (i == 0)
                _echo = text;
            if (!script && text != _screens[i].Shown)
                s.WriteText(_screens[i].Shown = text);
        }
        _changed = false;
    }

    void Add(IMyTextSurface surface, IMyTerminalBlock block, float fontSize)
    {
        if (surface.ContentType == ContentType.NONE)
            surface.ContentType = ContentType.TEXT_AND_IMAGE;
        if (fontSize > 0)
            surface.FontSize = fontSize;
        _screens.Add(new Screen { Surface = surface, Block = block });
    }

    public void Rescan()
    {
        _scannedAt = _ticks;
        _p.GridTerminalSystem.GetBlocksOfType(_found, _optedIn);
        var same = _found.Count == _parsed.Count;
        string data;
        foreach (var block in _found)
            same &= _parsed.TryGetValue(block, out data) && data == block.CustomData;
        if (same)
            return;
        _parsed.Clear();
        _screens.RemoveRange(1, _screens.Count - 1);
        foreach (var block in _found)
            AddScreens(block);
        _changed = true;
    }

    void AddScreens(IMyTerminalBlock block)
    {
        MyIniParseResult result;
        _parsed[block] = block.CustomData;
        if (!_ini.TryParse(block.CustomData, out result))
        {
            WarnOnce(block, "Custom Data of \"" + block.CustomName + "\" is not valid INI (" + result + "): its screen is skipped");
            return;
        }
        var script = _ini.Get("console", "script").ToString();
        if (script.Length > 0 && !string.Equals(script, ScriptName, StringComparison.OrdinalIgnoreCase))
            return;
        var provider = block as IMyTextSurfaceProvider;
        var count = provider != null ? provider.SurfaceCount : block is IMyTextSurface ? 1 : 0;
        var fontSize = _ini.Get("console", "fontsize").ToSingle(0f);
        foreach (var item in _ini.Get("console", "surface").ToString("0").Split(','))
        {
            int i;
            if (int.TryParse(item.Trim(), out i) && i >= 0 && i < count)
                Add(provider != null ? provider.GetSurface(i) : (IMyTextSurface)block, block, fontSize);
            else
                WarnOnce(block, "\"" + block.CustomName + "\": [console] surface=" + item.Trim() + " is not one of its " + count + " screen(s)");
        }
    }

    // Once per block, and again only after the player edits its Custom Data.
    void WarnOnce(IMyTerminalBlock block, string message)
    {
        string warned;
        if (!_warnedFor.TryGetValue(block.EntityId, out warned) || warned != block.CustomData)
            Log(message, LogLevel.Warning);
        _warnedFor[block.EntityId] = block.CustomData;
    }
}
// The console in Echo only, and MainConsole's base: title, status lines in the order first set, runtime figures,
// then the newest log lines, stamped with game time. Runs where nothing changes allocate nothing.
public class EchoConsole : IConsole
{
    protected const int EchoLines = 30; // Echo keeps at most 8,000 characters
    protected readonly MyGridProgram _p;
    protected readonly StringBuilder _sb = new StringBuilder();
    protected string _title, _echo;
    protected long _ticks;
    protected bool _changed = true;
    readonly List<string> _keys = new List<string>(), _texts = new List<string>(), _log = new List<string>();
    readonly int[] _instr = new int[60]; // the last 60 runs
    readonly double[] _ms = new double[60];
    long _runs, _refreshed = -300, _avg, _peak, _avgMs; // _avgMs in hundredths

    public EchoConsole(MyGridProgram program, string scriptName = "")
    {
        _p = program;
        ScriptName = scriptName ?? "";
        _title = ScriptName.Length > 0 ? ScriptName : program.Me.CustomName;
    }

    public string ScriptName { get; }

    long Ticks => (long)Math.Round(_p.Runtime.TimeSinceLastRun.TotalSeconds * 60);

    public void Log(string message, LogLevel level = LogLevel.Info)
    {
        var s = (_ticks + Ticks) / 60;
        _log.Add($"{s / 3600}:{s / 60 % 60:00}:{s % 60:00} "
            + (level == LogLevel.Error ? "ERROR " : level == LogLevel.Warning ? "WARN " : "") + message + "\n");
        if (_log.Count > 40)
            _log.RemoveAt(0);
        _changed = true;
    }

    public void SetStatus(string key, string text)
    {
        if (!_keys.Contains(key))
        {
            _keys.Add(key);
            _texts.Add(null);
        }
        var i = _keys.IndexOf(key);
        text = text ?? "";
        _changed |= _texts[i] != text;
        _texts[i] = text;
    }

    public void ClearStatus(string key)
    {
        var i = _keys.IndexOf(key);
        if (i < 0)
            return;
        _keys.RemoveAt(i);
        _texts.RemoveAt(i);
        _changed = true;
    }

    // Samples this run before the redraw, so that new figures do not cause the next one.
    public virtual void Flush()
    {
        _ticks += Ticks;
        var i = (int)(_runs++ % 60);
        _instr[i] = _p.Runtime.CurrentInstructionCount;
        _ms[i] = _p.Runtime.LastRunTimeMs;
        if (_ticks - _refreshed >= 300)
            Refresh();
        Redraw();
        _p.Echo(_echo);
    }

    // Rounded as shown, so that a steady script does not rewrite its screens.
    void Refresh()
    {
        _refreshed = _ticks;
        long sum = 0, peak = 0;
        double ms = 0;
        for (var i = 0; i < 60; i++)
        {
            sum += _instr[i];
            peak = Math.Max(peak, _instr[i]);
            ms += _ms[i];
        }
        var n = Math.Min(_runs, 60);
        ms = Math.Round(ms / n * 100);
        _changed |= sum / n != _avg || peak != _peak || ms != _avgMs;
        _avg = sum / n;
        _peak = peak;
        _avgMs = (long)ms;
    }

    protected virtual void Redraw()
    {
        if (!_changed)
            return;
        Compose(EchoLines);
        _echo = _sb.ToString();
        _changed = false;
    }

    // Into _sb, with as many of the newest log lines as fit in maxLines.
    protected void Compose(int maxLines)
    {
        _sb.Clear().Append(_title).Append('\n');
        foreach (var text in _texts)
            _sb.Append(text).Append('\n');
        _sb.AppendFormat("Runtime: {0} avg / {1} peak instr, {2}.{3:00} ms\n", _avg, _peak, _avgMs / 100, _avgMs % 100);
        for (var i = Math.Max(0, _log.Count + 2 + _texts.Count - maxLines); i < _log.Count; i++)
            _sb.Append(_log[i]);
    }
}
public enum FailoverRole { Starting, Standby, Active }

// A better rank's wish to lead (preempt=): never, at the active's safe point, at once.
public enum PreemptMode { Never, Idle, Always }

// Beat: rank, term, role (an active's with app state and confirmed commands). Hello: a (re)started node asks all
// to answer. Lost: the active (Subject) is gone. Yield: hands over to Subject. Probe: did Subject run command Text?
public enum FailoverMessageKind { Beat, Hello, Lost, Yield, Probe }

public struct FailoverMessage
{
    public FailoverMessageKind Kind;
    public long From, Term, Subject;
    public int Rank;
    public FailoverRole Role;
    public PreemptMode WantsLead;
    public bool Wake; // out: wake the receivers (IGC callback) instead of waiting for their next run
    public string Text;
}
// What the terminal system shows of a peer's block.
public enum PeerCondition { Working, Destroyed, Damaged, Disabled, Unpowered, Departed }

// Worded by FailoverManager.Reasons, in this order.
public enum FailoverReason
{
    None, NoActive, ActiveDestroyed, ActiveDamaged, ActiveDisabled, ActiveUnpowered, ActiveDeparted, ActiveSilent,
    ActiveRestarted, ActiveSteppedDown, CommandUnconfirmed, ReportedByPeer, Yielded, Failback, OtherActiveWins,
    LostByPeers, ResumedAfterGap, Outvoted,
}

// Number: commands replayed (TookOver), term (ActiveIs), rank (PeerJoined, DuplicateRank), count (Outvoted). Text:
// the command, or the other id (Outvoted). Peer: who leads, the active, or who forwarded a command.
public enum FailoverEventKind
{
    TookOver, SteppedDown, ActiveIs, ActiveLost, PeerJoined, DuplicateRank, CommandKept, CommandForwarded,
    DuplicateCommand, CommandDropped, YieldedTo, YieldRefused, Outvoted,
}

public struct FailoverEvent
{
    public FailoverEventKind Kind;
    public FailoverReason Reason;
    public long Peer, Number;
    public string Text;
}
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
// Election messages on IGC as an immutable list of strings: a payload the game allows, and a reference, so an
// unchanged beat is resent as the same object. Items: kind, failover id, script name, rank, term, role, lead wish,
// subject, text, then the confirmed commands.
public class FailoverWire
{
    public const string WakeTag = "failover.mixin", QuietTag = "failover.mixin.quiet";
    const int Fixed = 9;
    static readonly string[] Kinds = { "FO1B", "FO1H", "FO1L", "FO1Y", "FO1P" }, Roles = { "T", "S", "A" }, Wishes = { "", "i", "a" };

    ImmutableList<string> _beat;
    FailoverMessage _beatOf;
    string _beatGroup;

    public ImmutableList<string> Encode(FailoverMessage m, string group, string script, List<string> confirmed)
    {
        var b = _beatOf;
        var beat = m.Kind == FailoverMessageKind.Beat;
        if (beat && confirmed.Count == 0 && _beat != null && b.Rank == m.Rank && b.Term == m.Term && b.Role == m.Role
            && b.WantsLead == m.WantsLead && b.Text == m.Text && _beatGroup == group)
            return _beat;
        var list = ImmutableList.Create(Kinds[(int)m.Kind], group, script, m.Rank.ToString(), m.Term.ToString(), Roles[(int)m.Role],
            Wishes[(int)m.WantsLead], m.Subject == 0 ? "" : m.Subject.ToString(), m.Text ?? "");
        if (!beat)
            return list;
        if (confirmed.Count > 0)
            return list.AddRange(confirmed);
        _beatOf = m;
        _beatGroup = group;
        return _beat = list;
    }

    // False when it is not an election message of this version. The caller sets From.
    public static bool TryDecode(object data, out FailoverMessage m, out string group, out string script)
    {
        m = new FailoverMessage();
        group = script = null;
        var list = data as ImmutableList<string>;
        int rank, kind, role, wish;
        long term, subject = 0;
        if (list == null || list.Count < Fixed || !int.TryParse(list[3], out rank) || !long.TryParse(list[4], out term)
            || list[7].Length > 0 && !long.TryParse(list[7], out subject) || (kind = Array.IndexOf(Kinds, list[0])) < 0
            || (role = Array.IndexOf(Roles, list[5])) < 0 || (wish = Array.IndexOf(Wishes, list[6])) < 0)
            return false;
        m = new FailoverMessage { Kind = (FailoverMessageKind)kind, Rank = rank, Term = term, Role = (FailoverRole)role,
            WantsLead = (PreemptMode)wish, Subject = subject, Text = list[8] };
        group = list[1];
        script = list[2];
        return true;
    }

    public static int ConfirmedCount(object data) => ((ImmutableList<string>)data).Count - Fixed;

    public static string ConfirmedAt(object data, int index) => ((ImmutableList<string>)data)[Fixed + index];
}
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
