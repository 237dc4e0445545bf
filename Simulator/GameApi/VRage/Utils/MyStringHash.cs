using System;
using System.Collections.Generic;

namespace VRage.Utils
{
    /// <summary>
    /// An interned string identified by a number (subtype ids). Not on the script whitelist: scripts only meet it as
    /// the type of a few members. Equal strings give equal hashes; the number is a deterministic hash of the text.
    /// </summary>
    public struct MyStringHash : IEquatable<MyStringHash>
    {
        public static readonly MyStringHash NullOrEmpty = new MyStringHash(0, "");

        public readonly int m_hash;
        readonly string _text;

        MyStringHash(int hash, string text) { m_hash = hash; _text = text; }

        public string String => _text ?? "";

        public static MyStringHash GetOrCompute(string str) => string.IsNullOrEmpty(str) ? NullOrEmpty : new MyStringHash(Hash(str), str);
        public static MyStringHash Get(string str) => GetOrCompute(str);
        public static bool TryGet(string str, out MyStringHash id)
        {
            id = GetOrCompute(str);
            return true;
        }

        // FNV-1a: stable across processes (string.GetHashCode is randomized per process).
        static int Hash(string text)
        {
            unchecked
            {
                uint hash = 2166136261;
                foreach (char c in text)
                    hash = (hash ^ c) * 16777619;
                return hash == 0 ? 1 : (int)hash;
            }
        }

        public static bool operator ==(MyStringHash a, MyStringHash b) => a.String == b.String;
        public static bool operator !=(MyStringHash a, MyStringHash b) => !(a == b);
        public bool Equals(MyStringHash other) => this == other;
        public override bool Equals(object obj) => obj is MyStringHash h && this == h;
        public override int GetHashCode() => m_hash;
        public override string ToString() => String;
    }
}
