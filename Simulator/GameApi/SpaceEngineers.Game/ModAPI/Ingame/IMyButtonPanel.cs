using Sandbox.ModAPI.Ingame;

namespace SpaceEngineers.Game.ModAPI.Ingame
{
    /// <summary>
    /// Button panel. The documented interface derives from IMyTerminalBlock only (not IMyFunctionalBlock, not
    /// IMyTextSurfaceProvider); panels with screens are reached by casting the block to IMyTextSurfaceProvider.
    /// </summary>
    public interface IMyButtonPanel : IMyTerminalBlock
    {
        bool AnyoneCanUse { get; set; }
        string GetButtonName(int index);
        bool HasCustomButtonName(int index);
        bool IsButtonAssigned(int index);
        void SetCustomButtonName(int index, string name);
        void ClearCustomButtonName(int index);
    }
}
