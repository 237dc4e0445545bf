using System;

namespace VRage.Game.ModAPI.Ingame.Utilities
{
    /// <summary>A section and key name pair; both compare case-insensitively.</summary>
    public struct MyIniKey : IEquatable<MyIniKey>
    {
        public static readonly MyIniKey EMPTY = default(MyIniKey);

        public readonly string Section;
        public readonly string Name;

        public MyIniKey(string section, string name)
        {
            if (string.IsNullOrWhiteSpace(section) || section.IndexOfAny(SectionForbidden) >= 0)
                throw new ArgumentException("Invalid section name: " + (section ?? "(null)"), nameof(section));
            if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(KeyForbidden) >= 0)
                throw new ArgumentException("Invalid key name: " + (name ?? "(null)"), nameof(name));
            Section = section;
            Name = name;
        }

        internal static readonly char[] SectionForbidden = { '\r', '\n', '[', ']' };
        internal static readonly char[] KeyForbidden = { '\r', '\n', '[', ']', '|', '=' };

        public bool IsEmpty => Section == null;

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
