using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Ingame;

namespace IngameScript
{
    partial class Program
    {
        // The console in Echo only, and the base of MainConsole: title, status lines in the order first set, runtime
        // figures, then the newest log lines, stamped with game time since the start. Runs where nothing changes
        // allocate nothing.
        public class EchoConsole : IConsole
        {
            protected const int EchoLines = 30; // Echo keeps at most 8,000 characters
            const int LogSize = 40, Window = 60, RefreshTicks = 300;

            protected readonly MyGridProgram _p;
            protected readonly StringBuilder _sb = new StringBuilder();
            protected string _title, _echo = "";
            protected long _ticks;
            protected bool _changed = true;
            readonly IMyGridProgramRuntimeInfo _rt;
            readonly List<string> _keys = new List<string>(), _texts = new List<string>();
            readonly string[] _log = new string[LogSize];
            readonly int[] _instr = new int[Window];
            readonly double[] _ms = new double[Window];
            int _logStart, _logCount, _samples, _sample, _avg, _peak;
            long _refreshed = -RefreshTicks;
            double _avgMs;

            public EchoConsole(MyGridProgram program, string scriptName = "")
            {
                _p = program;
                _rt = program.Runtime;
                ScriptName = scriptName ?? "";
                _title = ScriptName.Length > 0 ? ScriptName : program.Me.CustomName;
            }

            public string ScriptName { get; }

            public void Log(string message, LogLevel level = LogLevel.Info)
            {
                var s = (_ticks + Ticks(_rt.TimeSinceLastRun)) / 60;
                _log[(_logStart + _logCount) % LogSize] = (s / 3600) + ":" + (s / 60 % 60).ToString("00") + ":" + (s % 60).ToString("00")
                    + (level == LogLevel.Error ? " ERROR " : level == LogLevel.Warning ? " WARN " : " ") + message + "\n";
                if (_logCount < LogSize)
                    _logCount++;
                else
                    _logStart = (_logStart + 1) % LogSize;
                _changed = true;
            }

            public void SetStatus(string key, string text)
            {
                text = text ?? "";
                var i = _keys.IndexOf(key);
                if (i < 0)
                {
                    _keys.Add(key);
                    _texts.Add(text);
                }
                else if (_texts[i] != text)
                    _texts[i] = text;
                else
                    return;
                _changed = true;
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

            public virtual void Flush()
            {
                EndRun();
                if (_changed)
                {
                    Compose(EchoLines);
                    _echo = _sb.ToString();
                    _changed = false;
                }
                _p.Echo(_echo);
            }

            static long Ticks(TimeSpan time) => (long)Math.Round(time.TotalSeconds * 60);

            // Advances game time and samples this run at the start of the flush: the script's own work, not the redraw,
            // so that new figures do not cause the next redraw.
            protected void EndRun()
            {
                _ticks += Ticks(_rt.TimeSinceLastRun);
                _instr[_sample] = _rt.CurrentInstructionCount;
                _ms[_sample] = _rt.LastRunTimeMs;
                _sample = (_sample + 1) % Window;
                _samples = Math.Min(_samples + 1, Window);
                if (_ticks - _refreshed < RefreshTicks)
                    return;
                _refreshed = _ticks;
                long sum = 0;
                int peak = 0;
                double ms = 0;
                for (var i = 0; i < _samples; i++)
                {
                    sum += _instr[i];
                    peak = Math.Max(peak, _instr[i]);
                    ms += _ms[i];
                }
                // Rounded as shown, so that a steady script does not rewrite its screens.
                var avg = (int)(sum / _samples);
                ms = Math.Round(ms / _samples, 2);
                if (avg != _avg || peak != _peak || ms != _avgMs)
                {
                    _avg = avg;
                    _peak = peak;
                    _avgMs = ms;
                    _changed = true;
                }
            }

            // Into _sb: as many of the newest log lines as fit in maxLines (all when 0 or less).
            protected void Compose(int maxLines)
            {
                _sb.Clear().Append(_title).Append('\n');
                for (var i = 0; i < _texts.Count; i++)
                    _sb.Append(_texts[i]).Append('\n');
                var ms = (int)Math.Round(_avgMs * 100);
                _sb.Append("Runtime: ").Append(_avg).Append(" avg / ").Append(_peak).Append(" peak instr, ")
                    .Append(ms / 100).Append('.').Append(ms / 10 % 10).Append(ms % 10).Append(" ms\n");
                var shown = Math.Min(maxLines > 0 ? maxLines - 2 - _texts.Count : _logCount, _logCount);
                for (var i = _logCount - shown; i < _logCount; i++)
                    _sb.Append(_log[(_logStart + i) % LogSize]);
            }
        }
    }
}
