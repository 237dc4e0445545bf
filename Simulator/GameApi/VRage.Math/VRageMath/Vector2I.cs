using System;
using System.Collections.Generic;

namespace VRageMath
{
    /// <summary>Integer 2D vector (screen cells, texture sizes).</summary>
    public struct Vector2I : IEquatable<Vector2I>
    {
        public int X;
        public int Y;

        public static Vector2I Zero = new Vector2I(0, 0);
        public static Vector2I One = new Vector2I(1, 1);
        public static Vector2I UnitX = new Vector2I(1, 0);
        public static Vector2I UnitY = new Vector2I(0, 1);
        public static readonly ComparerClass Comparer = new ComparerClass();

        public Vector2I(int x, int y) { X = x; Y = y; }
        public Vector2I(int width) { X = width; Y = width; }
        public Vector2I(Vector2 vec) { X = (int)vec.X; Y = (int)vec.Y; }
        public Vector2I(Vector2D vec) { X = (int)vec.X; Y = (int)vec.Y; }

        public static Vector2I operator -(Vector2I left) => new Vector2I(-left.X, -left.Y);
        public static Vector2I operator +(Vector2I left, Vector2I right) => new Vector2I(left.X + right.X, left.Y + right.Y);
        public static Vector2I operator +(Vector2I left, int right) => new Vector2I(left.X + right, left.Y + right);
        public static Vector2I operator -(Vector2I left, Vector2I right) => new Vector2I(left.X - right.X, left.Y - right.Y);
        public static Vector2I operator -(Vector2I left, int value) => new Vector2I(left.X - value, left.Y - value);
        public static Vector2I operator *(Vector2I value1, int multiplier) => new Vector2I(value1.X * multiplier, value1.Y * multiplier);
        public static Vector2I operator /(Vector2I value1, int divider) => new Vector2I(value1.X / divider, value1.Y / divider);
        public static Vector2I operator <<(Vector2I left, int bits) => new Vector2I(left.X << bits, left.Y << bits);
        public static Vector2I operator >>(Vector2I left, int bits) => new Vector2I(left.X >> bits, left.Y >> bits);
        public static bool operator ==(Vector2I left, Vector2I right) => left.X == right.X && left.Y == right.Y;
        public static bool operator !=(Vector2I left, Vector2I right) => !(left == right);
        public static implicit operator Vector2(Vector2I intVector) => new Vector2(intVector.X, intVector.Y);

        public int Size() => X * Y;
        public bool Between(ref Vector2I start, ref Vector2I end) => X >= start.X && X <= end.X && Y >= start.Y && Y <= end.Y;
        public static Vector2I Floor(Vector2 value) => new Vector2I((int)Math.Floor(value.X), (int)Math.Floor(value.Y));
        public static Vector2I Round(Vector2 value) => new Vector2I((int)Math.Round(value.X), (int)Math.Round(value.Y));
        public static Vector2I Min(Vector2I v1, Vector2I v2) => new Vector2I(Math.Min(v1.X, v2.X), Math.Min(v1.Y, v2.Y));
        public static void Min(ref Vector2I v1, ref Vector2I v2, out Vector2I min) => min = Min(v1, v2);
        public static Vector2I Max(Vector2I v1, Vector2I v2) => new Vector2I(Math.Max(v1.X, v2.X), Math.Max(v1.Y, v2.Y));
        public static void Max(ref Vector2I v1, ref Vector2I v2, out Vector2I max) => max = Max(v1, v2);

        public bool Equals(Vector2I other) => this == other;
        public override bool Equals(object obj) => obj is Vector2I v && this == v;
        public override int GetHashCode() => X * 397 ^ Y;
        public override string ToString() => X + ", " + Y;

        public class ComparerClass : IEqualityComparer<Vector2I>
        {
            public bool Equals(Vector2I x, Vector2I y) => x == y;
            public int GetHashCode(Vector2I obj) => obj.GetHashCode();
        }
    }
}
