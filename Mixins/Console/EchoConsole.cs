using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Ingame;

namespace IngameScript
{
    partial class Program
    {
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
    }
}
