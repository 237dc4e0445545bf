using System.Globalization;
using System.Text;
using Sandbox.Definitions;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRage;
using VRage.Game;
using VRage.Game.ModAPI.Ingame;

namespace ShipSim.World.Blocks;

/// <summary>
/// Power producers other than batteries. Power is per grid in the simulator (<see cref="SimGrid.Powered"/>), so a
/// producer feeds nothing: it reports its rated output and what a test says it produces (<see cref="Output"/>,
/// 0 by default: no load is modelled). MaxOutput by type and grid size (SE wiki figures): large reactor 300 MW,
/// small reactor 15 MW (large grid); solar panel 0.16 MW; wind turbine 0.4 MW; hydrogen engine 5 MW.
/// </summary>
public abstract class SimPowerProducer : SimFunctionalBlock, IMyPowerProducer
{
    float _output;

    protected SimPowerProducer(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public abstract float MaxOutput { get; }
    /// <summary>The output the producer reports while working, MW (set by tests; clamped to MaxOutput).</summary>
    public float Output { get => _output; set => _output = float.IsNaN(value) ? 0f : Math.Clamp(value, 0f, MaxOutput); }
    public virtual float CurrentOutput => IsWorking ? _output : 0f;
    public float CurrentOutputRatio => MaxOutput > 0 ? CurrentOutput / MaxOutput : 0f;
    public override float PowerDraw => 0f;

    public override string DetailedInfo => new StringBuilder().Line("Type", DefinitionDisplayNameText)
        .Line("Max Output", DetailedInfoText.Power(MaxOutput)).Line("Current Output", DetailedInfoText.Power(CurrentOutput)).ToString();

    protected override void DescribeOwnState(StringBuilder state) =>
        state.Append(" output=").Append(CurrentOutput.ToString("0.###", CultureInfo.InvariantCulture));
}

/// <summary>A reactor: produces only while it holds uranium ingots (its inventory; none consumed: fuel use is not
/// modelled). Capacity 1000 L large, 125 L small (our figures).</summary>
public sealed class SimReactor : SimPowerProducer, IMyReactor, IMyInventoryOwner
{
    public static readonly MyItemType Uranium = MyItemType.MakeIngot("Uranium");

    public SimReactor(SimGrid grid, string customName) : base(grid, customName)
    {
        Fuel = AddInventory(Subtype.Contains("Large") ? 1000f : 125f);
        BindProperty("UseConveyor", () => UseConveyorSystem, v => UseConveyorSystem = v, true);
    }

    public override string DefinitionDisplayNameText => "Reactor";
    public override string TypeId => "Reactor";
    public SimInventory Fuel { get; }
    public override float MaxOutput => Grid.GridSizeEnum == MyCubeSize.Large ? (Subtype.Contains("Large") ? 300f : 15f) : (Subtype.Contains("Large") ? 14.75f : 0.5f);
    public override float CurrentOutput => Fuel.GetItemAmount(Uranium) > MyFixedPoint.Zero ? base.CurrentOutput : 0f;
    public bool UseConveyorSystem { get; set; } = true;
}

/// <summary>A solar panel: never occluded (no sun model); output as set by tests.</summary>
public sealed class SimSolarPanel : SimPowerProducer, IMySolarPanel, IMySolarOccludable
{
    public SimSolarPanel(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Solar Panel";
    public override string TypeId => "SolarPanel";
    public override float MaxOutput => Grid.GridSizeEnum == MyCubeSize.Large ? 0.16f : 0.04f;
    public bool IsSolarOccluded => false;
    public long GetEntityId() => EntityId;
}

/// <summary>A wind turbine: no wind model; effectivity follows the output a test sets.</summary>
public sealed class SimWindTurbine : SimPowerProducer, IMyWindTurbine
{
    public SimWindTurbine(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Wind Turbine";
    public override string TypeId => "WindTurbine";
    public override float MaxOutput => 0.4f;
    public float Effectivity => CurrentOutputRatio;
    public float PlacementEffectivity => 1f;
    public float WindEffectivity => CurrentOutputRatio;
}

/// <summary>A hydrogen engine (a power producer with its own hydrogen store; no fuel use is modelled).</summary>
public sealed class SimHydrogenEngine : SimPowerProducer
{
    public SimHydrogenEngine(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Hydrogen Engine";
    public override string TypeId => "HydrogenEngine";
    public override float MaxOutput => Grid.GridSizeEnum == MyCubeSize.Large ? 5f : 0.5f;
}

/// <summary>An O2/H2 generator: produces (IsProducing) while working and holding ice; gas output and ice use are not
/// modelled (the air system has its own tanks). Inventory 4,000 L large, 1,000 L small (our figures).</summary>
public sealed class SimGasGenerator : SimFunctionalBlock, IMyGasGenerator, IMyInventoryOwner
{
    public static readonly MyItemType Ice = MyItemType.MakeOre("Ice");

    public SimGasGenerator(SimGrid grid, string customName) : base(grid, customName)
    {
        Ice_ = AddInventory(Grid.GridSizeEnum == MyCubeSize.Large ? 4000f : 1000f);
        BindProperty("UseConveyor", () => UseConveyorSystem, v => UseConveyorSystem = v, true);
        BindProperty("Auto-Refill", () => AutoRefill, v => AutoRefill = v);
    }

    SimInventory Ice_ { get; }
    public override string DefinitionDisplayNameText => "O2/H2 Generator";
    public override string TypeId => "OxygenGenerator";
    public bool UseConveyorSystem { get; set; } = true;
    public bool AutoRefill { get; set; }
    public bool IsProducing => IsWorking && Ice_.GetItemAmount(Ice) > MyFixedPoint.Zero;
}

/// <summary>An oxygen farm: no sun model, so it reports what a test sets (<see cref="Output"/>, 0..1 of its rate).</summary>
public sealed class SimOxygenFarm : SimFunctionalBlock, IMyOxygenFarm, IMySolarOccludable
{
    float _output;

    public SimOxygenFarm(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Oxygen Farm";
    public override string TypeId => "OxygenFarm";
    public float Output { get => _output; set => _output = Math.Clamp(value, 0f, 1f); }
    public bool CanProduce => IsWorking && _output > 0;
    public float GetOutput() => IsWorking ? _output : 0f;
    public bool IsSolarOccluded => false;
    public long GetEntityId() => EntityId;
}
