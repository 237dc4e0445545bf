using System;
using Sandbox.ModAPI.Ingame;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRage.Game.GUI.TextPanel;

namespace IngameScript
{
    // A one-chamber airlock, the example of docs/testing-your-script.md. Run it with "out" to leave the ship: the
    // inner door closes and is locked, the vent empties the chamber, then the outer door opens. "in" is the way
    // back. The air is judged by the vent's oxygen level, never by its status alone, and a cycle whose air does not
    // change within 20 s stops with the far door shut.
    partial class Program : MyGridProgram
    {
        const float Empty = 0.01f, Full = 0.99f; // the vent's own "empty" and "full" thresholds
        const double TimeoutSeconds = 20;

        readonly IMyDoor _inner, _outer;
        readonly IMyAirVent _vent;
        readonly IMyTextPanel _lcd;
        string _goal = "";
        double _waited;

        public Program()
        {
            _inner = GridTerminalSystem.GetBlockWithName("Airlock Inner Door") as IMyDoor;
            _outer = GridTerminalSystem.GetBlockWithName("Airlock Outer Door") as IMyDoor;
            _vent = GridTerminalSystem.GetBlockWithName("Airlock Vent") as IMyAirVent;
            _lcd = GridTerminalSystem.GetBlockWithName("Airlock LCD") as IMyTextPanel;
            if (_inner == null || _outer == null || _vent == null || _lcd == null)
            {
                Echo("Needs blocks named Airlock Inner Door, Airlock Outer Door, Airlock Vent and Airlock LCD.");
                return;
            }
            _lcd.ContentType = ContentType.TEXT_AND_IMAGE;
            Show("ready");
        }

        public void Main(string argument, UpdateType updateSource)
        {
            if (_lcd == null)
                return;
            if (argument == "out" || argument == "in")
            {
                _goal = argument;
                _waited = 0;
                Runtime.UpdateFrequency = UpdateFrequency.Update10;
            }
            else if (argument != "")
            {
                Echo("Unknown command \"" + argument + "\": use out or in.");
                return;
            }
            if (_goal == "")
                return;
            if ((updateSource & UpdateType.Update10) != 0)
                _waited += Runtime.TimeSinceLastRun.TotalSeconds;

            var behind = _goal == "out" ? _inner : _outer;
            var ahead = _goal == "out" ? _outer : _inner;
            behind.CloseDoor();
            ahead.CloseDoor();
            if (behind.Status != DoorStatus.Closed || ahead.Status != DoorStatus.Closed)
            {
                Wait("closing the doors");
                return;
            }
            behind.Enabled = false;
            _vent.Depressurize = _goal == "out";
            var level = _vent.GetOxygenLevel();
            if (_goal == "out" ? level >= Empty : level <= Full)
            {
                Wait((_goal == "out" ? "emptying " : "filling ") + Math.Round(level * 100) + " %");
                return;
            }
            ahead.Enabled = true;
            ahead.OpenDoor();
            Stop(_goal == "out" ? "open to space" : "open to the ship");
        }

        void Wait(string doing)
        {
            if (_waited < TimeoutSeconds)
                Show(doing);
            else
                Stop("stopped, " + doing + " took too long");
        }

        void Stop(string state)
        {
            _goal = "";
            Runtime.UpdateFrequency = UpdateFrequency.None;
            Show(state);
        }

        void Show(string state)
        {
            _lcd.WriteText("Airlock: " + state);
        }
    }
}
