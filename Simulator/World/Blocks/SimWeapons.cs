using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRage.Game;
using VRage.Game.ModAPI.Ingame;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// A gun a script can fire. Nothing flies and nothing is hit: Shoot is kept and IsShooting is true while it is on
/// and the gun works; ShootOnce counts (<see cref="ShotsFired"/>). Ammunition sits in the gun's inventory and is not
/// used.
/// </summary>
public abstract class SimUserControllableGun : SimFunctionalBlock, IMyUserControllableGun, IMyInventoryOwner
{
    protected SimUserControllableGun(SimGrid grid, string customName, float inventoryLitres) : base(grid, customName)
    {
        AddInventory(inventoryLitres);
        BindProperty("Shoot", () => Shoot, v => Shoot = v);
        AddAction("ShootOnce", "Shoot once", (b, _) => ((SimUserControllableGun)b).ShootOnce());
    }

    public bool Shoot { get; set; }
    public bool IsShooting => Shoot && IsWorking;
    public int ShotsFired { get; private set; }
    public bool UseConveyorSystem { get; set; } = true;
    bool IMyInventoryOwner.UseConveyorSystem { get => UseConveyorSystem; set => UseConveyorSystem = value; }

    public void ShootOnce()
    {
        if (IsWorking)
            ShotsFired++;
    }

    protected override void DescribeOwnState(StringBuilder state)
    {
        if (IsShooting)
            state.Append(" shooting");
    }
}

public sealed class SimSmallGatlingGun : SimUserControllableGun, IMySmallGatlingGun
{
    public SimSmallGatlingGun(SimGrid grid, string customName) : base(grid, customName, 64f)
    {
    }

    public override string DefinitionDisplayNameText => "Gatling Gun";
    public override string TypeId => "SmallGatlingGun";
}

public class SimSmallMissileLauncher : SimUserControllableGun, IMySmallMissileLauncher
{
    public SimSmallMissileLauncher(SimGrid grid, string customName) : base(grid, customName, 240f)
    {
    }

    public override string DefinitionDisplayNameText => "Rocket Launcher";
    public override string TypeId => "SmallMissileLauncher";
}

public sealed class SimSmallMissileLauncherReload : SimSmallMissileLauncher, IMySmallMissileLauncherReload
{
    public SimSmallMissileLauncherReload(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Reloadable Rocket Launcher";
    public override string TypeId => "SmallMissileLauncherReload";
}

/// <summary>
/// A turret. No targets exist unless a test gives one (<see cref="Target"/>): HasTarget and GetTargetedEntity follow
/// it; the AI is on unless the script aims (SetManualAzimuthAndElevation, SetTarget, TrackTarget). Azimuth and
/// elevation are kept as set (radians), range clamped to 0..800 m (our figure). Targeting flags and group kept.
/// </summary>
public abstract class SimLargeTurret : SimUserControllableGun, IMyLargeTurretBase
{
    static readonly List<string> Groups = ["Weapons", "Propulsion", "PowerSystems"];
    float _range = 800f;
    string _group = "";

    protected SimLargeTurret(SimGrid grid, string customName, float inventoryLitres) : base(grid, customName, inventoryLitres)
    {
        BindProperty("Range", () => Range, v => Range = v, 0f, 800f, 800f);
        BindProperty("EnableIdleMovement", () => EnableIdleRotation, v => EnableIdleRotation = v, true);
        BindProperty("TargetMeteors", () => TargetMeteors, v => TargetMeteors = v, true);
        BindProperty("TargetMissiles", () => TargetMissiles, v => TargetMissiles = v, true);
        BindProperty("TargetSmallShips", () => TargetSmallGrids, v => TargetSmallGrids = v, true);
        BindProperty("TargetLargeShips", () => TargetLargeGrids, v => TargetLargeGrids = v, true);
        BindProperty("TargetCharacters", () => TargetCharacters, v => TargetCharacters = v, true);
        BindProperty("TargetStations", () => TargetStations, v => TargetStations = v, true);
        BindProperty("TargetNeutrals", () => TargetNeutrals, v => TargetNeutrals = v, true);
        BindProperty("TargetEnemies", () => TargetEnemies, v => TargetEnemies = v, true);
        AddAction("ResetTargetingToDefault", "Reset targeting", (b, _) => ((SimLargeTurret)b).ResetTargetingToDefault());
    }

    /// <summary>What the turret sees, set by tests (default: nothing).</summary>
    public MyDetectedEntityInfo Target { get; set; }
    public bool AIEnabled { get; private set; } = true;
    public bool HasTarget => IsWorking && !Target.IsEmpty();
    public bool IsAimed => HasTarget;
    public bool IsUnderControl => false;
    public bool CanControl => true;
    public float Azimuth { get; set; }
    public float Elevation { get; set; }
    public bool EnableIdleRotation { get; set; } = true;
    public float Range { get => _range; set => _range = float.IsNaN(value) ? 0f : Math.Clamp(value, 0f, 800f); }
    public bool TargetMeteors { get; set; } = true;
    public bool TargetMissiles { get; set; } = true;
    public bool TargetSmallGrids { get; set; } = true;
    public bool TargetLargeGrids { get; set; } = true;
    public bool TargetCharacters { get; set; } = true;
    public bool TargetStations { get; set; } = true;
    public bool TargetNeutrals { get; set; } = true;
    public bool TargetEnemies { get; set; } = true;

    public MyDetectedEntityInfo GetTargetedEntity() => HasTarget ? Target : default;
    public void SetManualAzimuthAndElevation(float azimuth, float elevation)
    {
        AIEnabled = false;
        Azimuth = azimuth;
        Elevation = elevation;
    }

    public void SetTarget(Vector3D pos) => AIEnabled = false;
    public void TrackTarget(Vector3D pos, Vector3 velocity) => AIEnabled = false;
    public void ResetTargetingToDefault()
    {
        AIEnabled = true;
        Azimuth = 0;
        Elevation = 0;
    }

    public void SyncAzimuth() { }
    public void SyncElevation() { }
    public void SyncEnableIdleRotation() { }
    public string GetTargetingGroup() => _group;
    public void SetTargetingGroup(string groupSubtypeId) => _group = groupSubtypeId ?? "";
    public void GetTargetingGroups(List<string> targetingGroups)
    {
        targetingGroups.Clear();
        targetingGroups.AddRange(Groups);
    }

    public List<string> GetTargetingGroups() => [.. Groups];
}

public sealed class SimLargeGatlingTurret : SimLargeTurret, IMyLargeGatlingTurret
{
    public SimLargeGatlingTurret(SimGrid grid, string customName) : base(grid, customName, 384f)
    {
    }

    public override string DefinitionDisplayNameText => "Gatling Turret";
    public override string TypeId => "LargeGatlingTurret";
}

public sealed class SimLargeMissileTurret : SimLargeTurret, IMyLargeMissileTurret
{
    public SimLargeMissileTurret(SimGrid grid, string customName) : base(grid, customName, 384f)
    {
    }

    public override string DefinitionDisplayNameText => "Missile Turret";
    public override string TypeId => "LargeMissileTurret";
}

public sealed class SimLargeInteriorTurret : SimLargeTurret, IMyLargeInteriorTurret
{
    public SimLargeInteriorTurret(SimGrid grid, string customName) : base(grid, customName, 64f)
    {
    }

    public override string DefinitionDisplayNameText => "Interior Turret";
    public override string TypeId => "InteriorTurret";
}

/// <summary>
/// A custom turret controller: rotors, camera and tools are kept as the script or player set them; no target
/// (as turrets). Aiming only records the angles asked for.
/// </summary>
public sealed class SimTurretControlBlock : SimFunctionalBlock, IMyTurretControlBlock
{
    readonly List<IMyFunctionalBlock> _tools = [];
    string _group = "";

    public SimTurretControlBlock(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Custom Turret Controller";
    public override string TypeId => "TurretControlBlock";

    public bool AIEnabled { get; set; } = true;
    public float AngleDeviation { get; set; }
    public IMyMotorStator? AzimuthRotor { get; set; }
    public IMyMotorStator? ElevationRotor { get; set; }
    public IMyCameraBlock? Camera { get; set; }
    public bool HasTarget => false;
    public bool IsAimed => false;
    public bool IsSunTrackerEnabled { get; set; }
    public bool IsUnderControl => false;
    public Vector3 MoveIndicator => Vector3.Zero;
    public float RollIndicator => 0f;
    public Vector2 RotationIndicator => Vector2.Zero;
    public float Range { get; set; } = 800f;
    public bool TargetCharacters { get; set; } = true;
    public bool TargetFriends { get; set; }
    public bool TargetLargeGrids { get; set; } = true;
    public bool TargetMeteors { get; set; } = true;
    public bool TargetMissiles { get; set; } = true;
    public bool TargetNeutrals { get; set; } = true;
    public bool TargetSmallGrids { get; set; } = true;
    public bool TargetStations { get; set; } = true;
    public float VelocityMultiplierAzimuthRpm { get; set; } = 1f;
    public float VelocityMultiplierElevationRpm { get; set; } = 1f;

    public void AddTool(IMyFunctionalBlock tool)
    {
        if (tool != null && !_tools.Contains(tool))
            _tools.Add(tool);
    }

    public void AddTools(List<IMyFunctionalBlock> tools) => tools?.ForEach(AddTool);
    public void ClearTools() => _tools.Clear();
    public void RemoveTool(IMyFunctionalBlock tool) => _tools.Remove(tool);
    public void RemoveTools(List<IMyFunctionalBlock> tool) => tool?.ForEach(t => _tools.Remove(t));
    public void GetTools(List<IMyFunctionalBlock> tools)
    {
        tools.Clear();
        tools.AddRange(_tools);
    }

    public IMyTerminalBlock? GetDirectionSource() => (IMyTerminalBlock?)Camera ?? (_tools.Count > 0 ? _tools[0] : null);
    public Vector3 GetShootDirection() => GetDirectionSource() is SimBlock source ? (Vector3)source.WorldMatrix.Forward : (Vector3)WorldMatrix.Forward;
    public MyDetectedEntityInfo GetTargetedEntity() => default;
    public string GetTargetingGroup() => _group;
    public void SetTargetingGroup(string groupSubtypeId) => _group = groupSubtypeId ?? "";
    public void GetTargetingGroups(List<string> targetingGroups) => targetingGroups.Clear();
    public List<string> GetTargetingGroups() => [];
}

/// <summary>
/// A warhead. Arming, the countdown (DetonationTime seconds of game time) and detonation are modelled: detonation
/// destroys the warhead (only if armed); blast damage to anything else is not.
/// </summary>
public sealed class SimWarhead : SimBlock, IMyWarhead, ITickPhase
{
    float _time = 10f;
    long? _detonateAt;

    public SimWarhead(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("DetonationTime", () => DetonationTime, v => DetonationTime = v, 1f, 3600f, 10f);
        BindProperty("Safety", () => IsArmed, v => IsArmed = v);
        AddAction("StartCountdown", "Start countdown", (b, _) => ((SimWarhead)b).StartCountdown());
        AddAction("StopCountdown", "Stop countdown", (b, _) => ((SimWarhead)b).StopCountdown());
        AddAction("Detonate", "Detonate", (b, _) => ((SimWarhead)b).Detonate());
    }

    public override string DefinitionDisplayNameText => "Warhead";
    public override string TypeId => "Warhead";
    public TickOrder Order => TickOrder.Blocks;

    public bool IsArmed { get; set; }
    public float DetonationTime { get => _time; set => _time = float.IsNaN(value) ? 1f : Math.Clamp(value, 1f, 3600f); }
    public bool IsCountingDown => _detonateAt != null;

    public bool StartCountdown()
    {
        if (!IsArmed || Closed)
            return false;
        _detonateAt ??= World.Tick + (long)Math.Round(_time * SimWorld.TicksPerSecond);
        return true;
    }

    public bool StopCountdown()
    {
        var was = _detonateAt != null;
        _detonateAt = null;
        return was;
    }

    public void Detonate()
    {
        if (IsArmed)
            Destroy();
    }

    public void OnTick(long tick)
    {
        if (_detonateAt is long at && tick >= at)
        {
            _detonateAt = null;
            Detonate();
        }
    }
}

public sealed class SimDecoy : SimFunctionalBlock, IMyDecoy
{
    public SimDecoy(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Decoy";
    public override string TypeId => "Decoy";
}

public sealed class SimTargetDummy : SimFunctionalBlock, IMyTargetDummyBlock
{
    public SimTargetDummy(SimGrid grid, string customName) : base(grid, customName) => AddInventory(100f);

    public override string DefinitionDisplayNameText => "Target Dummy";
    public override string TypeId => "TargetDummyBlock";
}
