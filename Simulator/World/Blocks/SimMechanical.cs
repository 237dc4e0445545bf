using System.Globalization;
using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using VRage.Game;
using VRage.Game.Components;
using VRage.Game.ModAPI.Ingame;
using VRage.ObjectBuilders;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// A block that holds a top part on a grid of its own (rotor, hinge, piston, wheel suspension). Built attached by
/// default: the top part's grid is created and joined to the base's grid mechanically, so both are one construct
/// (game-behaviour.md section 4). Detach() breaks the link (the top grid stays); Attach() makes it again. Nothing else of the
/// top grid is modelled: it has no position of its own beyond the base's.
/// </summary>
public abstract class SimMechanicalBlock : SimFunctionalBlock, IMyMechanicalConnectionBlock, ITickPhase
{
    SimGrid? _topGrid;
    bool _attached;

    protected SimMechanicalBlock(SimGrid grid, string customName, bool attachTop) : base(grid, customName)
    {
        if (attachTop)
            AddTopPart();
        AddAction("Attach", "Attach", (b, _) => ((SimMechanicalBlock)b).Attach());
        AddAction("Detach", "Detach", (b, _) => ((SimMechanicalBlock)b).Detach());
    }

    public TickOrder Order => TickOrder.Blocks;
    public SimTopPart? TopPart { get; private set; }

    /// <summary>Builds the top part on a new grid and attaches it (what the "Add Top Part" actions do).</summary>
    public void AddTopPart()
    {
        if (TopPart != null)
            return;
        _topGrid = World.AddGrid(CustomName + " Top", Grid.IsStatic);
        _topGrid.Origin = GetPosition() + WorldMatrix.Up * Grid.GridSize;
        TopPart = new SimTopPart(_topGrid, this);
        Attach();
    }

    public bool IsAttached => _attached && TopPart is { Closed: false };
    public bool PendingAttachment => false;
    public IMyAttachableTopBlock? Top => IsAttached ? TopPart : null;
    public IMyCubeGrid? TopGrid => IsAttached ? _topGrid : null;

    public void Attach()
    {
        if (_attached || _topGrid == null || TopPart is not { Closed: false } || Closed)
            return;
        World.Topology.JoinMechanically(Grid, _topGrid);
        _attached = true;
    }

    public void Detach()
    {
        if (!_attached || _topGrid == null)
            return;
        World.Topology.DetachMechanically(Grid, _topGrid);
        _attached = false;
    }

    protected override void OnClosed() => Detach();

    [Obsolete("SafetyLock is no longer supported.")]
    public bool IsLocked => false;
    [Obsolete("SafetyLock is no longer supported.")]
    public bool SafetyLock { get; set; }
    [Obsolete("SafetyLock is no longer supported.")]
    public float SafetyLockSpeed { get; set; }

    /// <summary>Moves the joint one tick (only while working and attached).</summary>
    public void OnTick(long tick)
    {
        if (IsWorking && IsAttached)
            Move(1f / SimWorld.TicksPerSecond);
    }

    protected abstract void Move(float seconds);
}

/// <summary>
/// A rotor (or, as <see cref="SimHinge"/>, a hinge). The angle follows the target velocity each tick within the
/// limits; a rotor without limits wraps at 2 Pi; RotorLock (and HingeLock) hold it. Limits are radians, float.MinValue
/// / float.MaxValue meaning none (the game's documented convention); hinges are limited to ±90°. Velocity is limited
/// to ±30 RPM (large grid; our figure). Torque, braking torque and displacement are kept, not used.
/// </summary>
public class SimMotorStator : SimMechanicalBlock, IMyMotorStator
{
    public const float MaxRpm = 30f;
    float _angle, _rpm, _lower = float.MinValue, _upper = float.MaxValue;

    public SimMotorStator(SimGrid grid, string customName, bool attachTop = true) : base(grid, customName, attachTop)
    {
        BindProperty("Velocity", () => TargetVelocityRPM, v => TargetVelocityRPM = v, -MaxRpm, MaxRpm, 0f);
        BindProperty("LowerLimit", () => LowerLimitDeg, v => LowerLimitDeg = v, () => IsHinge ? -90f : -361f, () => IsHinge ? 90f : 361f, IsHinge ? -90f : -361f);
        BindProperty("UpperLimit", () => UpperLimitDeg, v => UpperLimitDeg = v, () => IsHinge ? -90f : -361f, () => IsHinge ? 90f : 361f, IsHinge ? 90f : 361f);
        BindProperty("Torque", () => Torque, v => Torque = v, 0f, 3.36e7f, 3.36e7f);
        BindProperty("BrakingTorque", () => BrakingTorque, v => BrakingTorque = v, 0f, 3.36e7f, 0f);
        BindProperty("Displacement", () => Displacement, v => Displacement = v, -0.4f, 0.2f, 0f);
        BindProperty("RotorLock", () => RotorLock, v => RotorLock = v);
        BindProperty("HingeLock", () => RotorLock, v => RotorLock = v);
        AddAction("Reverse", "Reverse", (b, _) => ((SimMotorStator)b).TargetVelocityRPM = -((SimMotorStator)b).TargetVelocityRPM);
    }

    public override string DefinitionDisplayNameText => "Rotor";
    public override string TypeId => "MotorStator";
    public virtual bool IsHinge => false;

    /// <summary>Radians, 0..2 Pi for a rotor, -Pi/2..Pi/2 for a hinge.</summary>
    public float Angle => _angle;
    public bool RotorLock { get; set; }
    public float Torque { get; set; } = 3.36e7f;
    public float BrakingTorque { get; set; }
    public float Displacement { get; set; }
    public float TargetVelocityRPM { get => _rpm; set => _rpm = float.IsNaN(value) ? 0f : Math.Clamp(value, -MaxRpm, MaxRpm); }
    public float TargetVelocityRad { get => _rpm * MathHelper.RPMToRadiansPerSecond; set => TargetVelocityRPM = value * MathHelper.RadiansPerSecondToRPM; }
    public float LowerLimitRad { get => _lower; set => _lower = LimitOrNone(value, float.MinValue); }
    public float UpperLimitRad { get => _upper; set => _upper = LimitOrNone(value, float.MaxValue); }
    public float LowerLimitDeg { get => _lower == float.MinValue ? float.MinValue : MathHelper.ToDegrees(_lower); set => LowerLimitRad = value <= -361f ? float.MinValue : MathHelper.ToRadians(value); }
    public float UpperLimitDeg { get => _upper == float.MaxValue ? float.MaxValue : MathHelper.ToDegrees(_upper); set => UpperLimitRad = value >= 361f ? float.MaxValue : MathHelper.ToRadians(value); }

    float LimitOrNone(float value, float none)
    {
        if (float.IsNaN(value) || value == none || Math.Abs(value) > 2 * MathHelper.TwoPi)
            return IsHinge ? (none < 0 ? -MathHelper.PiOver2 : MathHelper.PiOver2) : none;
        return IsHinge ? Math.Clamp(value, -MathHelper.PiOver2, MathHelper.PiOver2) : value;
    }

    /// <summary>Sets the angle directly (tests), in radians.</summary>
    public void SetAngle(float radians) => _angle = IsHinge ? Math.Clamp(radians, -MathHelper.PiOver2, MathHelper.PiOver2) : Wrap(radians);

    static float Wrap(float radians)
    {
        radians %= MathHelper.TwoPi;
        return radians < 0 ? radians + MathHelper.TwoPi : radians;
    }

    /// <summary>Sets the limit on the side of the target and a velocity toward it (degrees, RPM).</summary>
    public void RotateToAngle(MyRotationDirection dir, float desiredAng, float velAbsRpm)
    {
        var target = MathHelper.ToRadians(desiredAng);
        var speed = Math.Abs(velAbsRpm);
        var ahead = dir == MyRotationDirection.CW || (dir == MyRotationDirection.AUTO && Wrap(target - _angle) <= MathHelper.Pi);
        if (IsHinge)
            ahead = target >= _angle;
        if (ahead)
        {
            UpperLimitRad = target;
            TargetVelocityRPM = speed;
        }
        else
        {
            LowerLimitRad = target;
            TargetVelocityRPM = -speed;
        }
    }

    protected override void Move(float seconds)
    {
        if (RotorLock || _rpm == 0)
            return;
        var next = _angle + TargetVelocityRad * seconds;
        var limited = _lower != float.MinValue || _upper != float.MaxValue;
        if (limited)
            next = Math.Clamp(next, _lower == float.MinValue ? float.MinValue : _lower, _upper == float.MaxValue ? float.MaxValue : _upper);
        _angle = IsHinge || limited ? next : Wrap(next);
    }

    protected override void DescribeOwnState(StringBuilder state) =>
        state.Append(FormattableString.Invariant($" angle={_angle:0.####} rpm={_rpm:0.###}"));
}

/// <summary>An advanced rotor: the same model as <see cref="SimMotorStator"/>.</summary>
public class SimMotorAdvancedStator : SimMotorStator, IMyMotorAdvancedStator
{
    public SimMotorAdvancedStator(SimGrid grid, string customName, bool attachTop = true) : base(grid, customName, attachTop)
    {
    }

    public override string DefinitionDisplayNameText => "Advanced Rotor";
    public override string TypeId => "MotorAdvancedStator";
}

/// <summary>A hinge: in the game an advanced stator whose subtype is a hinge ("LargeHinge").</summary>
public sealed class SimHinge : SimMotorAdvancedStator
{
    public SimHinge(SimGrid grid, string customName, bool attachTop = true) : base(grid, customName, attachTop)
    {
        LowerLimitRad = -MathHelper.PiOver2;
        UpperLimitRad = MathHelper.PiOver2;
    }

    protected override string DefaultSubtype => "LargeHinge";
    public override bool IsHinge => true;
    public override string DefinitionDisplayNameText => "Hinge";
}

/// <summary>A wheel suspension: settings kept (clamped to the sliders' ranges, ours), nothing drives; SteerAngle 0.</summary>
public sealed class SimMotorSuspension : SimMechanicalBlock, IMyMotorSuspension
{
    float _power = 1f, _strength = 0.1f, _friction = 0.5f, _maxSteer = 0.45f, _height;

    public SimMotorSuspension(SimGrid grid, string customName, bool attachTop = true) : base(grid, customName, attachTop)
    {
        BindProperty("Steering", () => Steering, v => Steering = v, true);
        BindProperty("Propulsion", () => Propulsion, v => Propulsion = v, true);
        BindProperty("Braking", () => Brake, v => Brake = v, true);
        BindProperty("EnableParking", () => IsParkingEnabled, v => IsParkingEnabled = v, true);
        BindProperty("AirShock", () => AirShockEnabled, v => AirShockEnabled = v);
        BindProperty("InvertSteering", () => InvertSteer, v => InvertSteer = v);
        BindProperty("InvertPropulsion", () => InvertPropulsion, v => InvertPropulsion = v);
        BindProperty("MaxSteerAngle", () => MaxSteerAngle, v => MaxSteerAngle = v, 0f, 0.79f, 0.45f);
        BindProperty("Power", () => Power * 100f, v => Power = v / 100f, 0f, 100f, 100f);
        BindProperty("Strength", () => Strength * 100f, v => Strength = v / 100f, 0f, 100f, 10f);
        BindProperty("Height", () => Height, v => Height = v, -0.32f, 0.32f, 0f);
        BindProperty("Friction", () => Friction * 100f, v => Friction = v / 100f, 0f, 100f, 50f);
        BindProperty("Propulsion override", () => PropulsionOverride, v => PropulsionOverride = v, -1f, 1f, 0f);
        BindProperty("Steer override", () => SteeringOverride, v => SteeringOverride = v, -1f, 1f, 0f);
    }

    public override string DefinitionDisplayNameText => "Wheel Suspension";
    public override string TypeId => "MotorSuspension";

    public bool Steering { get; set; } = true;
    public bool Propulsion { get; set; } = true;
    public bool Brake { get; set; } = true;
    public bool IsParkingEnabled { get; set; } = true;
    public bool AirShockEnabled { get; set; }
    public bool InvertSteer { get; set; }
    public bool InvertPropulsion { get; set; }
    public float MaxSteerAngle { get => _maxSteer; set => _maxSteer = Clamp(value, 0f, 0.79f); }
    public float Power { get => _power; set => _power = Clamp(value, 0f, 1f); }
    public float Strength { get => _strength; set => _strength = Clamp(value, 0f, 1f); }
    public float Height { get => _height; set => _height = Clamp(value, -0.32f, 0.32f); }
    public float Friction { get => _friction; set => _friction = Clamp(value, 0f, 1f); }
    public float PropulsionOverride { get; set; }
    public float SteeringOverride { get; set; }
    public float SteerAngle => 0f;
    public float Damping => 0f;
    public float SteerReturnSpeed => 0f;
    public float SteerSpeed => 0f;
    public float SuspensionTravel => 0f;

    static float Clamp(float value, float min, float max) => float.IsNaN(value) ? min : Math.Clamp(value, min, max);

    protected override void Move(float seconds) { }
}

/// <summary>
/// A piston. The head moves at Velocity (m/s) toward MaxLimit (positive velocity) or MinLimit (negative) each tick
/// while working; Status follows (Extending/Extended, Retracting/Retracted, Stopped at zero velocity). Travel 0..10 m
/// on large grids, 0..2 m on small; speed up to 5 m/s (our figures, after the SE wiki).
/// </summary>
public sealed class SimPistonBase : SimMechanicalBlock, IMyExtendedPistonBase
{
    float _position, _velocity = 0.5f, _min, _max;

    public SimPistonBase(SimGrid grid, string customName, bool attachTop = true) : base(grid, customName, attachTop)
    {
        _max = HighestPosition;
        BindProperty("Velocity", () => Velocity, v => Velocity = v, () => -MaxVelocity, () => MaxVelocity, 0.5f);
        BindProperty("UpperLimit", () => MaxLimit, v => MaxLimit = v, () => LowestPosition, () => HighestPosition, HighestPosition);
        BindProperty("LowerLimit", () => MinLimit, v => MinLimit = v, () => LowestPosition, () => HighestPosition, 0f);
        AddAction("Extend", "Extend", (b, _) => ((SimPistonBase)b).Extend());
        AddAction("Retract", "Retract", (b, _) => ((SimPistonBase)b).Retract());
        AddAction("Reverse", "Reverse", (b, _) => ((SimPistonBase)b).Reverse());
    }

    public override string DefinitionDisplayNameText => "Piston";
    public override string TypeId => "ExtendedPistonBase";

    public float LowestPosition => 0f;
    public float HighestPosition => Grid.GridSizeEnum == MyCubeSize.Large ? 10f : 2f;
    public float MaxVelocity => 5f;
    public float CurrentPosition => _position;
    public float NormalizedPosition => HighestPosition > 0 ? _position / HighestPosition : 0f;
    public float Velocity { get => _velocity; set => _velocity = float.IsNaN(value) ? 0f : Math.Clamp(value, -MaxVelocity, MaxVelocity); }
    public float MinLimit { get => _min; set => _min = Clamp(value); }
    public float MaxLimit { get => _max; set => _max = Clamp(value); }

    float Clamp(float value) => float.IsNaN(value) ? 0f : Math.Clamp(value, LowestPosition, HighestPosition);

    public PistonStatus Status =>
        _velocity == 0 ? PistonStatus.Stopped
        : _velocity > 0 ? (_position >= _max ? PistonStatus.Extended : PistonStatus.Extending)
        : (_position <= _min ? PistonStatus.Retracted : PistonStatus.Retracting);

    public void Extend() => _velocity = Math.Abs(_velocity);
    public void Retract() => _velocity = -Math.Abs(_velocity);
    public void Reverse() => _velocity = -_velocity;

    /// <summary>Sets the limit on the side of <paramref name="extent"/> and a velocity of <paramref name="speed"/> toward it.</summary>
    public void MoveToPosition(float extent, float speed)
    {
        extent = Clamp(extent);
        if (extent >= _position)
        {
            MaxLimit = extent;
            Velocity = Math.Abs(speed);
        }
        else
        {
            MinLimit = extent;
            Velocity = -Math.Abs(speed);
        }
    }

    /// <summary>Sets the head position directly (tests), clamped to the travel.</summary>
    public void SetPosition(float metres) => _position = Clamp(metres);

    protected override void Move(float seconds)
    {
        if (_velocity > 0 && _position < _max)
            _position = Math.Min(_max, _position + _velocity * seconds);
        else if (_velocity < 0 && _position > _min)
            _position = Math.Max(_min, _position + _velocity * seconds);
    }

    protected override void DescribeOwnState(StringBuilder state) =>
        state.Append(FormattableString.Invariant($" position={_position:0.####} velocity={_velocity:0.###}"));
}

/// <summary>
/// The top part of a rotor, hinge, piston or suspension (rotor head, piston head, wheel). A cube block, not a
/// terminal block: scripts reach it only through the base's Top. It follows its base's attachment.
/// </summary>
public sealed class SimTopPart : IMyMotorAdvancedRotor, IMyPistonTop, IMyWheel
{
    readonly SimGrid _grid;
    readonly SimMechanicalBlock _base;

    internal SimTopPart(SimGrid grid, SimMechanicalBlock owner)
    {
        _grid = grid;
        _base = owner;
        EntityId = grid.World.NextEntityId();
    }

    public IMyMechanicalConnectionBlock Base => _base;
    public bool IsAttached => _base.IsAttached;
    public bool Closed => _grid.Closed;
    public long EntityId { get; }
    string TypeName => _base is SimPistonBase ? "PistonTop" : _base is SimMotorSuspension ? "Wheel" : _base is SimMotorAdvancedStator ? "MotorAdvancedRotor" : "MotorRotor";
    public SerializableDefinitionId BlockDefinition => new(new MyObjectBuilderType(MyObjectBuilderType.LEGACY_TYPE_PREFIX + TypeName), _base.Subtype.Replace("Stator", "Rotor").Replace("Base", "Top"));
    public IMyCubeGrid CubeGrid => _grid;
    public string DefinitionDisplayNameText => _base.DefinitionDisplayNameText + " Head";
    public string DisplayNameText => DefinitionDisplayNameText;
    public string Name => DefinitionDisplayNameText;
    public string DisplayName => DefinitionDisplayNameText;
    public float DisassembleRatio => 1f;
    public bool IsBeingHacked => false;
    public bool IsFunctional => !Closed;
    public bool IsWorking => !Closed;
    public float Mass => 100f;
    public Vector3I Position => Vector3I.Zero;
    public Vector3I Min => Vector3I.Zero;
    public Vector3I Max => Vector3I.Zero;
    public int NumberInGrid => 1;
    public MyBlockOrientation Orientation => _base.Orientation;
    public long OwnerId => _base.OwnerId;
    public bool HasInventory => false;
    public int InventoryCount => 0;
    public IMyEntityComponentContainer Components => _grid.Components;
    public IMyInventory? GetInventory() => null;
    public IMyInventory? GetInventory(int index) => null;
    public Vector3D GetPosition() => _grid.GetPosition();
    public MatrixD WorldMatrix => MatrixD.CreateTranslation(GetPosition());
    public BoundingBoxD WorldAABB => SimBlock.CellBox(GetPosition(), _grid.GridSize);
    public BoundingBoxD WorldAABBHr => WorldAABB;
    public BoundingSphereD WorldVolume => new(GetPosition(), _grid.GridSize * 0.5 * Math.Sqrt(3));
    public BoundingSphereD WorldVolumeHr => WorldVolume;
    public string GetOwnerFactionTag() => "";
    public MyRelationsBetweenPlayerAndBlock GetUserRelationToOwner(long playerId, MyRelationsBetweenPlayerAndBlock defaultNoUser = MyRelationsBetweenPlayerAndBlock.NoOwnership) =>
        _base.GetUserRelationToOwner(playerId, defaultNoUser);
    [Obsolete("GetPlayerRelationToOwner() is useless ingame.")]
    public MyRelationsBetweenPlayerAndBlock GetPlayerRelationToOwner() => MyRelationsBetweenPlayerAndBlock.NoOwnership;
    public void UpdateIsWorking() { }
    public void UpdateVisual() { }

    public override string ToString() => $"top part of {_base}";
}
