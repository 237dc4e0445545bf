using System;
using System.Text;
using Sandbox.ModAPI.Ingame;

namespace IngameScript
{
    partial class Program
    {
        /// <summary>The console for scripts that only want Echo: the same status lines, runtime figures and
        /// log, shown in the programmable block's detailed info, titled with the script's name if given, else
        /// the block's name.</summary>
        public class EchoConsole : IConsole
        {
            // Echo keeps at most 8,000 characters; the newest lines are what matters.
            const int MaxLines = 30;

            readonly MyGridProgram _program;
            readonly ConsoleText _text;
            readonly StringBuilder _compose = new StringBuilder();
            string _echo = "";

            public EchoConsole(MyGridProgram program, string scriptName = "")
            {
                _program = program;
                ScriptName = scriptName ?? "";
                _text = new ConsoleText(ScriptName.Length > 0 ? ScriptName : program.Me.CustomName, program.Runtime);
            }

            public string ScriptName { get; private set; }

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
