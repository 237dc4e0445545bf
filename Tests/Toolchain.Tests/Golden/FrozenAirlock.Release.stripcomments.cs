// RedundantAirlock - airlock control for a whole ship, on several programmable blocks with failover.
// 
// Put this script on two or more programmable blocks of the same ship. Give every copy the same
// [failover] id and its own rank in Custom Data; the lowest rank that works is active, the others
// stand by and take over in rank order.
// 
// Setup and commands: see docs/ in the project (README.md for the overview).
// 
    const string ScriptName = "Redundant Airlock";

    IConsole _console;

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

public interface IConsole
    {
void Log(string message, LogLevel level = LogLevel.Info);

void SetStatus(string key, string text);

void ClearStatus(string key);

void Flush();
    }
public class ConsoleText
    {
        public const int LogCapacity = 40;
        const int RuntimeWindow = 60;
        const long RuntimeRefreshTicks = 300;

        class StatusLine
        {
            public string Key,Text;
        }

        struct LogLine
        {
            public long Tick;
            public LogLevel Level;
            public string Message;
        }

        string _title;
        IMyGridProgramRuntimeInfo _runtime;
        List<StatusLine> _status = new List<StatusLine>();
        LogLine[] _log = new LogLine[LogCapacity];
        int[] _instructions = new int[RuntimeWindow];
        double[] _milliseconds = new double[RuntimeWindow];
        int _logStart,_logCount,_samples,_sampleIndex,_shownAverage,_shownPeak;
        long _lastRuntimeRefresh = -RuntimeRefreshTicks;
        double _shownMilliseconds;

        public ConsoleText(string title, IMyGridProgramRuntimeInfo runtime)
        {
            _title = title;
            _runtime = runtime;
        }

public long Ticks { get; private set; }

public bool Changed { get; private set; } = true;

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

public static void AppendTime(StringBuilder text, long ticks)
        {
            var seconds = ticks / 60;
            AppendInt(text, (int)(seconds / 3600));
            text.Append(':');
            AppendTwoDigits(text, (int)(seconds / 60 % 60));
            text.Append(':');
            AppendTwoDigits(text, (int)(seconds % 60));
        }

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
public class ConsoleSurface
    {
        static StringBuilder Probe = new StringBuilder("X");
        StringBuilder _shown = new StringBuilder();

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

public bool Gone { get { return Block.Closed; } }

public bool ShowsScript { get { return Surface.ContentType == ContentType.SCRIPT; } }

public int LineCapacity()
        {
            var size = Surface.SurfaceSize;
            var lineHeight = Surface.MeasureStringInPixels(Probe, Surface.Font, Surface.FontSize).Y;
            if (lineHeight <= 0)
                return 0;
            var usable = size.Y * (1 - 2 * Surface.TextPadding / 100f);
            return Math.Max(1, (int)(usable / lineHeight));
        }

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
public class MainConsole : IConsole
    {
        public const string Section = "console";
        const long RescanTicks = 600;

        MyGridProgram _program;
        string _scriptName,_echo = "";
        ConsoleText _text;
        StringBuilder _compose = new StringBuilder();
        ConsoleSurface _own;
        List<ConsoleSurface> _shared = new List<ConsoleSurface>();
        List<IMyTerminalBlock> _candidates = new List<IMyTerminalBlock>();
        List<IMyTerminalBlock> _scannedBlocks = new List<IMyTerminalBlock>();
        List<string> _scannedData = new List<string>();
        Dictionary<long, string> _warnedFor = new Dictionary<long, string>();
        Func<IMyTerminalBlock, bool> _optedIn;
        MyIni _ini = new MyIni();
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

public bool SharedSurfaces { get; set; } = true;

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

        void WarnOnce(IMyTerminalBlock block, string message)
        {
            string warned;
            if (_warnedFor.TryGetValue(block.EntityId, out warned) && warned == block.CustomData)
                return;
            _warnedFor[block.EntityId] = block.CustomData;
            _text.Log(message, LogLevel.Warning);
        }
    }
