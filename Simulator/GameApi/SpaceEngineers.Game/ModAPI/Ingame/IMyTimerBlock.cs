using Sandbox.ModAPI.Ingame;

namespace SpaceEngineers.Game.ModAPI.Ingame
{
    public interface IMyTimerBlock : IMyFunctionalBlock
    {
        bool IsCountingDown { get; }
        /// <summary>Seconds.</summary>
        float TriggerDelay { get; set; }
        bool Silent { get; set; }
        /// <summary>Fires the toolbar now.</summary>
        void Trigger();
        void StartCountdown();
        void StopCountdown();
    }
}
