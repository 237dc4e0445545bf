using System;
using System.Globalization;
using System.Xml;
using System.Xml.Schema;
using System.Xml.Serialization;

namespace VRage
{
    /// <summary>
    /// Inventory amounts: a fixed-point number with six decimal places (RawValue = amount x 1,000,000), so that
    /// item counts add up exactly. Conversions from float/double round half up and saturate at Min/MaxValue.
    /// </summary>
    public struct MyFixedPoint : IXmlSerializable
    {
        const long Divider = 1000000;

        public long RawValue;

        public static readonly MyFixedPoint MinValue = new MyFixedPoint(long.MinValue);
        public static readonly MyFixedPoint MaxValue = new MyFixedPoint(long.MaxValue);
        public static readonly MyFixedPoint MinIntValue = (MyFixedPoint)int.MinValue;
        public static readonly MyFixedPoint MaxIntValue = (MyFixedPoint)int.MaxValue;
        public static readonly MyFixedPoint Zero = new MyFixedPoint(0);
        public static readonly MyFixedPoint SmallestPossibleValue = new MyFixedPoint(1);

        MyFixedPoint(long raw) { RawValue = raw; }

        public static implicit operator MyFixedPoint(int i) => new MyFixedPoint(i * Divider);
        public static explicit operator MyFixedPoint(float d) => FromDouble(d);
        public static explicit operator MyFixedPoint(double d) => FromDouble(d);
        public static explicit operator MyFixedPoint(decimal d) => new MyFixedPoint((long)Math.Floor(d * Divider + 0.5m));
        public static explicit operator decimal(MyFixedPoint fp) => fp.RawValue / (decimal)Divider;
        public static explicit operator float(MyFixedPoint fp) => (float)(fp.RawValue / (double)Divider);
        public static explicit operator double(MyFixedPoint fp) => fp.RawValue / (double)Divider;
        public static explicit operator int(MyFixedPoint fp) => (int)(fp.RawValue / Divider);

        static MyFixedPoint FromDouble(double d)
        {
            double raw = d * Divider + 0.5;
            if (double.IsNaN(raw))
                return Zero;
            if (raw >= long.MaxValue)
                return MaxValue;
            if (raw <= long.MinValue)
                return MinValue;
            return new MyFixedPoint((long)Math.Floor(raw));
        }

        public static MyFixedPoint operator -(MyFixedPoint a) => new MyFixedPoint(-a.RawValue);
        public static MyFixedPoint operator +(MyFixedPoint a, MyFixedPoint b) => new MyFixedPoint(a.RawValue + b.RawValue);
        public static MyFixedPoint operator -(MyFixedPoint a, MyFixedPoint b) => new MyFixedPoint(a.RawValue - b.RawValue);
        public static MyFixedPoint operator *(MyFixedPoint a, MyFixedPoint b) => new MyFixedPoint(MultiplyRaw(a.RawValue, b.RawValue));
        public static MyFixedPoint operator *(MyFixedPoint a, float b) => a * (MyFixedPoint)b;
        public static MyFixedPoint operator *(float a, MyFixedPoint b) => (MyFixedPoint)a * b;
        public static MyFixedPoint operator *(MyFixedPoint a, int b) => new MyFixedPoint(a.RawValue * b);
        public static MyFixedPoint operator *(int a, MyFixedPoint b) => new MyFixedPoint(a * b.RawValue);
        public static bool operator <(MyFixedPoint a, MyFixedPoint b) => a.RawValue < b.RawValue;
        public static bool operator >(MyFixedPoint a, MyFixedPoint b) => a.RawValue > b.RawValue;
        public static bool operator <=(MyFixedPoint a, MyFixedPoint b) => a.RawValue <= b.RawValue;
        public static bool operator >=(MyFixedPoint a, MyFixedPoint b) => a.RawValue >= b.RawValue;
        public static bool operator ==(MyFixedPoint a, MyFixedPoint b) => a.RawValue == b.RawValue;
        public static bool operator !=(MyFixedPoint a, MyFixedPoint b) => a.RawValue != b.RawValue;

        // Splits the product so that whole parts do not overflow before the scale is taken out.
        static long MultiplyRaw(long a, long b)
        {
            long aWhole = a / Divider, aFraction = a % Divider;
            long bWhole = b / Divider, bFraction = b % Divider;
            return aWhole * bWhole * Divider + aWhole * bFraction + aFraction * bWhole + aFraction * bFraction / Divider;
        }

        public static MyFixedPoint AddSafe(MyFixedPoint a, MyFixedPoint b)
        {
            long sum = unchecked(a.RawValue + b.RawValue);
            if (a.RawValue > 0 && b.RawValue > 0 && sum < 0)
                return MaxValue;
            if (a.RawValue < 0 && b.RawValue < 0 && sum > 0)
                return MinValue;
            return new MyFixedPoint(sum);
        }

        public static MyFixedPoint MultiplySafe(MyFixedPoint a, MyFixedPoint b) => MultiplySafe((double)a, b);
        public static MyFixedPoint MultiplySafe(MyFixedPoint a, float b) => FromDouble((double)a * b);
        public static MyFixedPoint MultiplySafe(MyFixedPoint a, int b) => FromDouble((double)a * b);
        public static MyFixedPoint MultiplySafe(float a, MyFixedPoint b) => FromDouble(a * (double)b);
        public static MyFixedPoint MultiplySafe(int a, MyFixedPoint b) => FromDouble(a * (double)b);
        static MyFixedPoint MultiplySafe(double a, MyFixedPoint b) => FromDouble(a * (double)b);

        public static MyFixedPoint Ceiling(MyFixedPoint a) => new MyFixedPoint((long)Math.Ceiling(a.RawValue / (decimal)Divider) * Divider);
        public static MyFixedPoint Floor(MyFixedPoint a) => new MyFixedPoint((long)Math.Floor(a.RawValue / (decimal)Divider) * Divider);
        public static MyFixedPoint Round(MyFixedPoint a) => new MyFixedPoint((long)Math.Round(a.RawValue / (decimal)Divider, MidpointRounding.AwayFromZero) * Divider);
        public static bool IsIntegral(MyFixedPoint fp) => fp.RawValue % Divider == 0;
        public static MyFixedPoint Max(MyFixedPoint a, MyFixedPoint b) => a > b ? a : b;
        public static MyFixedPoint Min(MyFixedPoint a, MyFixedPoint b) => a < b ? a : b;

        public int ToIntSafe()
        {
            long whole = RawValue / Divider;
            return whole > int.MaxValue ? int.MaxValue : whole < int.MinValue ? int.MinValue : (int)whole;
        }

        /// <summary>"123.456789": the invariant decimal form, trailing zeros dropped.</summary>
        public string SerializeString() => ((decimal)this).ToString("0.######", CultureInfo.InvariantCulture);

        public static MyFixedPoint DeserializeString(string text)
        {
            if (string.IsNullOrEmpty(text))
                return Zero;
            return (MyFixedPoint)decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        /// <summary>As DeserializeString, but Zero instead of an exception for text that is not a number.</summary>
        public static MyFixedPoint DeserializeStringSafe(string text)
        {
            decimal value;
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) ? (MyFixedPoint)value : Zero;
        }

        public override bool Equals(object obj) => obj is MyFixedPoint other && other.RawValue == RawValue;
        public override int GetHashCode() => RawValue.GetHashCode();
        public override string ToString() => SerializeString();

        XmlSchema IXmlSerializable.GetSchema() => null;
        void IXmlSerializable.ReadXml(XmlReader reader) => RawValue = DeserializeString(reader.ReadElementContentAsString()).RawValue;
        void IXmlSerializable.WriteXml(XmlWriter writer) => writer.WriteString(SerializeString());
    }
}
