using System.Globalization;
using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using VRage.Game;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// A thruster. Flight is not simulated: the override is kept and is the thrust the block produces while working
/// (nothing else commands it: no pilot, no dampeners), and the ship does not move. MaxThrust by subtype from the
/// SE wiki's tables (ion, hydrogen, atmospheric; large and small grid); MaxEffectiveThrust = MaxThrust (space, no
/// atmosphere). GridThrustDirection is the block's Forward in grid coordinates (the exhaust side; our reading).
/// </summary>
public sealed class SimThrust : SimFunctionalBlock, IMyThrust
{
    float _override;

    public SimThrust(SimGrid grid, string customName) : base(grid, customName) =>
        BindProperty("Override", () => ThrustOverride, v => ThrustOverride = v, () => 0f, () => MaxThrust, 0f);

    public override string DefinitionDisplayNameText => "Thruster";
    public override string TypeId => "Thrust";
    public override float PowerDraw => MaxThrust / 1e6f * (_override > 0 ? 1f : 0.01f);

    /// <summary>Newtons, from the subtype (SE wiki figures).</summary>
    public float MaxThrust => MaxThrustOf(Subtype, Grid.GridSizeEnum);
    public float MaxEffectiveThrust => MaxThrust;
    public float ThrustOverride { get => _override; set => _override = float.IsNaN(value) ? 0f : Math.Clamp(value, 0f, MaxThrust); }
    public float ThrustOverridePercentage { get => MaxThrust > 0 ? _override / MaxThrust : 0f; set => ThrustOverride = value * MaxThrust; }
    public float CurrentThrust => IsWorking ? _override : 0f;
    public float CurrentThrustPercentage => MaxThrust > 0 ? CurrentThrust / MaxThrust * 100f : 0f;
    public Vector3I GridThrustDirection => Base6Directions.GetIntVector(Orientation.Forward);

    internal static float MaxThrustOf(string subtype, MyCubeSize size)
    {
        bool large = size == MyCubeSize.Large, big = subtype.Contains("LargeThrust") || subtype.Contains("LargeHydrogenThrust") || subtype.Contains("LargeAtmosphericThrust");
        if (subtype.Contains("Hydrogen"))
            return large ? (big ? 7.2e6f : 1.08e6f) : (big ? 4.8e5f : 9.84e4f);
        if (subtype.Contains("Atmospheric"))
            return large ? (big ? 6.48e6f : 6.48e5f) : (big ? 5.76e5f : 9.6e4f);
        return large ? (big ? 4.32e6f : 3.456e5f) : (big ? 1.728e5f : 1.44e4f);
    }

    protected override void DescribeOwnState(StringBuilder state) =>
        state.Append(" override=").Append(_override.ToString("0.#", CultureInfo.InvariantCulture));
}

/// <summary>A gyroscope. Rotation is not simulated: override, power and the pitch/yaw/roll commands are kept
/// (clamped to ±60 RPM, given in radians per second) and nothing turns.</summary>
public sealed class SimGyro : SimFunctionalBlock, IMyGyro
{
    /// <summary>The gyro's command limit, radians per second (60 RPM; our figure for a large grid).</summary>
    public const float MaxRate = MathHelper.TwoPi;

    float _power = 1f, _pitch, _yaw, _roll;

    public SimGyro(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Power", () => GyroPower, v => GyroPower = v, 0f, 1f, 1f);
        BindProperty("Override", () => GyroOverride, v => GyroOverride = v);
        BindProperty("Yaw", () => Yaw, v => Yaw = v, -MaxRate, MaxRate, 0f);
        BindProperty("Pitch", () => Pitch, v => Pitch = v, -MaxRate, MaxRate, 0f);
        BindProperty("Roll", () => Roll, v => Roll = v, -MaxRate, MaxRate, 0f);
    }

    public override string DefinitionDisplayNameText => "Gyroscope";
    public override string TypeId => "Gyro";

    public bool GyroOverride { get; set; }
    public float GyroPower { get => _power; set => _power = Clamp(value, 0f, 1f); }
    public float Pitch { get => _pitch; set => _pitch = Clamp(value, -MaxRate, MaxRate); }
    public float Yaw { get => _yaw; set => _yaw = Clamp(value, -MaxRate, MaxRate); }
    public float Roll { get => _roll; set => _roll = Clamp(value, -MaxRate, MaxRate); }

    static float Clamp(float value, float min, float max) => float.IsNaN(value) ? 0f : Math.Clamp(value, min, max);

    protected override void DescribeOwnState(StringBuilder state)
    {
        if (GyroOverride)
            state.Append(FormattableString.Invariant($" override pitch={_pitch:0.###} yaw={_yaw:0.###} roll={_roll:0.###}"));
    }
}

/// <summary>A jump drive. It charges from the grid while enabled and set to recharge (3 MWh in about a minute, our
/// rate), is Ready when full; jumping is not simulated (the "Jump" action only empties the store).</summary>
public sealed class SimJumpDrive : SimFunctionalBlock, IMyJumpDrive, ITickPhase
{
    public const float Capacity = 3f;
    const float ChargePerTick = Capacity / (60f * SimWorld.TicksPerSecond);

    float _stored;
    float _distanceRatio = 1f;

    public SimJumpDrive(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Recharge", () => Recharge, v => Recharge = v, true);
        BindProperty("JumpDistance", () => JumpDistanceRatio * 100f, v => JumpDistanceRatio = v / 100f, 0f, 100f, 100f);
        AddAction("Jump", "Jump", (b, _) => ((SimJumpDrive)b).Jump());
    }

    public override string DefinitionDisplayNameText => "Jump Drive";
    public override string TypeId => "JumpDrive";
    public TickOrder Order => TickOrder.Blocks;

    public float MaxStoredPower => Capacity;
    public float CurrentStoredPower => _stored;
    public bool Recharge { get; set; } = true;
    public MyJumpDriveStatus Status => _stored >= Capacity ? MyJumpDriveStatus.Ready : MyJumpDriveStatus.Charging;
    public float MinJumpDistanceMeters => 5000f;
    public float MaxJumpDistanceMeters => 2000000f;
    public float JumpDistanceRatio { get => _distanceRatio; set => _distanceRatio = float.IsNaN(value) ? 0f : Math.Clamp(value, 0f, 1f); }
    public float JumpDistanceMeters
    {
        get => MinJumpDistanceMeters + (MaxJumpDistanceMeters - MinJumpDistanceMeters) * _distanceRatio;
        set => JumpDistanceRatio = (value - MinJumpDistanceMeters) / (MaxJumpDistanceMeters - MinJumpDistanceMeters);
    }
    public override float PowerDraw => Recharge && _stored < Capacity ? 32f : 0.001f;

    /// <summary>Sets the stored energy (MWh), clamped.</summary>
    public void SetStored(float megawattHours) => _stored = Math.Clamp(megawattHours, 0f, Capacity);

    void Jump()
    {
        if (IsWorking && Status == MyJumpDriveStatus.Ready)
            _stored = 0;
    }

    public void OnTick(long tick)
    {
        if (IsWorking && Recharge)
            _stored = Math.Min(Capacity, _stored + ChargePerTick);
    }

    protected override void DescribeOwnState(StringBuilder state) =>
        state.Append(" stored=").Append(_stored.ToString("0.###", CultureInfo.InvariantCulture));
}
