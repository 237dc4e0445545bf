using System;

namespace VRage.ObjectBuilders
{
    /// <summary>
    /// The type part of a definition id, such as "MyObjectBuilder_Ore". The game wraps the object-builder class; the
    /// stand-in keeps its name, which is all a script can see (ToString).
    /// </summary>
    public struct MyObjectBuilderType : IEquatable<MyObjectBuilderType>
    {
        public const string LEGACY_TYPE_PREFIX = "MyObjectBuilder_";
        public static readonly MyObjectBuilderType Invalid = new MyObjectBuilderType(null);

        readonly string _name;

        public MyObjectBuilderType(string name) { _name = string.IsNullOrEmpty(name) ? null : name; }

        public bool IsNull => _name == null;

        /// <summary>"MyObjectBuilder_Ore" or "Ore" (the prefix is added); false for empty text.</summary>
        public static bool TryParse(string value, out MyObjectBuilderType result)
        {
            result = Invalid;
            if (string.IsNullOrWhiteSpace(value))
                return false;
            value = value.Trim();
            result = new MyObjectBuilderType(value.StartsWith(LEGACY_TYPE_PREFIX, StringComparison.Ordinal) ? value : LEGACY_TYPE_PREFIX + value);
            return true;
        }

        public static MyObjectBuilderType Parse(string value)
        {
            MyObjectBuilderType result;
            if (!TryParse(value, out result))
                throw new ArgumentException("Cannot parse an object builder type from '" + value + "'.", nameof(value));
            return result;
        }

        public static MyObjectBuilderType ParseBackwardsCompatible(string value) => Parse(value);

        /// <summary>The type of an object-builder class, named after it (typeof(MyObjectBuilder_Ore)).</summary>
        public static implicit operator MyObjectBuilderType(Type t) => new MyObjectBuilderType(t?.Name);

        public static bool operator ==(MyObjectBuilderType lhs, MyObjectBuilderType rhs) => lhs._name == rhs._name;
        public static bool operator !=(MyObjectBuilderType lhs, MyObjectBuilderType rhs) => lhs._name != rhs._name;
        public bool Equals(MyObjectBuilderType other) => _name == other._name;
        public override bool Equals(object obj) => obj is MyObjectBuilderType t && Equals(t);
        public override int GetHashCode() => _name == null ? 0 : StringComparer.Ordinal.GetHashCode(_name);
        public override string ToString() => _name;
    }

    /// <summary>A definition id in saved form: the type name and the subtype name.</summary>
    public struct SerializableDefinitionId
    {
        public MyObjectBuilderType TypeId;
        public string SubtypeName;

        public SerializableDefinitionId(MyObjectBuilderType typeId, string subtypeName)
        {
            TypeId = typeId;
            SubtypeName = subtypeName;
        }

        public string TypeIdString { get => TypeId.ToString(); set => TypeId = MyObjectBuilderType.Parse(value); }
        public string TypeIdStringAttribute { get => TypeIdString; set => TypeIdString = value; }
        public string SubtypeId { get => SubtypeName; set => SubtypeName = value; }
        public string SubtypeIdAttribute { get => SubtypeName; set => SubtypeName = value; }

        public bool IsNull() => TypeId.IsNull;
        public bool ShouldSerializeTypeIdString() => true;
        public bool ShouldSerializeSubtypeId() => true;
        /// <summary>"MyObjectBuilder_Thrust/LargeBlockLargeThrust" ("(null)" for an empty type).</summary>
        public override string ToString() => (TypeId.IsNull ? "(null)" : TypeId.ToString()) + "/" + SubtypeName;
    }

    /// <summary>Base of the game's saved-object descriptions; scripts see only its type and subtype.</summary>
    public abstract class MyObjectBuilder_Base
    {
        public MyObjectBuilderType TypeId => new MyObjectBuilderType(GetType().Name);
        public VRage.Utils.MyStringHash SubtypeId => VRage.Utils.MyStringHash.GetOrCompute(SubtypeName);
        public string SubtypeName { get; set; }
    }
}
