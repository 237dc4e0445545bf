using ShipSim.World.Core;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace ShipSim.World.Blocks;

/// <summary>
/// A timer block (game-behaviour.md section 7): counts down TriggerDelay seconds of game time once
/// started, then fires its toolbar; Trigger() fires it at once. A timer that is not working neither
/// counts nor fires.
/// </summary>
public sealed class SimTimerBlock : SimFunctionalBlock, IMyTimerBlock, ITickPhase
{
    float _delay = 1f;
    long _remainingTicks;

    public SimTimerBlock(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Silent", () => Silent, v => Silent = v);
        BindProperty("TriggerDelay", () => TriggerDelay, v => TriggerDelay = v, 1f, 3600f, 10f);
        AddAction("Start", "Start", (b, _) => ((SimTimerBlock)b).StartCountdown());
        AddAction("Stop", "Stop", (b, _) => ((SimTimerBlock)b).StopCountdown());
        AddAction("TriggerNow", "Trigger now", (b, _) => ((SimTimerBlock)b).Trigger());
    }

    public SimToolbar Toolbar { get; } = new();
    public override string DefinitionDisplayNameText => "Timer Block";
    public override string TypeId => "TimerBlock";
    public TickOrder Order => TickOrder.Blocks;
    public bool IsCountingDown { get; private set; }
    public bool Silent { get; set; }
    /// <summary>How many times the toolbar fired.</summary>
    public int Fired { get; private set; }

    /// <summary>Seconds, 1 to 3600 as the game's slider allows.</summary>
    public float TriggerDelay
    {
        get => _delay;
        set => _delay = Math.Clamp(value, 1f, 3600f);
    }

    protected override void DescribeOwnState(System.Text.StringBuilder state)
    {
        if (IsCountingDown)
            state.Append(" counting=").Append(_remainingTicks);
        state.Append(" fired=").Append(Fired);
    }

    public void Trigger()
    {
        if (!IsWorking)
            return;
        Fired++;
        Toolbar.Fire();
    }

    public void StartCountdown()
    {
        if (!IsWorking)
            return;
        IsCountingDown = true;
        _remainingTicks = (long)Math.Round(_delay * SimWorld.TicksPerSecond);
    }

    public void StopCountdown() => IsCountingDown = false;

    public void OnTick(long tick)
    {
        if (!IsCountingDown || !IsWorking)
            return;
        if (--_remainingTicks > 0)
            return;
        IsCountingDown = false;
        Trigger();
    }
}
