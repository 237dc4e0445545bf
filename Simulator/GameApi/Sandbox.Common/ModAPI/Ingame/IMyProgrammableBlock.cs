namespace Sandbox.ModAPI.Ingame
{
    public interface IMyProgrammableBlock : IMyFunctionalBlock, IMyTextSurfaceProvider
    {
        /// <summary>True only while this block's own script is executing.</summary>
        bool IsRunning { get; }
        string TerminalRunArgument { get; }
        /// <summary>Runs the block's script now with UpdateType.Script; false when it has no script, is running or is not working.</summary>
        bool TryRun(string argument);
    }
}
