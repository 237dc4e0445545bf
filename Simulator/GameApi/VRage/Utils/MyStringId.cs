using System;

namespace VRage.Utils
{
    /// <summary>An interned string id (localization keys, names of AI missions and attack patterns). Not on the
    /// script whitelist; scripts meet it only as the type of a few members.</summary>
    public struct MyStringId : IEquatable<MyStringId>
    {
        public static readonly MyStringId NullOrEmpty = new MyStringId("");

        readonly string _text;

        MyStringId(string text) { _text = text; }

        public string String => _text ?? "";
        public int Id => MyStringHash.GetOrCompute(String).GetHashCode();

        public static MyStringId GetOrCompute(string str) => new MyStringId(str ?? "");
        public static MyStringId Get(string str) => GetOrCompute(str);
        public static bool TryGet(string str, out MyStringId id)
        {
            id = GetOrCompute(str);
            return true;
        }

        public static bool operator ==(MyStringId a, MyStringId b) => a.String == b.String;
        public static bool operator !=(MyStringId a, MyStringId b) => !(a == b);
        public bool Equals(MyStringId other) => this == other;
        public override bool Equals(object obj) => obj is MyStringId s && this == s;
        public override int GetHashCode() => Id;
        public override string ToString() => String;
    }
}
