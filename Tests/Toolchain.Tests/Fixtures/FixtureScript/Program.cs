using System;
using System.Collections.Generic;
using Sandbox.ModAPI.Ingame;

namespace IngameScript
{
    partial class Program : MyGridProgram
    {
        readonly Logger _log = new Logger();

        public Program()
        {
            Runtime.UpdateFrequency = UpdateFrequency.Update100;
        }

        public void Main(string argument, UpdateType updateSource)
        {
            _counter.Add(1);
#if DEBUG
            Echo("debug build: " + argument);
#else
            Echo("release build");
#endif
            _log.Write(Echo, @"verbatim
    keeps its indentation");
        }
    }
}
