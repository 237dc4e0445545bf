using Sandbox.Definitions;
using VRage;
using VRage.Game.ModAPI.Ingame;

namespace ShipSim.World.Core;

/// <summary>
/// An inventory of a block (cargo, connector, reactor, refinery ...). Items stack by type; each stack keeps the id
/// it got when it first appeared (ids count up per inventory). Volume and mass come from the stand-in's item
/// catalogue; MaxVolume is the block's capacity times the world's inventory multiplier. Transfers move whole or
/// partial stacks between inventories that are conveyor-connected, and only as much as fits. Our choices (not in
/// game-behaviour.md): every inventory of one logical group (grids joined mechanically or docked by connectors) is
/// conveyor-connected; nothing else limits a transfer (no conveyor sizes, no working check).
/// </summary>
public sealed class SimInventory : IMyInventory
{
    readonly SimBlock _owner;
    readonly float _litres;
    readonly List<MyInventoryItem> _items = [];
    uint _nextItemId;

    internal SimInventory(SimBlock owner, float litres)
    {
        _owner = owner;
        _litres = litres;
    }

    public IMyEntity Owner => _owner;
    public SimBlock Block => _owner;
    public IReadOnlyList<MyInventoryItem> Items => _items;

    public MyFixedPoint MaxVolume => (MyFixedPoint)(_litres / 1000.0 * _owner.World.Settings.InventoryMultiplier);
    public MyFixedPoint CurrentVolume
    {
        get
        {
            double volume = 0;
            foreach (var item in _items)
                volume += (double)item.Amount * ItemCatalogue.Describe(item.Type).Volume;
            return (MyFixedPoint)volume;
        }
    }

    public MyFixedPoint CurrentMass
    {
        get
        {
            double mass = 0;
            foreach (var item in _items)
                mass += (double)item.Amount * ItemCatalogue.Describe(item.Type).Mass;
            return (MyFixedPoint)mass;
        }
    }

    public bool IsFull => CurrentVolume >= MaxVolume;
    public float VolumeFillFactor => MaxVolume == MyFixedPoint.Zero ? 0f : (float)((double)CurrentVolume / (double)MaxVolume);
    public int ItemCount => _items.Count;
    public bool CanPutItems => !_owner.Closed;

    /// <summary>Puts items in (tests, production); returns how much fitted.</summary>
    public MyFixedPoint Add(MyItemType type, MyFixedPoint amount)
    {
        var fits = Fits(type, amount);
        if (fits <= MyFixedPoint.Zero)
            return MyFixedPoint.Zero;
        var index = _items.FindIndex(i => i.Type == type);
        if (index >= 0)
            _items[index] = new MyInventoryItem(type, _items[index].ItemId, _items[index].Amount + fits);
        else
            _items.Add(new MyInventoryItem(type, _nextItemId++, fits));
        return fits;
    }

    /// <summary>Takes items out (tests, consumption); returns how much was there to take.</summary>
    public MyFixedPoint Remove(MyItemType type, MyFixedPoint amount)
    {
        var index = _items.FindIndex(i => i.Type == type);
        if (index < 0 || amount <= MyFixedPoint.Zero)
            return MyFixedPoint.Zero;
        var item = _items[index];
        var taken = MyFixedPoint.Min(item.Amount, amount);
        if (taken == item.Amount)
            _items.RemoveAt(index);
        else
            _items[index] = new MyInventoryItem(type, item.ItemId, item.Amount - taken);
        return taken;
    }

    public void Clear() => _items.Clear();

    // How much of the amount fits by volume; whole units for items that do not use fractions.
    MyFixedPoint Fits(MyItemType type, MyFixedPoint amount)
    {
        var info = ItemCatalogue.Describe(type);
        if (!info.UsesFractions)
            amount = MyFixedPoint.Floor(amount);
        if (info.Volume <= 0)
            return amount;
        var free = (double)MaxVolume - (double)CurrentVolume;
        var room = (MyFixedPoint)Math.Max(0, free / info.Volume);
        if (!info.UsesFractions)
            room = MyFixedPoint.Floor(room);
        return MyFixedPoint.Min(amount, room);
    }

    public bool CanItemsBeAdded(MyFixedPoint amount, MyItemType itemType) => !_owner.Closed && Fits(itemType, amount) >= amount;
    public bool ContainItems(MyFixedPoint amount, MyItemType itemType) => GetItemAmount(itemType) >= amount;
    public MyFixedPoint GetItemAmount(MyItemType itemType)
    {
        var total = MyFixedPoint.Zero;
        foreach (var item in _items)
            if (item.Type == itemType)
                total += item.Amount;
        return total;
    }

    public MyInventoryItem? FindItem(MyItemType itemType)
    {
        foreach (var item in _items)
            if (item.Type == itemType)
                return item;
        return null;
    }

    public MyInventoryItem? GetItemAt(int index) => index >= 0 && index < _items.Count ? _items[index] : null;
    public bool IsItemAt(int position) => position >= 0 && position < _items.Count;
    public MyInventoryItem? GetItemByID(uint id)
    {
        foreach (var item in _items)
            if (item.ItemId == id)
                return item;
        return null;
    }

    public void GetItems(List<MyInventoryItem> items, Func<MyInventoryItem, bool>? filter = null)
    {
        items.Clear();
        foreach (var item in _items)
            if (filter == null || filter(item))
                items.Add(item);
    }

    /// <summary>Every item type is accepted (our choice; the game limits some blocks, e.g. reactors to uranium).</summary>
    public void GetAcceptedItems(List<MyItemType> itemsTypes, Func<MyItemType, bool>? filter = null) => itemsTypes.Clear();

    public bool IsConnectedTo(IMyInventory otherInventory) =>
        otherInventory is SimInventory other && !_owner.Closed && !other._owner.Closed
        && _owner.World.Topology.SameLogicalGroup(_owner.Grid, other._owner.Grid);

    public bool CanTransferItemTo(IMyInventory otherInventory, MyItemType itemType) => IsConnectedTo(otherInventory);

    public bool TransferItemTo(IMyInventory dstInventory, MyInventoryItem item, MyFixedPoint? amount = null) =>
        Transfer(this, dstInventory as SimInventory, _items.FindIndex(i => i.ItemId == item.ItemId), amount);

    public bool TransferItemTo(IMyInventory dst, int sourceItemIndex, int? targetItemIndex = null, bool? stackIfPossible = null, MyFixedPoint? amount = null) =>
        Transfer(this, dst as SimInventory, sourceItemIndex, amount);

    public bool TransferItemFrom(IMyInventory sourceInventory, MyInventoryItem item, MyFixedPoint? amount = null) =>
        sourceInventory is SimInventory source && Transfer(source, this, source._items.FindIndex(i => i.ItemId == item.ItemId), amount);

    public bool TransferItemFrom(IMyInventory sourceInventory, int sourceItemIndex, int? targetItemIndex = null, bool? stackIfPossible = null, MyFixedPoint? amount = null) =>
        sourceInventory is SimInventory source && Transfer(source, this, sourceItemIndex, amount);

    /// <summary>Moves as much of the stack as fits; false when nothing moved (not connected, no such item, no room).</summary>
    static bool Transfer(SimInventory source, SimInventory? destination, int index, MyFixedPoint? amount)
    {
        if (destination == null || index < 0 || index >= source._items.Count || !source.IsConnectedTo(destination))
            return false;
        var item = source._items[index];
        var wanted = amount.HasValue ? MyFixedPoint.Min(amount.Value, item.Amount) : item.Amount;
        if (destination == source)
            return wanted > MyFixedPoint.Zero;
        var moved = destination.Add(item.Type, wanted);
        if (moved <= MyFixedPoint.Zero)
            return false;
        source.Remove(item.Type, moved);
        return true;
    }

    public override string ToString() => $"{_owner.CustomName}: {string.Join(", ", _items)}";
}
