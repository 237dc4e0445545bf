using System.Globalization;
using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using ShipSim.World.Physics;

namespace ShipSim.World.Blocks;

/// <summary>
/// An oxygen tank over an <see cref="OxygenTank"/> on a conveyor network of the world's air. Vents draw from it
/// and store into it while it works; a Stockpile tank only takes (SE wiki, "Oxygen Tank"). Hydrogen tanks are not
/// modelled. Bottles are not modelled: <see cref="RefillBottles"/> only counts calls.
/// </summary>
public sealed class SimGasTank : SimFunctionalBlock, IMyGasTank, ITickPhase
{
    /// <summary>Large-grid oxygen tank capacity, litres (SE wiki, "Oxygen").</summary>
    public const double LargeOxygenTankLitres = 100_000;

    public SimGasTank(SimGrid grid, string customName, ConveyorNetwork network,
        double capacityLitres = LargeOxygenTankLitres, double filledLitres = 0) : base(grid, customName)
    {
        Tank = network.AddTank(customName, capacityLitres, filledLitres);
        Tank.Working = IsWorking;
        AddAction("Stockpile", "Stockpile On/Off", (b, _) => ((SimGasTank)b).Stockpile = !((SimGasTank)b).Stockpile);
        AddAction("Stockpile_On", "Stockpile On", (b, _) => ((SimGasTank)b).Stockpile = true);
        AddAction("Stockpile_Off", "Stockpile Off", (b, _) => ((SimGasTank)b).Stockpile = false);
        AddAction("Auto-Refill", "Auto-Refill On/Off", (b, _) => ((SimGasTank)b).AutoRefillBottles = !((SimGasTank)b).AutoRefillBottles);
        AddAction("Refill", "Refill Bottles", (b, _) => ((SimGasTank)b).RefillBottles());
        BindProperty("Stockpile", () => Stockpile, v => Stockpile = v);
        BindProperty("Auto-Refill", () => AutoRefillBottles, v => AutoRefillBottles = v);
    }

    public OxygenTank Tank { get; }
    public override string DefinitionDisplayNameText => "Oxygen Tank";
    public override string TypeId => "OxygenTank";
    public TickOrder Order => TickOrder.Blocks;

    public float Capacity => (float)Tank.Capacity;
    public double FilledRatio => Tank.FilledRatio;

    public bool Stockpile
    {
        get => Tank.Stockpile;
        set => Tank.Stockpile = value;
    }

    public bool AutoRefillBottles { get; set; }

    /// <summary>How many times RefillBottles was called while working.</summary>
    public int BottleRefills { get; private set; }

    public void RefillBottles()
    {
        if (IsWorking)
            BottleRefills++;
    }

    /// <summary>Sets the tank's fill (0..1), e.g. a fault or a player refilling it by hand.</summary>
    public void Fill(double ratio = 1.0)
    {
        if (double.IsNaN(ratio))
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "ratio must be a number");
        Tank.Filled = Math.Clamp(ratio, 0, 1) * Tank.Capacity;
    }

    public void Empty() => Fill(0);

    // Before the air moves: a tank that is off, unpowered or broken neither gives nor takes oxygen.
    public void OnTick(long tick) => Tank.Working = IsWorking;

    // A destroyed tank's oxygen is gone with it.
    protected override void OnClosed()
    {
        Tank.Working = false;
        Tank.Filled = 0;
    }

    protected override void DescribeOwnState(StringBuilder state)
    {
        state.Append(" filled=").Append(Tank.FilledRatio.ToString("0.######", CultureInfo.InvariantCulture));
        if (Stockpile)
            state.Append(" stockpile");
    }
}
