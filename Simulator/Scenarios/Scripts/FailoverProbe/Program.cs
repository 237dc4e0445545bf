using System.Collections.Generic;
using Sandbox.ModAPI.Ingame;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRage.Game.ModAPI.Ingame.Utilities;

namespace IngameScript
{
    // Runs only the Failover and Console mixins. What it does is visible in the world, so that checkers judge it from
    // block states, not from what it says: every active run toggles the light "Failover Witness", every command it
    // executes is appended, one line each, to the LCD "Failover Log", and every takeover (a Failover run) appends the
    // block's name to the LCD "Failover Takeovers". All three are optional.
    partial class Program : MyGridProgram
    {
        readonly MyIni _ini = new MyIni();
        readonly IConsole _console;
        readonly FailoverManager _failover;
        IMyLightingBlock _witness;
        IMyTextPanel _log;
        IMyTextPanel _takeovers;

        public Program()
        {
            _console = new MainConsole(this, "Failover Probe");
            _failover = new FailoverManager(this, _console, _ini);
            FindBlocks();
            Runtime.UpdateFrequency = UpdateFrequency.Update100;
            _console.Flush();
        }

        public void Save()
        {
            _failover.Save();
        }

        public void Main(string argument, UpdateType updateSource)
        {
            _failover.BeginRun(argument, updateSource);
            if (_failover.ActiveCheck != FailoverState.Standby)
            {
                // The ship may have changed while this block stood by, or since it last looked.
                if ((_failover.ActiveCheck & FailoverState.Failover) != 0 || !Mine(_witness))
                    FindBlocks();
                if (Mine(_takeovers) && (_failover.ActiveCheck & FailoverState.Failover) != 0)
                    _takeovers.WriteText(Me.CustomName + "\n", true);
                if (Mine(_witness))
                    _witness.Enabled = !_witness.Enabled;
                string command;
                while (_failover.NextCommand(out command))
                    if (Mine(_log))
                        _log.WriteText(command + "\n", true);
                _failover.SafePoint();
            }
            _console.Flush();
        }

        readonly List<IMyTerminalBlock> _found = new List<IMyTerminalBlock>();

        void FindBlocks()
        {
            _witness = Mine<IMyLightingBlock>("Failover Witness");
            _log = Mine<IMyTextPanel>("Failover Log");
            _takeovers = Mine<IMyTextPanel>("Failover Takeovers");
        }

        // Still on this construct (a split-off block must not act on the ship it left).
        bool Mine(IMyTerminalBlock block)
        {
            return block != null && block.IsSameConstructAs(Me);
        }

        // By name on this construct only: a docked ship may have blocks of the same name.
        T Mine<T>(string name) where T : class, IMyTerminalBlock
        {
            GridTerminalSystem.GetBlocksOfType<T>(_found, b => b.CustomName == name && b.IsSameConstructAs(Me));
            return _found.Count > 0 ? (T)_found[0] : null;
        }
    }
}
