using System;
using System.Collections.Generic;
using VRage.ObjectBuilders;
using VRage.Utils;

namespace VRage.Game
{
    /// <summary>A definition's identity: its object-builder type and subtype, written "MyObjectBuilder_Ore/Iron".</summary>
    public struct MyDefinitionId : IEquatable<MyDefinitionId>
    {
        public static readonly DefinitionIdComparerType Comparer = new DefinitionIdComparerType();

        public MyObjectBuilderType TypeId;
        public MyStringHash SubtypeId;

        public MyDefinitionId(MyObjectBuilderType type) : this(type, MyStringHash.NullOrEmpty) { }
        public MyDefinitionId(MyObjectBuilderType type, string subtypeName) : this(type, MyStringHash.GetOrCompute(subtypeName)) { }
        public MyDefinitionId(MyObjectBuilderType type, MyStringHash subtypeId)
        {
            TypeId = type;
            SubtypeId = subtypeId;
        }

        public string SubtypeName => SubtypeId.ToString();

        public static MyDefinitionId FromContent(MyObjectBuilder_Base content) => new MyDefinitionId(content.TypeId, content.SubtypeId);

        /// <summary>Reads "Type/Subtype" (the type with or without "MyObjectBuilder_"); throws on other text.</summary>
        public static MyDefinitionId Parse(string id)
        {
            MyDefinitionId result;
            if (!TryParse(id, out result))
                throw new ArgumentException("'" + id + "' is not a definition id (Type/Subtype).", nameof(id));
            return result;
        }

        public static bool TryParse(string id, out MyDefinitionId definitionId)
        {
            definitionId = default(MyDefinitionId);
            if (id == null)
                return false;
            int slash = id.IndexOf('/');
            return slash >= 0 && TryParse(id.Substring(0, slash), id.Substring(slash + 1), out definitionId);
        }

        public static bool TryParse(string type, string subtype, out MyDefinitionId definitionId)
        {
            definitionId = default(MyDefinitionId);
            MyObjectBuilderType typeId;
            if (!MyObjectBuilderType.TryParse(type, out typeId))
                return false;
            definitionId = new MyDefinitionId(typeId, subtype);
            return true;
        }

        public static void DropToStringCache() { }

        public static implicit operator MyDefinitionId(SerializableDefinitionId v) => new MyDefinitionId(v.TypeId, v.SubtypeName);
        public static implicit operator SerializableDefinitionId(MyDefinitionId v) => new SerializableDefinitionId(v.TypeId, v.SubtypeName);
        public static bool operator ==(MyDefinitionId l, MyDefinitionId r) => l.Equals(r);
        public static bool operator !=(MyDefinitionId l, MyDefinitionId r) => !l.Equals(r);

        public bool Equals(MyDefinitionId other) => TypeId == other.TypeId && SubtypeId == other.SubtypeId;
        public override bool Equals(object obj) => obj is MyDefinitionId d && Equals(d);
        public override int GetHashCode() => TypeId.GetHashCode() * 397 ^ SubtypeId.GetHashCode();
        public long GetHashCodeLong() => (long)TypeId.GetHashCode() << 32 | (uint)SubtypeId.GetHashCode();
        /// <summary>"MyObjectBuilder_Ore/Iron"; "(null)/..." when the type is empty.</summary>
        public override string ToString() => (TypeId.IsNull ? "(null)" : TypeId.ToString()) + "/" + SubtypeName;

        public class DefinitionIdComparerType : IEqualityComparer<MyDefinitionId>
        {
            public bool Equals(MyDefinitionId x, MyDefinitionId y) => x.Equals(y);
            public int GetHashCode(MyDefinitionId obj) => obj.GetHashCode();
        }
    }
}
