using Sandbox.ModAPI.Ingame;

namespace SpaceEngineers.Game.ModAPI.Ingame
{
    /// <summary>
    /// Timer block. Every "Run" action on its toolbar runs its programmable block with UpdateType.Trigger,
    /// all in the same tick.
    /// </summary>
    public interface IMyTimerBlock : IMyFunctionalBlock
    {
        /// <summary>True while the timer is active and counting down.</summary>
        bool IsCountingDown { get; }
        /// <summary>Countdown time, seconds.</summary>
        float TriggerDelay { get; set; }
        bool Silent { get; set; }
        /// <summary>Fires the toolbar now, skipping the countdown.</summary>
        void Trigger();
        void StartCountdown();
        void StopCountdown();
    }
}
