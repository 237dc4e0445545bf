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
    // Airlock control for a whole ship, on several programmable blocks: the Failover mixin keeps exactly one active;
    // the active runs every airlock's cycle (Airlocks, Airlock, AirlockCycle), the others stand by.
    partial class Program : MyGridProgram
    {
        const string ScriptName = "Redundant Airlock";
        const long RescanTicks = 600;

        public MyIni Ini { get; } = new MyIni();
        public IConsole Console { get; private set; }
        readonly FailoverManager _failover;
        readonly Airlocks _airlocks;
        long _now;
        bool _showing;

        public Program()
        {
            Console = new MainConsole(this, ScriptName);
            _failover = new FailoverManager(this, Console, Ini);
            _airlocks = new Airlocks(this, Console, Ini);
            _airlocks.Scan(0);
            Runtime.UpdateFrequency |= UpdateFrequency.Update100;
            Console.Flush();
        }

        public void Save()
        {
            _failover.Save();
        }

        public void Main(string argument, UpdateType updateSource)
        {
            _now += (long)Math.Round(Runtime.TimeSinceLastRun.TotalSeconds * 60);
            _failover.BeginRun(_airlocks.Canonical(argument), updateSource);
            var state = _failover.ActiveCheck;
            if (state == FailoverState.Standby)
            {
                if (_showing)
                    _airlocks.Hide();
                _showing = false;
                Pace(UpdateFrequency.Update100);
                Console.Flush();
                return;
            }
            if ((state & FailoverState.Failover) != 0 || _failover.CustomDataChanged)
            {
                // Warm-up: the ship may have changed while this block stood by; go on from where the last active was.
                _airlocks.Scan(_now);
                if ((state & FailoverState.Failover) != 0)
                    _airlocks.Restore(_failover.AppState, _now);
            }
            else if (!_airlocks.AnyBusy && _now - _airlocks.LastScan >= RescanTicks)
                _airlocks.Scan(_now);
            string command;
            while (_failover.NextCommand(out command))
                _airlocks.Command(command, _now);
            _airlocks.Update(_now);
            _showing = true;
            _failover.AppState = _airlocks.State();
            if (!_airlocks.AnyCycling)
                _failover.SafePoint();
            // Every tick while a cycle runs (its phases end on the tick), every 10 while a door waits to close.
            Pace(_airlocks.AnyCycling ? UpdateFrequency.Update1 : _airlocks.AnyBusy ? UpdateFrequency.Update10 : UpdateFrequency.Update100);
            Console.Flush();
        }

        // Changes only this script's update bits: the failover manager may have asked for a run next tick (Once).
        void Pace(UpdateFrequency frequency)
        {
            Runtime.UpdateFrequency = Runtime.UpdateFrequency & UpdateFrequency.Once | frequency;
        }
    }
}
