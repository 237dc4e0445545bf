using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using VRage;
using VRage.Game;
using VRage.Game.ModAPI.Ingame;
using VRage.ObjectBuilders;
using VRageMath;

namespace Sandbox.ModAPI.Ingame
{
    /// <summary>A parameter of a toolbar action (the argument of "Run", for one).</summary>
    public struct TerminalActionParameter
    {
        public static readonly TerminalActionParameter Empty = new TerminalActionParameter();

        public readonly TypeCode TypeCode;
        public readonly object Value;

        TerminalActionParameter(TypeCode typeCode, object value)
        {
            TypeCode = typeCode;
            Value = value;
        }

        public bool IsEmpty => TypeCode == TypeCode.Empty;

        /// <summary>A parameter holding a primitive or a string; other values give Empty.</summary>
        public static TerminalActionParameter Get(object value)
        {
            if (value == null)
                return Empty;
            var code = Type.GetTypeCode(value.GetType());
            return code == TypeCode.Object || code == TypeCode.DBNull ? Empty : new TerminalActionParameter(code, value);
        }

        public static TerminalActionParameter Deserialize(string serializedValue, TypeCode typeCode)
        {
            if (typeCode == TypeCode.Empty || typeCode == TypeCode.Object || typeCode == TypeCode.DBNull)
                return Empty;
            return new TerminalActionParameter(typeCode, Convert.ChangeType(serializedValue, typeCode, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>An entry of a production block's queue: a blueprint and how many to make.</summary>
    public struct MyProductionItem
    {
        public uint ItemId;
        public MyDefinitionId BlueprintId;
        public MyFixedPoint Amount;

        public MyProductionItem(uint itemId, MyDefinitionId blueprintId, MyFixedPoint amount)
        {
            ItemId = itemId;
            BlueprintId = blueprintId;
            Amount = amount;
        }
    }

    /// <summary>A GPS point: name and world coordinates, written "GPS:Name:X:Y:Z:".</summary>
    public struct MyWaypointInfo : IEquatable<MyWaypointInfo>
    {
        public static readonly MyWaypointInfo Empty = new MyWaypointInfo();
        static readonly Regex Gps = new Regex(@"GPS:([^:]{0,32}):([\d\.+\-eE]*):([\d\.+\-eE]*):([\d\.+\-eE]*):", RegexOptions.Compiled);

        public readonly string Name;
        public Vector3D Coords;

        public MyWaypointInfo(string name, double x, double y, double z) : this(name, new Vector3D(x, y, z)) { }
        public MyWaypointInfo(string name, Vector3D coords)
        {
            Name = name;
            Coords = coords;
        }

        public bool IsEmpty() => Name == null;

        /// <summary>Every "GPS:Name:X:Y:Z:" in the text, in order (the list is not cleared).</summary>
        public static void FindAll(string source, List<MyWaypointInfo> gpsList)
        {
            if (source == null || gpsList == null)
                return;
            foreach (Match match in Gps.Matches(source))
            {
                MyWaypointInfo gps;
                if (TryRead(match, out gps))
                    gpsList.Add(gps);
            }
        }

        /// <summary>Reads the first GPS point in the text.</summary>
        public static bool TryParse(string text, out MyWaypointInfo gps)
        {
            gps = Empty;
            if (text == null)
                return false;
            var match = Gps.Match(text);
            return match.Success && TryRead(match, out gps);
        }

        static bool TryRead(Match match, out MyWaypointInfo gps)
        {
            gps = Empty;
            double x, y, z;
            var invariant = CultureInfo.InvariantCulture;
            if (!double.TryParse(match.Groups[2].Value, NumberStyles.Float, invariant, out x)
                || !double.TryParse(match.Groups[3].Value, NumberStyles.Float, invariant, out y)
                || !double.TryParse(match.Groups[4].Value, NumberStyles.Float, invariant, out z))
                return false;
            gps = new MyWaypointInfo(match.Groups[1].Value, x, y, z);
            return true;
        }

        public bool Equals(MyWaypointInfo other) => Equals(other, 0.0001);
        public bool Equals(MyWaypointInfo other, double epsilon) => Name == other.Name && Coords.Equals(other.Coords, epsilon);
        public override bool Equals(object obj) => obj is MyWaypointInfo w && Equals(w);
        public override int GetHashCode() => (Name?.GetHashCode() ?? 0) * 397 ^ Coords.GetHashCode();
        public override string ToString()
        {
            var invariant = CultureInfo.InvariantCulture;
            return "GPS:" + Name + ":" + Coords.X.ToString("R", invariant) + ":" + Coords.Y.ToString("R", invariant) + ":" + Coords.Z.ToString("R", invariant) + ":";
        }
    }

    /// <summary>An item filter of a conveyor sorter: one item, or every subtype of its type.</summary>
    public struct MyInventoryItemFilter
    {
        public readonly bool AllSubTypes;
        public readonly MyDefinitionId ItemId;

        public MyInventoryItemFilter(string itemId, bool allSubTypes = false) : this(MyDefinitionId.Parse(itemId), allSubTypes) { }
        public MyInventoryItemFilter(MyDefinitionId itemId, bool allSubTypes = false)
        {
            ItemId = itemId;
            AllSubTypes = allSubTypes;
        }

        public MyItemType ItemType => ItemId;

        public static implicit operator MyInventoryItemFilter(MyDefinitionId definitionId) => new MyInventoryItemFilter(definitionId);
        public static implicit operator MyInventoryItemFilter(MyItemType itemType) => new MyInventoryItemFilter(itemType);
    }

    /// <summary>An offer or order of a store block.</summary>
    public struct MyStoreQueryItem
    {
        public long Id;
        public SerializableDefinitionId ItemId;
        public int Amount;
        public int PricePerUnit;
    }
}
