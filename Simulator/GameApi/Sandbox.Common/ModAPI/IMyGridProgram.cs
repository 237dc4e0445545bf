using System;
using Sandbox.ModAPI.Ingame;

namespace Sandbox.ModAPI
{
    /// <summary>The host's side of a script: what the programmable block sets and calls. Not visible to scripts
    /// (the namespace is not on the in-game allowlist).</summary>
    public interface IMyGridProgram
    {
        IMyGridTerminalSystem GridTerminalSystem { get; set; }
        IMyProgrammableBlock Me { get; set; }
        IMyGridProgramRuntimeInfo Runtime { get; set; }
        IMyGridProgramWorldInfo World { get; set; }
        string Storage { get; set; }
        Action<string> Echo { get; set; }
        Func<IMyIntergridCommunicationSystem> IGC_ContextGetter { set; }
        bool HasMainMethod { get; }
        bool HasSaveMethod { get; }
        void Main(string argument, UpdateType updateSource);
        void Save();
    }
}
