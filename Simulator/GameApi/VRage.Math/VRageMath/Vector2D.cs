using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>Double-precision 2D vector.</summary>
    public struct Vector2D : IEquatable<Vector2D>
    {
        public double X;
        public double Y;

        public static Vector2D Zero = new Vector2D(0, 0);
        public static Vector2D One = new Vector2D(1, 1);
        public static Vector2D UnitX = new Vector2D(1, 0);
        public static Vector2D UnitY = new Vector2D(0, 1);
        public static Vector2D PositiveInfinity = new Vector2D(double.PositiveInfinity, double.PositiveInfinity);

        public Vector2D(double x, double y) { X = x; Y = y; }
        public Vector2D(double value) { X = value; Y = value; }

        public static Vector2D operator -(Vector2D value) => new Vector2D(-value.X, -value.Y);
        public static Vector2D operator +(Vector2D a, Vector2D b) => new Vector2D(a.X + b.X, a.Y + b.Y);
        public static Vector2D operator +(Vector2D a, double b) => new Vector2D(a.X + b, a.Y + b);
        public static Vector2D operator -(Vector2D a, Vector2D b) => new Vector2D(a.X - b.X, a.Y - b.Y);
        public static Vector2D operator -(Vector2D a, double b) => new Vector2D(a.X - b, a.Y - b);
        public static Vector2D operator *(Vector2D a, Vector2D b) => new Vector2D(a.X * b.X, a.Y * b.Y);
        public static Vector2D operator *(Vector2D value, double scaleFactor) => new Vector2D(value.X * scaleFactor, value.Y * scaleFactor);
        public static Vector2D operator *(double scaleFactor, Vector2D value) => new Vector2D(value.X * scaleFactor, value.Y * scaleFactor);
        public static Vector2D operator /(Vector2D a, Vector2D b) => new Vector2D(a.X / b.X, a.Y / b.Y);
        public static Vector2D operator /(Vector2D value, double divider) => new Vector2D(value.X / divider, value.Y / divider);
        public static Vector2D operator /(double value, Vector2D divider) => new Vector2D(value / divider.X, value / divider.Y);
        public static bool operator ==(Vector2D a, Vector2D b) => a.X == b.X && a.Y == b.Y;
        public static bool operator !=(Vector2D a, Vector2D b) => !(a == b);
        public static explicit operator Vector2I(Vector2D vector) => new Vector2I((int)vector.X, (int)vector.Y);

        public double Length() => Math.Sqrt(X * X + Y * Y);
        public double LengthSquared() => X * X + Y * Y;
        public void Normalize() => this = Normalize(this);
        public static Vector2D Normalize(Vector2D value) => value / value.Length();
        public static double Dot(Vector2D value1, Vector2D value2) => value1.X * value2.X + value1.Y * value2.Y;
        public static double Distance(Vector2D value1, Vector2D value2) => (value1 - value2).Length();
        public static double DistanceSquared(Vector2D value1, Vector2D value2) => (value1 - value2).LengthSquared();
        public static Vector2D Min(Vector2D value1, Vector2D value2) => new Vector2D(Math.Min(value1.X, value2.X), Math.Min(value1.Y, value2.Y));
        public static Vector2D Max(Vector2D value1, Vector2D value2) => new Vector2D(Math.Max(value1.X, value2.X), Math.Max(value1.Y, value2.Y));
        public static Vector2D Clamp(Vector2D value1, Vector2D min, Vector2D max) => Min(Max(value1, min), max);
        public static Vector2D Lerp(Vector2D value1, Vector2D value2, double amount) => value1 + (value2 - value1) * amount;
        public static Vector2D Reflect(Vector2D vector, Vector2D normal) => vector - 2.0 * Dot(vector, normal) * normal;
        public static Vector2D Floor(Vector2D position) => new Vector2D(Math.Floor(position.X), Math.Floor(position.Y));

        public bool Equals(Vector2D other) => this == other;
        public override bool Equals(object obj) => obj is Vector2D v && this == v;
        public override int GetHashCode() => X.GetHashCode() * 397 ^ Y.GetHashCode();
        public override string ToString() => "{X:" + X.ToString(CultureInfo.CurrentCulture) + " Y:" + Y.ToString(CultureInfo.CurrentCulture) + "}";
    }
}
