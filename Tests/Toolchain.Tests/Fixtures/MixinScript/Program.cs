using System;
using Sandbox.ModAPI.Ingame;

namespace IngameScript
{
    // Comments before a type in a namespace do not survive packing.
    partial class Program : MyGridProgram
    {
        #region Settings
        const string Channel = "$CHANNEL$";
        const int Period = 10; // ticks
        #endregion

        #region mdk preserve
        const string Banner = "Packed by $AUTHOR$";
        int _unusedButPreserved = 7;
        #endregion

        readonly Registry _registry = new Registry();
        int _runs;

        public Program()
        {
            Runtime.UpdateFrequency = UpdateFrequency.Update10;
            _registry.Add(Channel);
        }

        public void Save()
        {
            Storage = _runs.ToString();
        }

        // Built $MDK_DATE$ (replaced when packed).
        public void Main(string argument, UpdateType updateSource)
        {
            _runs++;
            if (_runs % Period == 0)
                Echo(Banner + " " + Describe(_registry.Count));
            else if (argument == "status")
                Echo(Helpers.Status(_runs));
            Echo(Shout(argument));
        }

        /* A block comment before a member. */
        string Describe(int count)
        {
            return count == 1 ? "one channel" : count + " channels";
        }

        string NeverCalled() { return "trimmed away"; }
    }
}
