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
        readonly IMyLightingBlock _witness;
        readonly IMyTextPanel _log;
        readonly IMyTextPanel _takeovers;

        public Program()
        {
            _console = new MainConsole(this, "Failover Probe");
            _failover = new FailoverManager(this, _console, _ini);
            _witness = Mine<IMyLightingBlock>("Failover Witness");
            _log = Mine<IMyTextPanel>("Failover Log");
            _takeovers = Mine<IMyTextPanel>("Failover Takeovers");
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
                if (_takeovers != null && (_failover.ActiveCheck & FailoverState.Failover) != 0)
                    _takeovers.WriteText(Me.CustomName + "\n", true);
                if (_witness != null)
                    _witness.Enabled = !_witness.Enabled;
                string command;
                while (_failover.NextCommand(out command))
                    if (_log != null)
                        _log.WriteText(command + "\n", true);
                _failover.SafePoint();
            }
            _console.Flush();
        }

        T Mine<T>(string name) where T : class, IMyTerminalBlock
        {
            var block = GridTerminalSystem.GetBlockWithName(name) as T;
            return block != null && block.IsSameConstructAs(Me) ? block : null;
        }
    }
}
