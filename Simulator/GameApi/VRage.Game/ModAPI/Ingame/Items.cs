using System;
using VRage.ObjectBuilders;
using VRage.Utils;
using VRageMath;

namespace VRage.Game.ModAPI.Ingame
{
    /// <summary>The kind of an inventory item: TypeId ("MyObjectBuilder_Ore") and SubtypeId ("Iron").</summary>
    public struct MyItemType : IComparable<MyItemType>, IEquatable<MyItemType>
    {
        readonly string _typeId;
        readonly string _subtypeId;

        public MyItemType(string typeId, string subtypeId)
        {
            _typeId = typeId ?? "";
            _subtypeId = subtypeId ?? "";
        }

        public MyItemType(MyObjectBuilderType typeId, MyStringHash subTypeIdHash) : this(typeId.ToString(), subTypeIdHash.String) { }

        public string TypeId => _typeId ?? "";
        public string SubtypeId => _subtypeId ?? "";

        public static MyItemType MakeOre(string subTypeId) => new MyItemType("MyObjectBuilder_Ore", subTypeId);
        public static MyItemType MakeIngot(string subTypeId) => new MyItemType("MyObjectBuilder_Ingot", subTypeId);
        public static MyItemType MakeComponent(string subTypeId) => new MyItemType("MyObjectBuilder_Component", subTypeId);
        public static MyItemType MakeAmmo(string subTypeId) => new MyItemType("MyObjectBuilder_AmmoMagazine", subTypeId);
        public static MyItemType MakeTool(string subTypeId) => new MyItemType("MyObjectBuilder_PhysicalGunObject", subTypeId);

        /// <summary>Reads "MyObjectBuilder_Ore/Iron" (or "Ore/Iron").</summary>
        public static MyItemType Parse(string itemType) => MyDefinitionId.Parse(itemType);

        public static implicit operator MyItemType(MyDefinitionId definitionId) => new MyItemType(definitionId.TypeId.ToString(), definitionId.SubtypeName);
        public static implicit operator MyItemType(SerializableDefinitionId definitionId) => new MyItemType(definitionId.TypeId.ToString(), definitionId.SubtypeName);
        public static implicit operator MyDefinitionId(MyItemType itemType) => new MyDefinitionId(new MyObjectBuilderType(itemType.TypeId), itemType.SubtypeId);
        public static bool operator ==(MyItemType a, MyItemType b) => a.Equals(b);
        public static bool operator !=(MyItemType a, MyItemType b) => !a.Equals(b);

        public int CompareTo(MyItemType other)
        {
            int result = string.CompareOrdinal(TypeId, other.TypeId);
            return result != 0 ? result : string.CompareOrdinal(SubtypeId, other.SubtypeId);
        }

        public bool Equals(MyItemType other) => TypeId == other.TypeId && SubtypeId == other.SubtypeId;
        public override bool Equals(object obj) => obj is MyItemType t && Equals(t);
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(TypeId) * 397 ^ StringComparer.Ordinal.GetHashCode(SubtypeId);
        /// <summary>"MyObjectBuilder_Ore/Iron".</summary>
        public override string ToString() => TypeId + "/" + SubtypeId;
    }

    /// <summary>An item stack in an inventory: its type, its id within the inventory and the amount.</summary>
    public struct MyInventoryItem : IComparable<MyInventoryItem>, IEquatable<MyInventoryItem>
    {
        public readonly MyItemType Type;
        public readonly uint ItemId;
        public readonly MyFixedPoint Amount;

        public MyInventoryItem(MyItemType type, uint itemId, MyFixedPoint amount)
        {
            Type = type;
            ItemId = itemId;
            Amount = amount;
        }

        public static bool operator ==(MyInventoryItem a, MyInventoryItem b) => a.Equals(b);
        public static bool operator !=(MyInventoryItem a, MyInventoryItem b) => !a.Equals(b);
        public int CompareTo(MyInventoryItem other) => ItemId.CompareTo(other.ItemId);
        public bool Equals(MyInventoryItem other) => ItemId == other.ItemId && Amount == other.Amount && Type == other.Type;
        public override bool Equals(object obj) => obj is MyInventoryItem i && Equals(i);
        public override int GetHashCode() => (int)ItemId * 397 ^ Amount.GetHashCode();
        /// <summary>"12.5x MyObjectBuilder_Ore/Iron".</summary>
        public override string ToString() => Amount + "x " + Type;
    }

    /// <summary>Physical data of an item type (per unit): mass in kg, volume in m3 (litres / 1000).</summary>
    public struct MyItemInfo
    {
        public bool IsOre;
        public bool IsIngot;
        public bool IsComponent;
        public bool IsAmmo;
        public bool IsTool;
        public bool UsesFractions;
        public float Mass;
        public float Volume;
        public Vector3 Size;
        public MyFixedPoint MaxStackAmount;
    }

    public static class MyInventoryItemExtension
    {
        public static MyDefinitionId GetDefinitionId(this IMyInventoryItem self) => MyDefinitionId.FromContent(self.Content);
    }

    /// <summary>An item offered or requested by a store block.</summary>
    public struct MyStoreItemDataSimple
    {
        public MyStoreItemDataSimple(SerializableDefinitionId itemId, int amount, int pricePerUnit)
        {
            ItemId = itemId;
            Amount = amount;
            PricePerUnit = pricePerUnit;
        }

        public MyItemType ItemId { get; }
        public int Amount { get; }
        public int PricePerUnit { get; }
    }
}
