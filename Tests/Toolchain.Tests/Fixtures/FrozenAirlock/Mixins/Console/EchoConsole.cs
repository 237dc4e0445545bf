using System;
using System.Text;
using Sandbox.ModAPI.Ingame;

namespace IngameScript
{
    partial class Program
    {
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
    }
}
