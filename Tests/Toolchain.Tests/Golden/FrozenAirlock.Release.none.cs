// RedundantAirlock - airlock control for a whole ship, on several programmable blocks with failover.
// 
// Put this script on two or more programmable blocks of the same ship. Give every copy the same
// [failover] id and its own rank in Custom Data; the lowest rank that works is active, the others
// stand by and take over in rank order.
// 
// Setup and commands: see docs/ in the project (README.md for the overview).
// 
const string ScriptName = "Redundant Airlock";

readonly IConsole _console;

public Program()
{
    _console = new MainConsole(this, ScriptName);
    Runtime.UpdateFrequency = UpdateFrequency.Update100;
    _console.SetStatus("airlocks", "Airlocks: none configured yet");
    _console.Log("Script started");
    _console.Flush();
}

public void Save()
{
}

public void Main(string argument, UpdateType updateSource)
{
    if ((updateSource & (UpdateType.Terminal | UpdateType.Trigger)) != 0 && argument.Length > 0)
        _console.Log("Command \""+ argument + "\": not known yet", LogLevel.Warning);
    _console.Flush();
}
public enum LogLevel
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// Where a script tells the player what it is doing: named status lines that parts of the script own
/// (the failover manager its role, the airlock controller its summary), and a log. Nothing is written
/// until <see cref="Flush"/>, which the script calls once at the end of every run.
/// </summary>
public interface IConsole
{
    /// <summary>Adds a line to the log, stamped with game time since the script started.</summary>
    void Log(string message, LogLevel level = LogLevel.Info);

    /// <summary>Sets the status line named <paramref name="key"/>; lines show in the order first set.
    /// Setting the same text again changes nothing.</summary>
    void SetStatus(string key, string text);

    /// <summary>Removes a status line.</summary>
    void ClearStatus(string key);

    /// <summary>Writes what changed to the screens and to Echo. Call once at the end of every run.</summary>
    void Flush();
}
/// <summary>
/// What a console shows, kept without allocating on runs where nothing happens: status lines, a ring
/// of recent log lines, runtime figures and the game time since the script started.
/// </summary>
public class ConsoleText
{
    public const int LogCapacity = 40;
    // Runtime figures are averaged over this many runs and shown again at most this often.
    const int RuntimeWindow = 60;
    const long RuntimeRefreshTicks = 300;

    class StatusLine
    {
        public string Key;
        public string Text;
    }

    struct LogLine
    {
        public long Tick;
        public LogLevel Level;
        public string Message;
    }

    readonly string _title;
    readonly IMyGridProgramRuntimeInfo _runtime;
    readonly List<StatusLine> _status = new List<StatusLine>();
    readonly LogLine[] _log = new LogLine[LogCapacity];
    readonly int[] _instructions = new int[RuntimeWindow];
    readonly double[] _milliseconds = new double[RuntimeWindow];
    int _logStart;
    int _logCount;
    int _samples;
    int _sampleIndex;
    long _lastRuntimeRefresh = -RuntimeRefreshTicks;
    int _shownAverage;
    int _shownPeak;
    double _shownMilliseconds;

    public ConsoleText(string title, IMyGridProgramRuntimeInfo runtime)
    {
        _title = title;
        _runtime = runtime;
    }

    /// <summary>Game ticks (1/60 s) since the script started, as far as the last flush.</summary>
    public long Ticks { get; private set; }

    /// <summary>True when something shown changed since the last <see cref="MarkShown"/>.</summary>
    public bool Changed { get; private set; } = true;

    public int LogCount { get { return _logCount; } }

    public void Log(string message, LogLevel level)
    {
        var index = (_logStart + _logCount) % LogCapacity;
        if (_logCount == LogCapacity)
            _logStart = (_logStart + 1) % LogCapacity;
        else
            _logCount++;
        _log[index].Tick = Ticks + TicksOf(_runtime.TimeSinceLastRun);
        _log[index].Level = level;
        _log[index].Message = message ?? "";
        Changed = true;
    }

    public void SetStatus(string key, string text)
    {
        text = text ?? "";
        for (var i = 0; i < _status.Count; i++)
        {
            if (_status[i].Key != key)
                continue;
            if (_status[i].Text != text)
            {
                _status[i].Text = text;
                Changed = true;
            }
            return;
        }
        _status.Add(new StatusLine { Key = key, Text = text });
        Changed = true;
    }

    public void ClearStatus(string key)
    {
        for (var i = 0; i < _status.Count; i++)
        {
            if (_status[i].Key == key)
            {
                _status.RemoveAt(i);
                Changed = true;
                return;
            }
        }
    }

    /// <summary>Advances game time and takes this run's runtime sample. Call once per run, at the start of
    /// the flush: the sample is the script's own work, not the console redrawing screens, so that a
    /// redraw (caused by new figures) does not change the figures and cause the next redraw.</summary>
    public void EndRun()
    {
        Ticks += TicksOf(_runtime.TimeSinceLastRun);
        _instructions[_sampleIndex] = _runtime.CurrentInstructionCount;
        _milliseconds[_sampleIndex] = _runtime.LastRunTimeMs;
        _sampleIndex = (_sampleIndex + 1) % RuntimeWindow;
        if (_samples < RuntimeWindow)
            _samples++;
        if (Ticks - _lastRuntimeRefresh < RuntimeRefreshTicks)
            return;
        _lastRuntimeRefresh = Ticks;
        long sum = 0;
        var peak = 0;
        double ms = 0;
        for (var i = 0; i < _samples; i++)
        {
            sum += _instructions[i];
            if (_instructions[i] > peak)
                peak = _instructions[i];
            ms += _milliseconds[i];
        }
        // Rounded as shown, so that a steady script does not rewrite its screens.
        var average = (int)(sum / _samples);
        var milliseconds = Math.Round(ms / _samples, 2);
        if (average != _shownAverage || peak != _shownPeak || milliseconds != _shownMilliseconds)
        {
            _shownAverage = average;
            _shownPeak = peak;
            _shownMilliseconds = milliseconds;
            Changed = true;
        }
    }

    public void MarkShown()
    {
        Changed = false;
    }

    static long TicksOf(TimeSpan time)
    {
        return (long)Math.Round(time.TotalSeconds * 60);
    }

    /// <summary>Writes the console into <paramref name="text"/>: title, status lines, runtime, then as
    /// many of the newest log lines as fit in <paramref name="maxLines"/> (all when 0 or less).</summary>
    public void Compose(StringBuilder text, int maxLines)
    {
        text.Clear();
        text.Append(_title).Append('\n');
        for (var i = 0; i < _status.Count; i++)
            text.Append(_status[i].Text).Append('\n');
        text.Append("Runtime: ");
        AppendInt(text, _shownAverage);
        text.Append(" avg / ");
        AppendInt(text, _shownPeak);
        text.Append(" peak instr, ");
        AppendFixed2(text, _shownMilliseconds);
        text.Append(" ms\n");
        var used = 2 + _status.Count;
        var room = maxLines > 0 ? maxLines - used : _logCount;
        if (room <= 0 || _logCount == 0)
            return;
        var shown = Math.Min(room, _logCount);
        for (var i = _logCount - shown; i < _logCount; i++)
        {
            var line = _log[(_logStart + i) % LogCapacity];
            AppendTime(text, line.Tick);
            text.Append(line.Level == LogLevel.Error ? " ERROR ": line.Level == LogLevel.Warning ? " WARN ": " ");
            text.Append(line.Message).Append('\n');
        }
    }

    /// <summary>h:mm:ss of game time.</summary>
    public static void AppendTime(StringBuilder text, long ticks)
    {
        var seconds = ticks / 60;
        AppendInt(text, (int)(seconds / 3600));
        text.Append(':');
        AppendTwoDigits(text, (int)(seconds / 60 % 60));
        text.Append(':');
        AppendTwoDigits(text, (int)(seconds % 60));
    }

    // Number formatting without allocating (int.ToString allocates a string in the game's runtime).
    public static void AppendInt(StringBuilder text, int value)
    {
        if (value < 0)
        {
            text.Append('-');
            value = -value;
        }
        var divisor = 1;
        while (value / divisor >= 10)
            divisor *= 10;
        for (; divisor > 0; divisor /= 10)
            text.Append((char)('0' + value / divisor % 10));
    }

    static void AppendTwoDigits(StringBuilder text, int value)
    {
        text.Append((char)('0' + value / 10 % 10)).Append((char)('0' + value % 10));
    }

    static void AppendFixed2(StringBuilder text, double value)
    {
        var hundredths = (int)Math.Round(value * 100);
        AppendInt(text, hundredths / 100);
        text.Append('.');
        AppendTwoDigits(text, hundredths % 100);
    }
}
/// <summary>One text surface the console writes to, with the text it last wrote there.</summary>
public class ConsoleSurface
{
    static readonly StringBuilder Probe = new StringBuilder("X");
    readonly StringBuilder _shown = new StringBuilder();

    public ConsoleSurface(IMyTextSurface surface, IMyTerminalBlock block, int index)
    {
        Surface = surface;
        Block = block;
        Index = index;
        if (surface.ContentType == ContentType.NONE)
            surface.ContentType = ContentType.TEXT_AND_IMAGE;
    }

    public IMyTextSurface Surface { get; private set; }
    public IMyTerminalBlock Block { get; private set; }
    public int Index { get; private set; }

    /// <summary>The block was removed from the world (ground down, destroyed).</summary>
    public bool Gone { get { return Block.Closed; } }

    /// <summary>The player switched this surface to a sprite script: leave it alone.</summary>
    public bool ShowsScript { get { return Surface.ContentType == ContentType.SCRIPT; } }

    /// <summary>How many lines of text fit at the surface's current font size.</summary>
    public int LineCapacity()
    {
        var size = Surface.SurfaceSize;
        var lineHeight = Surface.MeasureStringInPixels(Probe, Surface.Font, Surface.FontSize).Y;
        if (lineHeight <= 0)
            return 0;
        var usable = size.Y * (1 - 2 * Surface.TextPadding / 100f);
        return Math.Max(1, (int)(usable / lineHeight));
    }

    /// <summary>Writes <paramref name="text"/> unless the surface already shows exactly that.</summary>
    public bool Show(StringBuilder text)
    {
        if (SameText(text, _shown))
            return false;
        _shown.Clear().Append(text);
        Surface.WriteText(text);
        return true;
    }

    static bool SameText(StringBuilder a, StringBuilder b)
    {
        if (a.Length != b.Length)
            return false;
        for (var i = 0; i < a.Length; i++)
            if (a[i] != b[i])
                return false;
        return true;
    }
}
/// <summary>
/// The full console: the script's name, its status lines, runtime figures and the newest log lines
/// that fit, on the programmable block's own screen, on every screen a player opts in through
/// Custom Data, and in Echo (the block's detailed info).
///
/// Opting a screen in - Custom Data of an LCD, cockpit, button panel or any block with screens:
///   [console]
///   surface=0        ; which of the block's screens, from 0; several: 0,2 (default 0)
///   script=Name      ; only this script's console (default: any script using the console)
///   fontsize=0.8     ; optional; otherwise the screen keeps its own
/// Blocks are found again every 10 s of game time, or at once with <see cref="Rescan"/>.
/// </summary>
public class MainConsole : IConsole
{
    public const string Section = "console";
    const long RescanTicks = 600;

    readonly MyGridProgram _program;
    readonly string _scriptName;
    readonly ConsoleText _text;
    readonly StringBuilder _compose = new StringBuilder();
    readonly ConsoleSurface _own;
    readonly List<ConsoleSurface> _shared = new List<ConsoleSurface>();
    readonly List<IMyTerminalBlock> _candidates = new List<IMyTerminalBlock>();
    // What the last scan parsed, so that a rescan finding the same blocks with the same Custom Data
    // parses nothing and allocates nothing.
    readonly List<IMyTerminalBlock> _scannedBlocks = new List<IMyTerminalBlock>();
    readonly List<string> _scannedData = new List<string>();
    readonly Dictionary<long, string> _warnedFor = new Dictionary<long, string>();
    readonly Func<IMyTerminalBlock, bool> _optedIn;
    readonly MyIni _ini = new MyIni();
    string _echo = "";
    long _lastScan;
    bool _redraw = true;

    public MainConsole(MyGridProgram program, string scriptName)
    {
        _program = program;
        _scriptName = scriptName;
        _text = new ConsoleText(scriptName, program.Runtime);
        _own = new ConsoleSurface(program.Me.GetSurface(0), program.Me, 0);
        _optedIn = block => block.IsSameConstructAs(_program.Me) && MyIni.HasSection(block.CustomData, Section);
        Rescan();
    }

    /// <summary>Whether screens opted in through Custom Data are written. A standby node turns this off,
    /// so that only the active node drives the shared screens; its own screen is always written.</summary>
    public bool SharedSurfaces { get; set; } = true;

    /// <summary>Screens opted in and in use.</summary>
    public int SharedSurfaceCount { get { return _shared.Count; } }

    public void Log(string message, LogLevel level = LogLevel.Info)
    {
        _text.Log(message, level);
    }

    public void SetStatus(string key, string text)
    {
        _text.SetStatus(key, text);
    }

    public void ClearStatus(string key)
    {
        _text.ClearStatus(key);
    }

    public void Flush()
    {
        _text.EndRun();
        if (_text.Ticks - _lastScan >= RescanTicks)
            Rescan();
        for (var i = _shared.Count - 1; i >= 0; i--)
        {
            if (_shared[i].Gone)
            {
                _text.Log("Screen of \""+ _shared[i].Block.CustomName + "\" is gone", LogLevel.Warning);
                _shared.RemoveAt(i);
            }
        }
        if (_text.Changed || _redraw)
        {
            Draw(_own);
            _echo = _compose.ToString();
            if (SharedSurfaces)
                for (var i = 0; i < _shared.Count; i++)
                    Draw(_shared[i]);
            _text.MarkShown();
            _redraw = false;
        }
        _program.Echo(_echo);
    }

    void Draw(ConsoleSurface surface)
    {
        if (surface.ShowsScript)
        {
            WarnOnce(surface.Block, "\""+ surface.Block.CustomName + "\" shows a sprite script: console paused there");
            return;
        }
        _text.Compose(_compose, surface.LineCapacity());
        surface.Show(_compose);
    }

    /// <summary>Finds the screens opted in through Custom Data again.</summary>
    public void Rescan()
    {
        _lastScan = _text.Ticks;
        _program.GridTerminalSystem.GetBlocksOfType(_candidates, _optedIn);
        if (SameAsLastScan())
            return;
        _scannedBlocks.Clear();
        _scannedData.Clear();
        foreach (var block in _candidates)
        {
            _scannedBlocks.Add(block);
            _scannedData.Add(block.CustomData);
        }
        _shared.Clear();
        foreach (var block in _candidates)
            AddSurfaces(block);
        _redraw = true;
    }

    bool SameAsLastScan()
    {
        if (_candidates.Count != _scannedBlocks.Count)
            return false;
        for (var i = 0; i < _candidates.Count; i++)
            if (_candidates[i] != _scannedBlocks[i] || !ReferenceEquals(_candidates[i].CustomData, _scannedData[i])
                && _candidates[i].CustomData != _scannedData[i])
                return false;
        return true;
    }

    void AddSurfaces(IMyTerminalBlock block)
    {
        MyIniParseResult result;
        if (!_ini.TryParse(block.CustomData, out result))
        {
            WarnOnce(block, "Custom Data of \""+ block.CustomName + "\" is not valid INI ("+ result + "): its screen is skipped");
            return;
        }
        var script = _ini.Get(Section, "script").ToString();
        if (script.Length > 0 && !string.Equals(script, _scriptName, StringComparison.OrdinalIgnoreCase))
            return;
        var provider = block as IMyTextSurfaceProvider;
        var count = provider != null ? provider.SurfaceCount : block is IMyTextSurface ? 1 : 0;
        var indexes = _ini.Get(Section, "surface").ToString("0").Split(',');
        var fontSize = _ini.Get(Section, "fontsize").ToSingle(0f);
        foreach (var item in indexes)
        {
            int index;
            if (!int.TryParse(item.Trim(), out index) || index < 0 || index >= count)
            {
                WarnOnce(block, "\""+ block.CustomName + "\": [console] surface="+ item.Trim() + " is not one of its "+ count + " screen(s)");
                continue;
            }
            var surface = provider != null ? provider.GetSurface(index) : (IMyTextSurface)block;
            if (fontSize > 0)
                surface.FontSize = fontSize;
            _shared.Add(new ConsoleSurface(surface, block, index));
        }
    }

    // A problem with a block's Custom Data is logged once, and again only after the player edits it.
    void WarnOnce(IMyTerminalBlock block, string message)
    {
        string warned;
        if (_warnedFor.TryGetValue(block.EntityId, out warned) && warned == block.CustomData)
            return;
        _warnedFor[block.EntityId] = block.CustomData;
        _text.Log(message, LogLevel.Warning);
    }
}
/// <summary>The console for scripts that only want Echo: the same status lines, runtime figures and
/// log, shown in the programmable block's detailed info.</summary>
public class EchoConsole : IConsole
{
    // Echo keeps at most 8,000 characters; the newest lines are what matters.
    const int MaxLines = 30;

    readonly MyGridProgram _program;
    readonly ConsoleText _text;
    readonly StringBuilder _compose = new StringBuilder();
    string _echo = "";

    public EchoConsole(MyGridProgram program)
    {
        _program = program;
        _text = new ConsoleText(program.Me.CustomName, program.Runtime);
    }

    public void Log(string message, LogLevel level = LogLevel.Info)
    {
        _text.Log(message, level);
    }

    public void SetStatus(string key, string text)
    {
        _text.SetStatus(key, text);
    }

    public void ClearStatus(string key)
    {
        _text.ClearStatus(key);
    }

    public void Flush()
    {
        _text.EndRun();
        if (_text.Changed)
        {
            _text.Compose(_compose, MaxLines);
            _echo = _compose.ToString();
            _text.MarkShown();
        }
        _program.Echo(_echo);
    }
}
