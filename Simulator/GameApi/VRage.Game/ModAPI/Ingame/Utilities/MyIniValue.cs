using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace VRage.Game.ModAPI.Ingame.Utilities
{
    /// <summary>The value of one configuration item. A missing item gives an empty value (IsEmpty);
    /// an empty string is not an empty value.</summary>
    public struct MyIniValue
    {
        public static readonly MyIniValue EMPTY = default(MyIniValue);

        /// <summary>The key this value was retrieved from.</summary>
        public readonly MyIniKey Key;

        private readonly string _value;

        public MyIniValue(MyIniKey key, string value)
        {
            Key = key;
            _value = value;
        }

        public bool IsEmpty => _value == null;

        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
        private const NumberStyles IntegerStyle = NumberStyles.Integer;
        private const NumberStyles FloatStyle = NumberStyles.Float | NumberStyles.AllowThousands;

        // ---- Try ----

        public bool TryGetBoolean(out bool value)
        {
            value = false;
            string s = _value;
            if (s == null) return false;
            if (Is(s, "true") || Is(s, "yes") || Is(s, "1") || Is(s, "on")) { value = true; return true; }
            if (Is(s, "false") || Is(s, "no") || Is(s, "0") || Is(s, "off")) { value = false; return true; }
            return false;
        }

        private static bool Is(string s, string word) => string.Equals(s, word, StringComparison.OrdinalIgnoreCase);

        public bool TryGetChar(out char value)
        {
            if (_value != null && _value.Length == 1) { value = _value[0]; return true; }
            value = default(char);
            return false;
        }

        public bool TryGetSByte(out sbyte value) { value = 0; return _value != null && sbyte.TryParse(_value, IntegerStyle, Invariant, out value); }
        public bool TryGetByte(out byte value) { value = 0; return _value != null && byte.TryParse(_value, IntegerStyle, Invariant, out value); }
        public bool TryGetInt16(out short value) { value = 0; return _value != null && short.TryParse(_value, IntegerStyle, Invariant, out value); }
        public bool TryGetUInt16(out ushort value) { value = 0; return _value != null && ushort.TryParse(_value, IntegerStyle, Invariant, out value); }
        public bool TryGetInt32(out int value) { value = 0; return _value != null && int.TryParse(_value, IntegerStyle, Invariant, out value); }
        public bool TryGetUInt32(out uint value) { value = 0; return _value != null && uint.TryParse(_value, IntegerStyle, Invariant, out value); }
        public bool TryGetInt64(out long value) { value = 0; return _value != null && long.TryParse(_value, IntegerStyle, Invariant, out value); }
        public bool TryGetUInt64(out ulong value) { value = 0; return _value != null && ulong.TryParse(_value, IntegerStyle, Invariant, out value); }
        public bool TryGetSingle(out float value) { value = 0; return _value != null && float.TryParse(_value, FloatStyle, Invariant, out value); }
        public bool TryGetDouble(out double value) { value = 0; return _value != null && double.TryParse(_value, FloatStyle, Invariant, out value); }
        public bool TryGetDecimal(out decimal value) { value = 0; return _value != null && decimal.TryParse(_value, NumberStyles.Number, Invariant, out value); }

        public bool TryGetString(out string value)
        {
            value = _value;
            return _value != null;
        }

        // ---- To, with default ----

        public bool ToBoolean(bool defaultValue = false) { bool v; return TryGetBoolean(out v) ? v : defaultValue; }
        public char ToChar(char defaultValue = default(char)) { char v; return TryGetChar(out v) ? v : defaultValue; }
        public sbyte ToSByte(sbyte defaultValue = 0) { sbyte v; return TryGetSByte(out v) ? v : defaultValue; }
        public byte ToByte(byte defaultValue = 0) { byte v; return TryGetByte(out v) ? v : defaultValue; }
        public short ToInt16(short defaultValue = 0) { short v; return TryGetInt16(out v) ? v : defaultValue; }
        public ushort ToUInt16(ushort defaultValue = 0) { ushort v; return TryGetUInt16(out v) ? v : defaultValue; }
        public int ToInt32(int defaultValue = 0) { int v; return TryGetInt32(out v) ? v : defaultValue; }
        public uint ToUInt32(uint defaultValue = 0) { uint v; return TryGetUInt32(out v) ? v : defaultValue; }
        public long ToInt64(long defaultValue = 0) { long v; return TryGetInt64(out v) ? v : defaultValue; }
        public ulong ToUInt64(ulong defaultValue = 0) { ulong v; return TryGetUInt64(out v) ? v : defaultValue; }
        public float ToSingle(float defaultValue = 0) { float v; return TryGetSingle(out v) ? v : defaultValue; }
        public double ToDouble(double defaultValue = 0) { double v; return TryGetDouble(out v) ? v : defaultValue; }
        public decimal ToDecimal(decimal defaultValue = 0) { decimal v; return TryGetDecimal(out v) ? v : defaultValue; }

        /// <summary>The value, or "" when the key is missing.</summary>
        public override string ToString() => _value ?? "";

        /// <summary>The value, or <paramref name="defaultValue"/> only when the key is missing.</summary>
        public string ToString(string defaultValue) => _value ?? defaultValue;

        /// <summary>Clears <paramref name="lines"/>, then adds each line of the value (split on '\n').
        /// A missing value adds nothing.</summary>
        public void GetLines(List<string> lines)
        {
            if (lines == null) throw new ArgumentNullException(nameof(lines));
            lines.Clear();
            string s = _value;
            if (s == null) return;
            int start = 0;
            while (true)
            {
                int nl = s.IndexOf('\n', start);
                if (nl < 0) { lines.Add(start == 0 ? s : s.Substring(start)); return; }
                lines.Add(s.Substring(start, nl - start));
                start = nl + 1;
            }
        }

        /// <summary>Appends the value (nothing when missing) to <paramref name="stringBuilder"/>.</summary>
        public void Write(StringBuilder stringBuilder)
        {
            if (stringBuilder == null) throw new ArgumentNullException(nameof(stringBuilder));
            if (_value != null) stringBuilder.Append(_value);
        }
    }
}
