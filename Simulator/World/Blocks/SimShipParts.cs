using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRage.Game;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// A landing gear. Nothing touches it unless a test says so (<see cref="SurfaceInReach"/>): with a surface in
/// reach it is ReadyToLock and Lock() locks it; Unlock() and a lost surface unlock it. AutoLock locks as soon as a
/// surface comes in reach (while working).
/// </summary>
public sealed class SimLandingGear : SimFunctionalBlock, IMyLandingGear, ITickPhase
{
    bool _locked, _surface;

    public SimLandingGear(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Autolock", () => AutoLock, v => AutoLock = v);
        BindProperty("EnableParking", () => IsParkingEnabled, v => IsParkingEnabled = v, true);
        AddAction("Lock", "Lock", (b, _) => ((SimLandingGear)b).Lock());
        AddAction("Unlock", "Unlock", (b, _) => ((SimLandingGear)b).Unlock());
        AddAction("SwitchLock", "Switch lock", (b, _) => ((SimLandingGear)b).ToggleLock());
    }

    public override string DefinitionDisplayNameText => "Landing Gear";
    public override string TypeId => "LandingGear";
    public TickOrder Order => TickOrder.Blocks;

    /// <summary>Whether a surface is within the gear's reach (set by tests).</summary>
    public bool SurfaceInReach
    {
        get => _surface;
        set
        {
            _surface = value;
            if (!value)
                _locked = false;
        }
    }

    public bool AutoLock { get; set; }
    public bool IsParkingEnabled { get; set; } = true;
    public bool IsLocked => _locked;
    public LandingGearMode LockMode => _locked ? LandingGearMode.Locked : _surface ? LandingGearMode.ReadyToLock : LandingGearMode.Unlocked;
    [Obsolete("Landing gear are not breakable anymore.")]
    public bool IsBreakable => false;

    public void Lock() => _locked = _surface && IsWorking;
    public void Unlock() => _locked = false;
    public void ToggleLock()
    {
        if (_locked)
            Unlock();
        else
            Lock();
    }

    public void ResetAutoLock() { }

    public void OnTick(long tick)
    {
        if (AutoLock && _surface && !_locked && IsWorking)
            _locked = true;
    }

    protected override void DescribeOwnState(StringBuilder state) => state.Append(" mode=").Append(LockMode);
}

/// <summary>
/// A merge block. Merging itself is a world event (<see cref="SimWorld.Merge"/>); a test tells the block its partner
/// is in place (<see cref="PartnerInReach"/>): then it is Locked while working, else it reports None.
/// </summary>
public sealed class SimShipMergeBlock : SimFunctionalBlock, IMyShipMergeBlock
{
    public SimShipMergeBlock(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Merge Block";
    public override string TypeId => "MergeBlock";
    public bool PartnerInReach { get; set; }
    public bool IsConnected => PartnerInReach && IsWorking;
    public MergeState State => !IsWorking ? MergeState.None : PartnerInReach ? MergeState.Locked : MergeState.None;
}

/// <summary>
/// A parachute hatch: opens and closes like a door (immediately, our choice); deployment needs an atmosphere, and
/// there is none, so Atmosphere is 0; gravity is the world's natural gravity and velocity the grid's.
/// </summary>
public sealed class SimParachute : SimFunctionalBlock, IMyParachute
{
    bool _open;

    public SimParachute(SimGrid grid, string customName) : base(grid, customName)
    {
        AddInventory(100f);
        BindProperty("Open", () => _open, v => { if (v) OpenDoor(); else CloseDoor(); });
        BindProperty("AutoDeploy", () => AutoDeploy, v => AutoDeploy = v);
        BindProperty("AutoDeployHeight", () => AutoDeployHeight, v => AutoDeployHeight = v, 0f, 10000f, 500f);
    }

    public override string DefinitionDisplayNameText => "Parachute Hatch";
    public override string TypeId => "Parachute";
    public float Atmosphere => 0f;
    public bool AutoDeploy { get; set; }
    public float AutoDeployHeight { get; set; } = 500f;
    public float OpenRatio => _open ? 1f : 0f;
    public DoorStatus Status => _open ? DoorStatus.Open : DoorStatus.Closed;
    public void OpenDoor() => _open = _open || IsWorking;
    public void CloseDoor() => _open = _open && !IsWorking;
    public void ToggleDoor()
    {
        if (_open)
            CloseDoor();
        else
            OpenDoor();
    }

    public Vector3D GetArtificialGravity() => Vector3D.Zero;
    public Vector3D GetNaturalGravity() => World.NaturalGravity;
    public Vector3D GetTotalGravity() => World.NaturalGravity;
    public Vector3D GetVelocity() => Grid.LinearVelocity;
    public bool TryGetClosestPoint(out Vector3D? closestPoint)
    {
        closestPoint = null;
        return false;
    }
}

/// <summary>
/// A projector. No blueprint is loaded unless a test gives one (<see cref="LoadBlueprint"/>): then it projects while
/// working, counting the blocks still to build; nothing gets welded. Offset and rotation are kept (the terminal's
/// X/Y/Z and RotX/Y/Z sliders).
/// </summary>
public sealed class SimProjector : SimFunctionalBlock, IMyProjector
{
    readonly Dictionary<MyDefinitionBase, int> _remaining = [];
    int _total, _remainingCount, _armour;

    public SimProjector(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("ShowOnlyBuildable", () => ShowOnlyBuildable, v => ShowOnlyBuildable = v);
        foreach (var (id, axis) in new[] { ("X", 0), ("Y", 1), ("Z", 2) })
            BindProperty(id, () => (float)ProjectionOffset[axis], v => SetOffset(axis, (int)v), -50f, 50f, 0f);
        foreach (var (id, axis) in new[] { ("RotX", 0), ("RotY", 1), ("RotZ", 2) })
            BindProperty(id, () => (float)ProjectionRotation[axis], v => SetRotation(axis, (int)v), -2f, 2f, 0f);
    }

    public override string DefinitionDisplayNameText => "Projector";
    public override string TypeId => "Projector";

    public bool HasBlueprint { get; private set; }
    public bool IsProjecting => HasBlueprint && IsWorking;
    public bool ShowOnlyBuildable { get; set; }
    public Vector3I ProjectionOffset { get; set; }
    public Vector3I ProjectionRotation { get; set; }
    public int ProjectionOffsetX => ProjectionOffset.X;
    public int ProjectionOffsetY => ProjectionOffset.Y;
    public int ProjectionOffsetZ => ProjectionOffset.Z;
    public int ProjectionRotX => ProjectionRotation.X;
    public int ProjectionRotY => ProjectionRotation.Y;
    public int ProjectionRotZ => ProjectionRotation.Z;
    public int TotalBlocks => IsProjecting ? _total : 0;
    public int RemainingBlocks => IsProjecting ? _remainingCount : 0;
    public int RemainingArmorBlocks => IsProjecting ? _armour : 0;
    public int BuildableBlocksCount => IsProjecting ? _remainingCount : 0;
    public Dictionary<MyDefinitionBase, int> RemainingBlocksPerType => _remaining;

    void SetOffset(int axis, int value)
    {
        var offset = ProjectionOffset;
        offset[axis] = value;
        ProjectionOffset = offset;
    }

    void SetRotation(int axis, int value)
    {
        var rotation = ProjectionRotation;
        rotation[axis] = value;
        ProjectionRotation = rotation;
    }

    public void UpdateOffsetAndRotation() { }

    /// <summary>Loads a blueprint of <paramref name="totalBlocks"/> blocks of which <paramref name="remainingBlocks"/>
    /// (<paramref name="armourBlocks"/> of them armour) are not built yet.</summary>
    public void LoadBlueprint(int totalBlocks, int remainingBlocks, int armourBlocks = 0)
    {
        HasBlueprint = true;
        _total = totalBlocks;
        _remainingCount = remainingBlocks;
        _armour = armourBlocks;
    }
}

/// <summary>A gravity generator: field size and acceleration kept (clamped to the game's ranges as we read them);
/// the field acts on nothing.</summary>
public sealed class SimGravityGenerator : SimFunctionalBlock, IMyGravityGenerator
{
    Vector3 _size = new(150, 150, 150);
    float _acceleration = 9.81f;

    public SimGravityGenerator(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Width", () => FieldWidth, v => FieldSize = new Vector3(v, _size.Y, _size.Z), 1.5f, 150f, 150f);
        BindProperty("Height", () => FieldHeight, v => FieldSize = new Vector3(_size.X, v, _size.Z), 1.5f, 150f, 150f);
        BindProperty("Depth", () => FieldDepth, v => FieldSize = new Vector3(_size.X, _size.Y, v), 1.5f, 150f, 150f);
        BindProperty("Gravity", () => GravityAcceleration, v => GravityAcceleration = v, -9.81f, 9.81f, 9.81f);
    }

    public override string DefinitionDisplayNameText => "Gravity Generator";
    public override string TypeId => "GravityGenerator";
    public Vector3 FieldSize { get => _size; set => _size = Vector3.Clamp(value, new Vector3(1.5f), new Vector3(150f)); }
    public float FieldWidth => _size.X;
    public float FieldHeight => _size.Y;
    public float FieldDepth => _size.Z;
    public float GravityAcceleration { get => _acceleration; set => _acceleration = Math.Clamp(value, -9.81f, 9.81f); }
    public float Gravity => GravityAcceleration / 9.81f;
}

public sealed class SimGravityGeneratorSphere : SimFunctionalBlock, IMyGravityGeneratorSphere
{
    float _radius = 150f, _acceleration = 9.81f;

    public SimGravityGeneratorSphere(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Radius", () => Radius, v => Radius = v, 1f, 450f, 150f);
        BindProperty("Gravity", () => GravityAcceleration, v => GravityAcceleration = v, -9.81f, 9.81f, 9.81f);
    }

    public override string DefinitionDisplayNameText => "Spherical Gravity Generator";
    public override string TypeId => "GravityGeneratorSphere";
    public float Radius { get => _radius; set => _radius = Math.Clamp(value, 1f, 450f); }
    public float GravityAcceleration { get => _acceleration; set => _acceleration = Math.Clamp(value, -9.81f, 9.81f); }
    public float Gravity => GravityAcceleration / 9.81f;
}

/// <summary>An artificial mass block: 50,000 kg of virtual mass (large grid; SE wiki), acting on nothing.</summary>
public sealed class SimVirtualMass : SimFunctionalBlock, IMyArtificialMassBlock
{
    public SimVirtualMass(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Artificial Mass";
    public override string TypeId => "VirtualMass";
    public float VirtualMass => Grid.GridSizeEnum == MyCubeSize.Large ? 50000f : 2000f;
}

/// <summary>A space ball: its virtual mass, friction and restitution are kept.</summary>
public sealed class SimSpaceBall : SimFunctionalBlock, IMySpaceBall
{
    float _mass = 100f;

    public SimSpaceBall(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("VirtualMass", () => VirtualMass, v => VirtualMass = v, 0f, 10000f, 100f);
        BindProperty("EnableBroadCast", () => Broadcasting, v => Broadcasting = v);
    }

    public override string DefinitionDisplayNameText => "Space Ball";
    public override string TypeId => "SpaceBall";
    public float VirtualMass { get => _mass; set => _mass = Math.Clamp(value, 0f, 10000f); }
    public float Friction { get; set; } = 0.5f;
    public float Restitution { get; set; } = 0.5f;
    public bool Broadcasting { get; set; }
    public bool IsBroadcasting => Broadcasting && IsWorking;
}
