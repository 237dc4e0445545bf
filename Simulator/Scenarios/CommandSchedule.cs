using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.Scenarios;

/// <summary>A player's commands at given ticks, each given through a timer block (its toolbar runs every
/// programmable block on it with the command, in the Blocks part of the tick, as a timer's countdown does), or
/// through one programmable block's terminal.</summary>
public sealed class CommandSchedule : ITickPhase
{
    readonly SortedDictionary<long, List<(SimBlock Through, string Command)>> _byTick = [];

    public CommandSchedule(SimWorld world) => world.AddPhase(this);

    public TickOrder Order => TickOrder.Blocks;

    /// <summary>Every command given, with its tick and how.</summary>
    public List<(long Tick, SimBlock Through, string Command)> Given { get; } = [];

    /// <summary>At <paramref name="tick"/>, <paramref name="through"/> (a timer, or a programmable block's terminal
    /// Run button) gives <paramref name="command"/>.</summary>
    public CommandSchedule At(long tick, SimBlock through, string command)
    {
        if (through is not (SimTimerBlock or SimProgrammableBlock))
            throw new ArgumentException($"{through} cannot give commands: use a timer or a programmable block", nameof(through));
        if (!_byTick.TryGetValue(tick, out var list))
            _byTick[tick] = list = [];
        list.Add((through, command));
        return this;
    }

    public void OnTick(long tick)
    {
        if (!_byTick.Remove(tick, out var commands))
            return;
        foreach (var (through, command) in commands)
        {
            Given.Add((tick, through, command));
            if (through is SimTimerBlock timer)
            {
                timer.Toolbar.SetArgument(command);
                timer.Trigger();
            }
            else if (through is SimProgrammableBlock pb)
            {
                pb.TerminalRunArgument = command;
                pb.RunFromTerminal();
            }
        }
    }
}
