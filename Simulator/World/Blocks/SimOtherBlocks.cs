using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRage.Game;
using VRage.Game.ModAPI.Ingame;
using VRage.Game.ObjectBuilders.Definitions;
using VRageMath;

namespace ShipSim.World.Blocks;

// Blocks whose function the simulator does not model at all: each keeps its terminal state (on/off, properties,
// custom data, inventory) and answers its interface with neutral values.

public sealed class SimMedicalRoom : SimFunctionalBlock, IMyMedicalRoom
{
    public SimMedicalRoom(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Medical Room";
    public override string TypeId => "MedicalRoom";
}

public sealed class SimSafeZoneBlock : SimFunctionalBlock, IMySafeZoneBlock
{
    public SimSafeZoneBlock(SimGrid grid, string customName) : base(grid, customName) => AddInventory(1000f);

    public override string DefinitionDisplayNameText => "Safe Zone";
    public override string TypeId => "SafeZoneBlock";
}

public sealed class SimHeatVent : SimFunctionalBlock, IMyHeatVent
{
    public SimHeatVent(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Heat Vent";
    public override string TypeId => "HeatVentBlock";
}

/// <summary>An upgrade module: no upgrades are connected (no neighbouring blocks are modelled).</summary>
public sealed class SimUpgradeModule : SimFunctionalBlock, IMyUpgradeModule
{
    public SimUpgradeModule(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Upgrade Module";
    public override string TypeId => "UpgradeModule";
    public uint Connections => 0;
    uint IMyUpgradeModule.UpgradeCount => 0;
    public void FillUpgradeList(List<MyUpgradeModuleInfo> upgrades) => upgrades.Clear();
    [Obsolete("Use FillUpgradeList without the out parameter instead.")]
    public void GetUpgradeList(out List<MyUpgradeModuleInfo> upgrades) => upgrades = [];
}

/// <summary>A store (or vending machine): offers and orders are kept; nobody trades.</summary>
public sealed class SimStoreBlock : SimFunctionalBlock, IMyStoreBlock
{
    readonly List<MyStoreQueryItem> _items = [];
    long _nextId = 1;
    readonly string _typeId;

    public SimStoreBlock(SimGrid grid, string customName, bool vendingMachine = false) : base(grid, customName)
    {
        _typeId = vendingMachine ? "VendingMachine" : "StoreBlock";
        AddInventory(1000f);
    }

    public override string DefinitionDisplayNameText => _typeId == "StoreBlock" ? "Store" : "Vending Machine";
    public override string TypeId => _typeId;
    public bool Searchable { get; set; } = true;

    public bool CancelStoreItem(long id) => _items.RemoveAll(i => i.Id == id) > 0;
    public void GetPlayerStoreItems(List<MyStoreQueryItem> storeItems)
    {
        storeItems.Clear();
        storeItems.AddRange(_items);
    }

    public MyStoreInsertResults InsertOffer(MyStoreItemDataSimple item, out long id) => Insert(item, out id);
    public MyStoreInsertResults InsertOrder(MyStoreItemDataSimple item, out long id) => Insert(item, out id);

    MyStoreInsertResults Insert(MyStoreItemDataSimple item, out long id)
    {
        id = _nextId++;
        _items.Add(new MyStoreQueryItem { Id = id, ItemId = (MyDefinitionId)item.ItemId, Amount = item.Amount, PricePerUnit = item.PricePerUnit });
        return MyStoreInsertResults.Success;
    }
}

/// <summary>An event controller: its condition settings are kept; no event is watched, so it never fires.</summary>
public sealed class SimEventController : SimFunctionalBlock, IMyEventControllerBlock
{
    public SimEventController(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Event Controller";
    public override string TypeId => "EventControllerBlock";
    public bool IsAndModeEnabled { get; set; }
    public bool IsLowerOrEqualCondition { get; set; }
    public float Threshold { get; set; }
}

public sealed class SimEmotionController : SimFunctionalBlock, IMyEmotionControllerBlock
{
    public SimEmotionController(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Emotion Controller";
    public override string TypeId => "EmotionControllerBlock";
}

/// <summary>An AI flight block: settings and waypoints (none) kept; nothing flies.</summary>
public sealed class SimFlightMovementBlock : SimFunctionalBlock, IMyFlightMovementBlock
{
    public SimFlightMovementBlock(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "AI Flight (Move)";
    public override string TypeId => "FlightMovementBlock";
    public bool AlignToPGravity { get; set; }
    public bool CollisionAvoidance { get; set; }
    public IMyAutopilotWaypoint? CurrentWaypoint => null;
    public FlightMode FlightMode { get; set; } = FlightMode.OneWay;
    public bool IsAutoPilotEnabled => false;
    public Vector3D? LookAtPosition { get; set; }
    public float MinimalAltitude { get; set; }
    public bool PrecisionMode { get; set; }
    public float SpeedLimit { get; set; } = 20f;
    public void GetWaypoints(List<IMyAutopilotWaypoint> points) => points.Clear();
}

public sealed class SimPathRecorderBlock : SimFunctionalBlock, IMyPathRecorderBlock
{
    public SimPathRecorderBlock(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "AI Recorder";
    public override string TypeId => "PathRecorderBlock";
}

public sealed class SimBasicMissionBlock : SimFunctionalBlock, IMyBasicMissionBlock
{
    public SimBasicMissionBlock(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "AI Basic (Task)";
    public override string TypeId => "BasicMissionBlock";
    public long SelectedMissionId { get; set; }
}

/// <summary>An AI offensive block: it searches for enemies and finds none.</summary>
public sealed class SimOffensiveCombatBlock : SimFunctionalBlock, IMyOffensiveCombatBlock, IMySearchEnemyComponent
{
    public SimOffensiveCombatBlock(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "AI Offensive (Combat)";
    public override string TypeId => "OffensiveCombatBlock";
    public int LastScan => 0;
    public IMySearchEnemyComponent SearchEnemyComponent => this;
    public long SelectedAttackPattern { get; set; }
    public OffensiveCombatTargetPriority TargetPriority { get; set; }
    public int UpdateTargetInterval { get; set; } = 1;
    public T GetAttackPatternIds<T>(T idsList) => idsList;
    public bool TryGetSelectedAttackPattern(out IMyAttackPatternComponent attackPatternComponent) => TryGetSelectedAttackPattern(SelectedAttackPattern, out attackPatternComponent);
    public bool TryGetSelectedAttackPattern(long patternId, out IMyAttackPatternComponent attackPatternComponent)
    {
        attackPatternComponent = null!;
        return false;
    }

    public long? FoundEnemyId => null;
    public VRage.Utils.MyStringHash SubsystemsToDestroy { get; set; }
    public MyGridTargetingRelationFiltering TargetingLockOptions { get; set; }
}

/// <summary>An AI defensive block: it never flees (no enemies).</summary>
public sealed class SimDefensiveCombatBlock : SimFunctionalBlock, IMyDefensiveCombatBlock, IMySearchEnemyComponent
{
    public SimDefensiveCombatBlock(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "AI Defensive (Combat)";
    public override string TypeId => "DefensiveCombatBlock";
    public Vector3D? CustomFleeCoordinates { get; set; }
    public long? FleeBeaconEntityId => null;
    public Vector3D? FleeCoordinates => CustomFleeCoordinates;
    public VRage.Game.ModAPI.GpsInfo? FleeGps => null;
    public FleeTrigger FleeTrigger { get; set; }
    public bool IsFleeing => false;
    public bool LockTarget { get; set; }
    public IMySearchEnemyComponent SearchEnemyComponent => this;
    public float WaypointZoneSize { get; set; } = 50f;
    public void Flee() { }
    public long? FoundEnemyId => null;
    public VRage.Utils.MyStringHash SubsystemsToDestroy { get; set; }
    public MyGridTargetingRelationFiltering TargetingLockOptions { get; set; }
}

/// <summary>
/// A block type the game gives no interface of its own (LCD panels block, jukebox, contract block, exhaust pipe,
/// plain functional block): its terminal controls and state only.
/// </summary>
public sealed class SimGenericFunctionalBlock(SimGrid grid, string customName, string typeId, string displayName)
    : SimFunctionalBlock(grid, customName)
{
    public override string DefinitionDisplayNameText => displayName;
    public override string TypeId => typeId;
}

/// <summary>A jukebox: a sound block (its interface list says so).</summary>
public sealed class SimJukebox : SimFunctionalBlock, IMySoundBlock
{
    public SimJukebox(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Jukebox";
    public override string TypeId => "Jukebox";
    public bool IsSoundSelected => !string.IsNullOrEmpty(SelectedSound);
    public float LoopPeriod { get; set; }
    public float Range { get; set; } = 50f;
    public string SelectedSound { get; set; } = "";
    public float Volume { get; set; } = 1f;
    public bool IsPlaying { get; private set; }
    public void GetSounds(List<string> sounds) => sounds.Clear();
    public void Play() => IsPlaying = IsWorking && IsSoundSelected;
    public void Stop() => IsPlaying = false;
}

/// <summary>A plain terminal block ("TerminalBlock": control panels and the like): name, custom data, nothing else.</summary>
public sealed class SimControlPanel : SimBlock, IMyControlPanel
{
    public SimControlPanel(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Control Panel";
    public override string TypeId => "TerminalBlock";
}
