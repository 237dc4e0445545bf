using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Ingame;

namespace IngameScript
{
    partial class Program
    {
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
                    text.Append(line.Level == LogLevel.Error ? " ERROR " : line.Level == LogLevel.Warning ? " WARN " : " ");
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
    }
}
