using ShipSim.Scenarios;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Faults;
using ShipSim.World.Observation;

namespace ShipSim.Failover.Tests;

/// <summary>A ship whose programmable blocks all run the failover probe (Simulator/Scenarios/Scripts/FailoverProbe):
/// ranks 0..N-1 with id=ship, the witness light every active run toggles, the LCD every executed command is
/// appended to, and a timer whose toolbar runs every programmable block with one argument. Records every effect.</summary>
sealed class ProbeShip
{
    public readonly SimWorld World;
    public readonly SimGrid Grid;
    public readonly List<SimProgrammableBlock> Nodes = [];
    public readonly SimInteriorLight Witness;
    public readonly SimTextPanel Log;
    public readonly SimTextPanel Takeovers;
    public readonly SimTimerBlock Timer;
    public readonly FaultSchedule Faults;
    public readonly CommandSchedule Commands;
    public readonly List<Effect> Effects = [];
    public readonly List<RunRecord> Runs = [];

    public ProbeShip(int nodes = 3, long seed = 1, Func<int, string>? customData = null, bool load = true)
    {
        World = new SimWorld(seed);
        Grid = World.AddGrid("Ship");
        Witness = new SimInteriorLight(Grid, "Failover Witness");
        Log = new SimTextPanel(Grid, "Failover Log");
        Takeovers = new SimTextPanel(Grid, "Failover Takeovers");
        Timer = new SimTimerBlock(Grid, "Command Timer");
        Faults = new FaultSchedule(World);
        Commands = new CommandSchedule(World);
        for (var rank = 0; rank < nodes; rank++)
            Nodes.Add(new SimProgrammableBlock(Grid, $"PB {rank}")
            {
                CustomData = customData?.Invoke(rank) ?? $"[failover]\nid=ship\nrank={rank}\n",
            });
        foreach (var pb in Nodes)
            Timer.Toolbar.Add(pb, "Run", "");
        World.EffectRecorded += Effects.Add;
        World.RunCompleted += Runs.Add;
        if (load)
            foreach (var pb in Nodes)
                pb.LoadScript(ScriptCatalog.FailoverProbe);
    }

    /// <summary>The timer fires at <paramref name="tick"/>: every programmable block runs with <paramref name="command"/>.</summary>
    public void CommandAt(long tick, string command) => Commands.At(tick, Timer, command);

    /// <summary>Steps until <paramref name="tick"/> has run.</summary>
    public void RunTo(long tick) => World.Run(tick - World.Tick);

    /// <summary>Effects made by this ship's programmable blocks (not a docked visitor's).</summary>
    IEnumerable<Effect> OwnEffects => Effects.Where(e => Nodes.Any(n => n.EntityId == e.Pb));

    /// <summary>The blocks whose runs made effects (toggled the witness, wrote the log) in the given ticks.</summary>
    public IEnumerable<SimProgrammableBlock> ActorsBetween(long from, long to) =>
        OwnEffects.Where(e => e.Tick >= from && e.Tick <= to).Select(e => e.Pb).Distinct().Select(Node);

    public SimProgrammableBlock Node(long id) => Nodes.Single(n => n.EntityId == id);

    /// <summary>The first tick at or after <paramref name="from"/> in which a block's run made an effect.</summary>
    public (long Tick, SimProgrammableBlock Pb)? FirstActionFrom(long from)
    {
        var effect = OwnEffects.FirstOrDefault(e => e.Tick >= from);
        return effect.Pb == 0 ? null : (effect.Tick, Node(effect.Pb));
    }

    /// <summary>The block that acted last (made the latest effect).</summary>
    public SimProgrammableBlock? LastActor => OwnEffects.Select(e => Node(e.Pb)).LastOrDefault();

    public string[] ExecutedCommands => Log.GetText().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The names of the blocks that took over (had a Failover run), in order.</summary>
    public string[] TakeoverNames => Takeovers.GetText().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static string Screen(SimProgrammableBlock pb) => pb.Surfaces[0].GetText();
}
