using System;
using System.Collections.Generic;
using System.Text;
using VRage;
using VRage.Collections;
using VRage.Game;
using VRage.Game.GUI.TextPanel;
using VRage.ObjectBuilders;
using VRageMath;

namespace VRage.Game.ModAPI.Ingame
{
    public interface IMyInventory
    {
        bool CanPutItems { get; }
        MyFixedPoint CurrentMass { get; }
        MyFixedPoint CurrentVolume { get; }
        bool IsFull { get; }
        int ItemCount { get; }
        MyFixedPoint MaxVolume { get; }
        IMyEntity Owner { get; }
        float VolumeFillFactor { get; }
        bool CanItemsBeAdded(MyFixedPoint amount, MyItemType itemType);
        bool CanTransferItemTo(IMyInventory otherInventory, MyItemType itemType);
        bool ContainItems(MyFixedPoint amount, MyItemType itemType);
        MyInventoryItem? FindItem(MyItemType itemType);
        void GetAcceptedItems(List<MyItemType> itemsTypes, Func<MyItemType, bool> filter = null);
        MyFixedPoint GetItemAmount(MyItemType itemType);
        MyInventoryItem? GetItemAt(int index);
        MyInventoryItem? GetItemByID(uint id);
        void GetItems(List<MyInventoryItem> items, Func<MyInventoryItem, bool> filter = null);
        bool IsConnectedTo(IMyInventory otherInventory);
        bool IsItemAt(int position);
        bool TransferItemFrom(IMyInventory sourceInventory, MyInventoryItem item, MyFixedPoint? amount = null);
        bool TransferItemFrom(IMyInventory sourceInventory, int sourceItemIndex, int? targetItemIndex = null, bool? stackIfPossible = null, MyFixedPoint? amount = null);
        bool TransferItemTo(IMyInventory dstInventory, MyInventoryItem item, MyFixedPoint? amount = null);
        bool TransferItemTo(IMyInventory dst, int sourceItemIndex, int? targetItemIndex = null, bool? stackIfPossible = null, MyFixedPoint? amount = null);
    }

    public interface IMyInventoryItem
    {
        MyFixedPoint Amount { get; set; }
        MyObjectBuilder_Base Content { get; set; }
        uint ItemId { get; set; }
        float Scale { get; set; }
    }

    public interface IMyInventoryOwner
    {
        long EntityId { get; }
        bool HasInventory { get; }
        int InventoryCount { get; }
        bool UseConveyorSystem { get; set; }
        IMyInventory GetInventory(int index);
    }
}
