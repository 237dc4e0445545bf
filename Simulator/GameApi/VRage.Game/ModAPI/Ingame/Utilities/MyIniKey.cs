using System;

namespace VRage.Game.ModAPI.Ingame.Utilities
{
    /// <summary>A section and key name pair; both compare case-insensitively.</summary>
    public struct MyIniKey : IEquatable<MyIniKey>
    {
        public static readonly MyIniKey EMPTY = default(MyIniKey);

        public MyIniKey(string section, string name)
        {
            if (!IsValidSectionName(section))
                throw new ArgumentException("Invalid section name: " + (section ?? "(null)"), nameof(section));
            if (!IsValidKeyName(name))
                throw new ArgumentException("Invalid key name: " + (name ?? "(null)"), nameof(name));
            Section = section;
            Name = name;
        }

        /// <summary>Gets the Section part of this key.</summary>
        public string Section { get; }

        /// <summary>Gets the Key part of this key.</summary>
        public string Name { get; }

        internal static readonly char[] SectionForbidden = { '\r', '\n', '[', ']' };
        internal static readonly char[] KeyForbidden = { '\r', '\n', '[', ']', '|', '=' };

        internal static bool IsValidSectionName(string section) =>
            !string.IsNullOrWhiteSpace(section) && section.IndexOfAny(SectionForbidden) < 0;

        internal static bool IsValidKeyName(string name) =>
            !string.IsNullOrWhiteSpace(name) && name.IndexOfAny(KeyForbidden) < 0;

        public bool IsEmpty => Section == null;

        /// <summary>Parses <c>section/key</c>; the section ends at the first '/'.</summary>
        public static MyIniKey Parse(string input)
        {
            MyIniKey key;
            if (!TryParse(input, out key))
                throw new ArgumentException("Expected section/key: " + (input ?? "(null)"), nameof(input));
            return key;
        }

        /// <summary>Parses <c>section/key</c>; the section ends at the first '/'.</summary>
        public static bool TryParse(string input, out MyIniKey key)
        {
            key = EMPTY;
            if (string.IsNullOrEmpty(input))
                return false;
            int slash = input.IndexOf('/');
            if (slash < 0)
                return false;
            string section = input.Substring(0, slash);
            string name = input.Substring(slash + 1);
            if (!IsValidSectionName(section) || !IsValidKeyName(name))
                return false;
            key = new MyIniKey(section, name);
            return true;
        }

        public bool Equals(MyIniKey other) =>
            string.Equals(Section, other.Section, StringComparison.OrdinalIgnoreCase)
            && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

        public override bool Equals(object obj) => obj is MyIniKey k && Equals(k);

        public override int GetHashCode() =>
            (Section == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Section)) * 397
            ^ (Name == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Name));

        public static bool operator ==(MyIniKey a, MyIniKey b) => a.Equals(b);
        public static bool operator !=(MyIniKey a, MyIniKey b) => !a.Equals(b);
        public override string ToString() => IsEmpty ? "" : Section + "/" + Name;
    }
}
