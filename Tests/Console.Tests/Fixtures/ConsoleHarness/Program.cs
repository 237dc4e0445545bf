using System;
using Sandbox.ModAPI.Ingame;

namespace IngameScript
{
    // The console's title is the block's name. Drives the console from run arguments: "log TEXT", "warn TEXT", "error TEXT", "status KEY=TEXT",
    // "clear KEY", "standby", "active", "rescan". Every run ends with one Flush, as a real script's does.
    partial class Program : MyGridProgram
    {
        readonly IConsole _console;

        public Program()
        {
            if (Me.CustomData.Contains("echo-only"))
                _console = new EchoConsole(this);
            else
                _console = new MainConsole(this, Me.CustomName);
            Runtime.UpdateFrequency = UpdateFrequency.Update10;
            _console.SetStatus("role", "ACTIVE rank 0");
            _console.Log("started");
            _console.Flush();
        }

        public void Main(string argument, UpdateType updateSource)
        {
            var space = argument.IndexOf(' ');
            var verb = space < 0 ? argument : argument.Substring(0, space);
            var rest = space < 0 ? "" : argument.Substring(space + 1);
            var main = _console as MainConsole;
            switch (verb)
            {
                case "log": _console.Log(rest); break;
                case "warn": _console.Log(rest, LogLevel.Warning); break;
                case "error": _console.Log(rest, LogLevel.Error); break;
                case "status":
                    var equals = rest.IndexOf('=');
                    _console.SetStatus(rest.Substring(0, equals), rest.Substring(equals + 1));
                    break;
                case "clear": _console.ClearStatus(rest); break;
                case "standby": main.SharedSurfaces = false; break;
                case "active": main.SharedSurfaces = true; break;
                case "rescan": main.Rescan(); break;
            }
            _console.Flush();
        }
    }
}
