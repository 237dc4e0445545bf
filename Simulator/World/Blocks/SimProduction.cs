using System.Globalization;
using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using VRage;
using VRage.Game;
using VRage.Game.ModAPI.Ingame;

namespace ShipSim.World.Blocks;

/// <summary>
/// An assembler or refinery: an input and an output inventory and a production queue that scripts can fill, read,
/// reorder and clear. Production itself is not simulated: nothing is consumed or made, so IsProducing is true while
/// the block works and its queue is not empty, and CurrentProgress stays 0. Any blueprint is accepted. Inventories
/// 4,000 L in and out (our figure; the game's vary by block).
/// </summary>
public abstract class SimProductionBlock : SimFunctionalBlock, IMyProductionBlock, IMyInventoryOwner
{
    readonly List<MyProductionItem> _queue = [];
    uint _nextItemId;

    protected SimProductionBlock(SimGrid grid, string customName) : base(grid, customName)
    {
        Input = AddInventory(4000f);
        Output = AddInventory(4000f);
        BindProperty("UseConveyor", () => UseConveyorSystem, v => UseConveyorSystem = v, true);
    }

    public SimInventory Input { get; }
    public SimInventory Output { get; }
    public IMyInventory InputInventory => Input;
    public IMyInventory OutputInventory => Output;
    public bool UseConveyorSystem { get; set; } = true;
    public bool IsQueueEmpty => _queue.Count == 0;
    public bool IsProducing => IsWorking && _queue.Count > 0;
    public uint NextItemId => _nextItemId;
    public override float PowerDraw => IsProducing ? 0.56f : 0.001f;

    public bool CanUseBlueprint(MyDefinitionId blueprint) => !blueprint.TypeId.IsNull;

    public void AddQueueItem(MyDefinitionId blueprint, MyFixedPoint amount) => InsertQueueItem(_queue.Count, blueprint, amount);
    public void AddQueueItem(MyDefinitionId blueprint, decimal amount) => AddQueueItem(blueprint, (MyFixedPoint)amount);
    public void AddQueueItem(MyDefinitionId blueprint, double amount) => AddQueueItem(blueprint, (MyFixedPoint)amount);

    /// <summary>Adds to the queue at <paramref name="idx"/>; a blueprint already queued there gets the amount added.</summary>
    public void InsertQueueItem(int idx, MyDefinitionId blueprint, MyFixedPoint amount)
    {
        if (amount <= MyFixedPoint.Zero || !CanUseBlueprint(blueprint))
            return;
        idx = Math.Clamp(idx, 0, _queue.Count);
        if (idx < _queue.Count && _queue[idx].BlueprintId == blueprint)
            _queue[idx] = new MyProductionItem(_queue[idx].ItemId, blueprint, _queue[idx].Amount + amount);
        else if (idx > 0 && _queue[idx - 1].BlueprintId == blueprint)
            _queue[idx - 1] = new MyProductionItem(_queue[idx - 1].ItemId, blueprint, _queue[idx - 1].Amount + amount);
        else
            _queue.Insert(idx, new MyProductionItem(_nextItemId++, blueprint, amount));
    }

    public void InsertQueueItem(int idx, MyDefinitionId blueprint, decimal amount) => InsertQueueItem(idx, blueprint, (MyFixedPoint)amount);
    public void InsertQueueItem(int idx, MyDefinitionId blueprint, double amount) => InsertQueueItem(idx, blueprint, (MyFixedPoint)amount);

    /// <summary>Takes <paramref name="amount"/> off the entry at <paramref name="idx"/>; removes it when nothing is left.</summary>
    public void RemoveQueueItem(int idx, MyFixedPoint amount)
    {
        if (idx < 0 || idx >= _queue.Count)
            return;
        var item = _queue[idx];
        var left = item.Amount - amount;
        if (left <= MyFixedPoint.Zero)
            _queue.RemoveAt(idx);
        else
            _queue[idx] = new MyProductionItem(item.ItemId, item.BlueprintId, left);
    }

    public void RemoveQueueItem(int idx, decimal amount) => RemoveQueueItem(idx, (MyFixedPoint)amount);
    public void RemoveQueueItem(int idx, double amount) => RemoveQueueItem(idx, (MyFixedPoint)amount);
    public void ClearQueue() => _queue.Clear();

    public void GetQueue(List<MyProductionItem> items)
    {
        items.Clear();
        items.AddRange(_queue);
    }

    public void MoveQueueItemRequest(uint queueItemId, int targetIdx)
    {
        var index = _queue.FindIndex(i => i.ItemId == queueItemId);
        if (index < 0)
            return;
        var item = _queue[index];
        _queue.RemoveAt(index);
        _queue.Insert(Math.Clamp(targetIdx, 0, _queue.Count), item);
    }

    protected override void DescribeOwnState(StringBuilder state)
    {
        if (_queue.Count > 0)
            state.Append(" queue=").Append(string.Join(",", _queue.Select(i => i.BlueprintId.SubtypeName + "x" + i.Amount)));
    }
}

/// <summary>An assembler (also the survival kit's type in the game's interface list).</summary>
public class SimAssembler : SimProductionBlock, IMyAssembler
{
    public SimAssembler(SimGrid grid, string customName) : base(grid, customName) =>
        BindProperty("slaveMode", () => CooperativeMode, v => CooperativeMode = v);

    public override string DefinitionDisplayNameText => "Assembler";
    public override string TypeId => "Assembler";
    public bool CooperativeMode { get; set; }
    public bool Repeating { get; set; }
    public MyAssemblerMode Mode { get; set; }
    public float CurrentProgress => 0f;
    [Obsolete("Use the Mode property")]
    public bool DisassembleEnabled => Mode == MyAssemblerMode.Disassembly;
}

/// <summary>A survival kit: an assembler (as the game's interfaces say) with a respawn point.</summary>
public sealed class SimSurvivalKit : SimAssembler
{
    public SimSurvivalKit(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Survival Kit";
    public override string TypeId => "SurvivalKit";
}

public sealed class SimRefinery : SimProductionBlock, IMyRefinery
{
    public SimRefinery(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Refinery";
    public override string TypeId => "Refinery";
}

/// <summary>A cargo container: an inventory (large container 421,875 L on large grids, small 15,625 L; small-grid
/// containers 15,625 / 125 L: the SE wiki figures at 1x inventory).</summary>
public sealed class SimCargoContainer : SimBlock, IMyCargoContainer, IMyInventoryOwner
{
    public SimCargoContainer(SimGrid grid, string customName, float? litres = null) : base(grid, customName) =>
        Cargo = AddInventory(litres ?? DefaultLitres(grid.GridSizeEnum, customName));

    static float DefaultLitres(MyCubeSize size, string name) => size == MyCubeSize.Large ? 421875f : 15625f;

    public override string DefinitionDisplayNameText => "Large Cargo Container";
    public override string TypeId => "CargoContainer";
    public SimInventory Cargo { get; }
    public bool UseConveyorSystem { get; set; } = true;

    protected override void DescribeOwnState(StringBuilder state) =>
        state.Append(" volume=").Append(((double)Cargo.CurrentVolume).ToString("0.###", CultureInfo.InvariantCulture));
}

/// <summary>A conveyor sorter: its filter (whitelist or blacklist) and drain-all flag are kept and answer IsAllowed;
/// items are not moved (conveyor flow is not simulated).</summary>
public sealed class SimConveyorSorter : SimFunctionalBlock, IMyConveyorSorter, IMyInventoryOwner
{
    readonly List<MyInventoryItemFilter> _filter = [];

    public SimConveyorSorter(SimGrid grid, string customName) : base(grid, customName)
    {
        AddInventory(125f);
        BindProperty("DrainAll", () => DrainAll, v => DrainAll = v);
        BindProperty("blacklistWhitelist", () => (long)Mode, v => Mode = v == 0 ? MyConveyorSorterMode.Whitelist : MyConveyorSorterMode.Blacklist, 0L, 1L, 1L);
    }

    public override string DefinitionDisplayNameText => "Conveyor Sorter";
    public override string TypeId => "ConveyorSorter";
    public bool DrainAll { get; set; }
    public MyConveyorSorterMode Mode { get; private set; } = MyConveyorSorterMode.Blacklist;
    public bool UseConveyorSystem { get; set; } = true;

    public void AddItem(MyInventoryItemFilter item)
    {
        if (!_filter.Any(f => f.ItemId == item.ItemId && f.AllSubTypes == item.AllSubTypes))
            _filter.Add(item);
    }

    public void RemoveItem(MyInventoryItemFilter item) => _filter.RemoveAll(f => f.ItemId == item.ItemId && f.AllSubTypes == item.AllSubTypes);

    public void GetFilterList(List<MyInventoryItemFilter> items)
    {
        items.Clear();
        items.AddRange(_filter);
    }

    public void SetFilter(MyConveyorSorterMode mode, List<MyInventoryItemFilter> items)
    {
        Mode = mode;
        _filter.Clear();
        if (items != null)
            foreach (var item in items)
                AddItem(item);
    }

    public bool IsAllowed(MyDefinitionId id)
    {
        var listed = _filter.Any(f => f.AllSubTypes ? f.ItemId.TypeId == id.TypeId : f.ItemId == id);
        return Mode == MyConveyorSorterMode.Whitelist ? listed : !listed;
    }
}

/// <summary>A collector: an inventory; nothing floats by to collect.</summary>
public sealed class SimCollector : SimFunctionalBlock, IMyCollector, IMyInventoryOwner
{
    public SimCollector(SimGrid grid, string customName) : base(grid, customName)
    {
        AddInventory(Grid.GridSizeEnum == MyCubeSize.Large ? 2500f : 100f);
        BindProperty("UseConveyor", () => UseConveyorSystem, v => UseConveyorSystem = v, true);
    }

    public override string DefinitionDisplayNameText => "Collector";
    public override string TypeId => "Collector";
    public bool UseConveyorSystem { get; set; } = true;
}

/// <summary>
/// A drill, welder or grinder: enabled means activated (the tool runs); nothing is mined, welded or ground. An
/// inventory of 2,500 L large, 500 L small (our figures).
/// </summary>
public abstract class SimShipTool : SimFunctionalBlock, IMyShipToolBase, IMyInventoryOwner
{
    protected SimShipTool(SimGrid grid, string customName) : base(grid, customName)
    {
        AddInventory(Grid.GridSizeEnum == MyCubeSize.Large ? 2500f : 500f);
        BindProperty("UseConveyor", () => UseConveyorSystem, v => UseConveyorSystem = v, true);
    }

    public bool IsActivated => IsWorking;
    public bool UseConveyorSystem { get; set; } = true;
    public override float PowerDraw => IsWorking ? 0.5f : 0.001f;
}

public sealed class SimShipDrill : SimShipTool, IMyShipDrill
{
    public SimShipDrill(SimGrid grid, string customName) : base(grid, customName) =>
        BindProperty("TerrainClearingMode", () => TerrainClearingMode, v => TerrainClearingMode = v);

    public override string DefinitionDisplayNameText => "Drill";
    public override string TypeId => "Drill";
    public bool TerrainClearingMode { get; set; }
}

public sealed class SimShipWelder : SimShipTool, IMyShipWelder
{
    public SimShipWelder(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Welder";
    public override string TypeId => "ShipWelder";
    public bool HelpOthers { get; set; }
}

public sealed class SimShipGrinder : SimShipTool, IMyShipGrinder
{
    public SimShipGrinder(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Grinder";
    public override string TypeId => "ShipGrinder";
}
