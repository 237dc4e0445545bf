using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Sandbox.Game.EntityComponents;
using Sandbox.ModAPI.Ingame;
using Sandbox.ModAPI.Interfaces;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRage;
using VRage.Collections;
using VRage.Game;
using VRage.Game.Components;
using VRage.Game.GUI.TextPanel;
using VRage.Game.ModAPI.Ingame;
using VRage.Game.ModAPI.Ingame.Utilities;
using VRage.Game.ObjectBuilders.Definitions;
using VRageMath;

namespace IngameScript
{
    partial class Program : MyGridProgram
    {
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
                _console.Log("Command \"" + argument + "\": not known yet", LogLevel.Warning);
            _console.Flush();
        }
    }
}
