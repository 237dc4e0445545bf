using System.Globalization;
using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;

namespace ShipSim.World.Blocks;

/// <summary>
/// A battery. Power is not simulated block by block: a grid is powered or not (<see cref="SimGrid.Powered"/>),
/// so a battery does not feed or drain anything. It keeps the charge a test sets (<see cref="SetStored"/>) and
/// reports constant figures of a large-grid battery (3 MWh, 12 MW in and out). Our choice, for scripts that only
/// read charge levels; none of it is in game-behaviour.md.
/// </summary>
public sealed class SimBatteryBlock : SimFunctionalBlock, IMyBatteryBlock
{
    /// <summary>Large-grid battery: 3 MWh stored, 12 MW input and output.</summary>
    public const float LargeMaxStoredMWh = 3f;
    public const float LargeMaxPowerMW = 12f;

    float _stored;

    public SimBatteryBlock(SimGrid grid, string customName, float storedRatio = 1f) : base(grid, customName)
    {
        SetStored(storedRatio * MaxStoredPower);
        AddAction("Recharge", "Recharge", (b, _) => ((SimBatteryBlock)b).ChargeMode = ChargeMode.Recharge);
        AddAction("Discharge", "Discharge", (b, _) => ((SimBatteryBlock)b).ChargeMode = ChargeMode.Discharge);
        AddAction("Auto", "Auto", (b, _) => ((SimBatteryBlock)b).ChargeMode = ChargeMode.Auto);
        BindProperty("ChargeMode", () => (long)ChargeMode, v => ChargeMode = (ChargeMode)Math.Clamp(v, 0, 2), 0L, 2L, 0L);
        AddAction("Recharge_On", "Recharge On", (b, _) => ((SimBatteryBlock)b).ChargeMode = ChargeMode.Recharge);
        AddAction("Recharge_Off", "Recharge Off", (b, _) => ((SimBatteryBlock)b).ChargeMode = ChargeMode.Auto);
        AddAction("Discharge_On", "Discharge On", (b, _) => ((SimBatteryBlock)b).ChargeMode = ChargeMode.Discharge);
        AddAction("Discharge_Off", "Discharge Off", (b, _) => ((SimBatteryBlock)b).ChargeMode = ChargeMode.Auto);
    }

    public override string DefinitionDisplayNameText => "Battery";
    public override string TypeId => "BatteryBlock";

    public float MaxStoredPower => LargeMaxStoredMWh;
    public float CurrentStoredPower => _stored;
    public bool HasCapacityRemaining => _stored > 0;
    public float MaxInput => LargeMaxPowerMW;
    public float MaxOutput => LargeMaxPowerMW;

    /// <summary>No load and no charger are modelled: nothing flows in or out.</summary>
    public float CurrentInput => 0f;
    public float CurrentOutput => 0f;
    public float CurrentOutputRatio => 0f;
    public bool IsCharging => false;

    public override string DetailedInfo => new StringBuilder().Line("Type", DefinitionDisplayNameText)
        .Line("Max Output", DetailedInfoText.Power(MaxOutput)).Line("Max Required Input", DetailedInfoText.Power(MaxInput))
        .Line("Max Stored Power", DetailedInfoText.Energy(MaxStoredPower)).Line("Current Input", DetailedInfoText.Power(CurrentInput))
        .Line("Current Output", DetailedInfoText.Power(CurrentOutput)).Line("Stored power", DetailedInfoText.Energy(CurrentStoredPower)).ToString();

    public ChargeMode ChargeMode { get; set; } = ChargeMode.Auto;

    public bool OnlyRecharge
    {
        get => ChargeMode == ChargeMode.Recharge;
        set => ChargeMode = value ? ChargeMode.Recharge : ChargeMode.Auto;
    }

    public bool OnlyDischarge
    {
        get => ChargeMode == ChargeMode.Discharge;
        set => ChargeMode = value ? ChargeMode.Discharge : ChargeMode.Auto;
    }

    /// <summary>Semi-auto is gone from the game; reads as Auto.</summary>
    public bool SemiautoEnabled
    {
        get => ChargeMode == ChargeMode.Auto;
        set
        {
            if (value)
                ChargeMode = ChargeMode.Auto;
        }
    }

    /// <summary>Sets the stored energy (MWh), clamped to 0..MaxStoredPower.</summary>
    public void SetStored(float megawattHours) =>
        _stored = float.IsNaN(megawattHours) ? 0 : Math.Clamp(megawattHours, 0f, MaxStoredPower);

    protected override void DescribeOwnState(StringBuilder state)
    {
        state.Append(" stored=").Append(_stored.ToString("0.###", CultureInfo.InvariantCulture));
        state.Append(" mode=").Append(ChargeMode);
    }
}
