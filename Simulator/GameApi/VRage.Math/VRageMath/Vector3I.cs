using System;
using System.Collections.Generic;

namespace VRageMath
{
    /// <summary>Integer 3D vector: grid cell coordinates of blocks.</summary>
    public struct Vector3I : IEquatable<Vector3I>, IComparable<Vector3I>
    {
        public int X;
        public int Y;
        public int Z;

        public static Vector3I Zero = new Vector3I(0, 0, 0);
        public static Vector3I One = new Vector3I(1, 1, 1);
        public static Vector3I UnitX = new Vector3I(1, 0, 0);
        public static Vector3I UnitY = new Vector3I(0, 1, 0);
        public static Vector3I UnitZ = new Vector3I(0, 0, 1);
        public static Vector3I Up = new Vector3I(0, 1, 0);
        public static Vector3I Down = new Vector3I(0, -1, 0);
        public static Vector3I Right = new Vector3I(1, 0, 0);
        public static Vector3I Left = new Vector3I(-1, 0, 0);
        public static Vector3I Forward = new Vector3I(0, 0, -1);
        public static Vector3I Backward = new Vector3I(0, 0, 1);
        public static Vector3I MaxValue = new Vector3I(int.MaxValue, int.MaxValue, int.MaxValue);
        public static Vector3I MinValue = new Vector3I(int.MinValue, int.MinValue, int.MinValue);
        public static readonly EqualityComparer Comparer = new EqualityComparer();

        public Vector3I(int xyz) { X = xyz; Y = xyz; Z = xyz; }
        public Vector3I(int x, int y, int z) { X = x; Y = y; Z = z; }
        public Vector3I(Vector2I xy, int z) { X = xy.X; Y = xy.Y; Z = z; }
        /// <summary>Truncates each component.</summary>
        public Vector3I(Vector3 xyz) { X = (int)xyz.X; Y = (int)xyz.Y; Z = (int)xyz.Z; }
        public Vector3I(Vector3D xyz) { X = (int)xyz.X; Y = (int)xyz.Y; Z = (int)xyz.Z; }
        public Vector3I(float x, float y, float z) { X = (int)x; Y = (int)y; Z = (int)z; }
        public Vector3I(byte[] bytes, int index) { X = BitConverter.ToInt32(bytes, index); Y = BitConverter.ToInt32(bytes, index + 4); Z = BitConverter.ToInt32(bytes, index + 8); }

        public int this[int index]
        {
            get => index == 0 ? X : index == 1 ? Y : index == 2 ? Z : throw new ArgumentOutOfRangeException(nameof(index));
            set
            {
                if (index == 0) X = value;
                else if (index == 1) Y = value;
                else if (index == 2) Z = value;
                else throw new ArgumentOutOfRangeException(nameof(index));
            }
        }

        public int Size => X * Y * Z;
        public long SizeLong => (long)X * Y * Z;
        public bool IsPowerOfTwo => MathHelper.IsPowerOfTwo(X) && MathHelper.IsPowerOfTwo(Y) && MathHelper.IsPowerOfTwo(Z);

        public static Vector3I operator -(Vector3I a) => new Vector3I(-a.X, -a.Y, -a.Z);
        public static Vector3I operator ~(Vector3I v) => new Vector3I(~v.X, ~v.Y, ~v.Z);
        public static Vector3I operator +(Vector3I a, Vector3I b) => new Vector3I(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
        public static Vector3I operator +(Vector3I a, int b) => new Vector3I(a.X + b, a.Y + b, a.Z + b);
        public static Vector3 operator +(Vector3I a, float b) => new Vector3(a.X + b, a.Y + b, a.Z + b);
        public static Vector3I operator -(Vector3I a, Vector3I b) => new Vector3I(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
        public static Vector3I operator -(Vector3I a, int b) => new Vector3I(a.X - b, a.Y - b, a.Z - b);
        public static Vector3I operator *(Vector3I a, Vector3I b) => new Vector3I(a.X * b.X, a.Y * b.Y, a.Z * b.Z);
        public static Vector3I operator *(Vector3I a, int num) => new Vector3I(a.X * num, a.Y * num, a.Z * num);
        public static Vector3I operator *(int num, Vector3I b) => b * num;
        public static Vector3 operator *(Vector3 a, Vector3I b) => new Vector3(a.X * b.X, a.Y * b.Y, a.Z * b.Z);
        public static Vector3 operator *(Vector3I a, Vector3 b) => b * a;
        public static Vector3 operator *(Vector3I a, float num) => new Vector3(a.X * num, a.Y * num, a.Z * num);
        public static Vector3 operator *(float num, Vector3I b) => b * num;
        public static Vector3D operator *(Vector3I a, double num) => new Vector3D(a.X * num, a.Y * num, a.Z * num);
        public static Vector3D operator *(double num, Vector3I b) => b * num;
        public static Vector3I operator /(Vector3I a, Vector3I b) => new Vector3I(a.X / b.X, a.Y / b.Y, a.Z / b.Z);
        public static Vector3I operator /(Vector3I a, int num) => new Vector3I(a.X / num, a.Y / num, a.Z / num);
        public static Vector3 operator /(Vector3I a, float num) => new Vector3(a.X / num, a.Y / num, a.Z / num);
        public static Vector3 operator /(float num, Vector3I a) => new Vector3(num / a.X, num / a.Y, num / a.Z);
        public static Vector3I operator %(Vector3I a, int num) => new Vector3I(a.X % num, a.Y % num, a.Z % num);
        public static Vector3I operator &(Vector3I v, int mask) => new Vector3I(v.X & mask, v.Y & mask, v.Z & mask);
        public static Vector3I operator |(Vector3I v, int mask) => new Vector3I(v.X | mask, v.Y | mask, v.Z | mask);
        public static Vector3I operator ^(Vector3I v, int mask) => new Vector3I(v.X ^ mask, v.Y ^ mask, v.Z ^ mask);
        public static Vector3I operator <<(Vector3I v, int shift) => new Vector3I(v.X << shift, v.Y << shift, v.Z << shift);
        public static Vector3I operator >>(Vector3I v, int shift) => new Vector3I(v.X >> shift, v.Y >> shift, v.Z >> shift);
        public static bool operator ==(Vector3I a, Vector3I b) => a.X == b.X && a.Y == b.Y && a.Z == b.Z;
        public static bool operator !=(Vector3I a, Vector3I b) => !(a == b);
        public static implicit operator Vector3(Vector3I value) => new Vector3(value.X, value.Y, value.Z);
        public static implicit operator Vector3D(Vector3I value) => new Vector3D(value.X, value.Y, value.Z);

        public int Length() => (int)Math.Sqrt(X * X + Y * Y + Z * Z);
        public int Volume() => X * Y * Z;
        public int AbsMax() => Math.Max(Math.Abs(X), Math.Max(Math.Abs(Y), Math.Abs(Z)));
        public int AbsMin() => Math.Min(Math.Abs(X), Math.Min(Math.Abs(Y), Math.Abs(Z)));
        public int RectangularLength() => Math.Abs(X) + Math.Abs(Y) + Math.Abs(Z);
        public int RectangularDistance(Vector3I otherVector) => (this - otherVector).RectangularLength();
        public static int DistanceManhattan(Vector3I first, Vector3I second) => first.RectangularDistance(second);
        public bool IsAxisAligned() => (X != 0 ? 1 : 0) + (Y != 0 ? 1 : 0) + (Z != 0 ? 1 : 0) == 1;
        public int AxisValue(Base6Directions.Axis axis) => axis == Base6Directions.Axis.LeftRight ? X : axis == Base6Directions.Axis.UpDown ? Y : Z;
        public bool IsInside(Vector3I inclusiveMin, Vector3I exclusiveMax) => IsInside(ref inclusiveMin, ref exclusiveMax);
        public bool IsInside(ref Vector3I inclusiveMin, ref Vector3I exclusiveMax) =>
            inclusiveMin.X <= X && X < exclusiveMax.X && inclusiveMin.Y <= Y && Y < exclusiveMax.Y && inclusiveMin.Z <= Z && Z < exclusiveMax.Z;
        public bool IsInsideInclusiveEnd(Vector3I min, Vector3I max) => IsInsideInclusiveEnd(ref min, ref max);
        public bool IsInsideInclusiveEnd(ref Vector3I min, ref Vector3I max) =>
            min.X <= X && X <= max.X && min.Y <= Y && Y <= max.Y && min.Z <= Z && Z <= max.Z;
        public void ToBytes(List<byte> result)
        {
            result.AddRange(BitConverter.GetBytes(X));
            result.AddRange(BitConverter.GetBytes(Y));
            result.AddRange(BitConverter.GetBytes(Z));
        }

        public static Vector3I Abs(Vector3I value) => new Vector3I(Math.Abs(value.X), Math.Abs(value.Y), Math.Abs(value.Z));
        public static void Abs(ref Vector3I value, out Vector3I result) => result = Abs(value);
        public static Vector3I Sign(Vector3 value) => new Vector3I(Math.Sign(value.X), Math.Sign(value.Y), Math.Sign(value.Z));
        public static Vector3I Sign(Vector3I value) => new Vector3I(Math.Sign(value.X), Math.Sign(value.Y), Math.Sign(value.Z));
        public static Vector3I Min(Vector3I value1, Vector3I value2) => new Vector3I(Math.Min(value1.X, value2.X), Math.Min(value1.Y, value2.Y), Math.Min(value1.Z, value2.Z));
        public static void Min(ref Vector3I value1, ref Vector3I value2, out Vector3I result) => result = Min(value1, value2);
        public static Vector3I Max(Vector3I value1, Vector3I value2) => new Vector3I(Math.Max(value1.X, value2.X), Math.Max(value1.Y, value2.Y), Math.Max(value1.Z, value2.Z));
        public static void Max(ref Vector3I value1, ref Vector3I value2, out Vector3I result) => result = Max(value1, value2);
        public static void MinMax(ref Vector3I min, ref Vector3I max)
        {
            var low = Min(min, max);
            max = Max(min, max);
            min = low;
        }
        public static Vector3I Clamp(Vector3I value1, Vector3I min, Vector3I max) => Min(Max(value1, min), max);
        public static void Clamp(ref Vector3I value1, ref Vector3I min, ref Vector3I max, out Vector3I result) => result = Clamp(value1, min, max);
        public static int Dot(Vector3I vector1, Vector3I vector2) => vector1.X * vector2.X + vector1.Y * vector2.Y + vector1.Z * vector2.Z;
        public static int Dot(ref Vector3I vector1, ref Vector3I vector2) => Dot(vector1, vector2);
        public static void Dot(ref Vector3I vector1, ref Vector3I vector2, out int dot) => dot = Dot(vector1, vector2);
        public int Dot(ref Vector3I v) => Dot(this, v);
        public static void Cross(ref Vector3I vector1, ref Vector3I vector2, out Vector3I result) => result = new Vector3I(
            vector1.Y * vector2.Z - vector1.Z * vector2.Y, vector1.Z * vector2.X - vector1.X * vector2.Z, vector1.X * vector2.Y - vector1.Y * vector2.X);

        public static Vector3I Floor(Vector3 value) => new Vector3I((int)Math.Floor(value.X), (int)Math.Floor(value.Y), (int)Math.Floor(value.Z));
        public static Vector3I Floor(Vector3D value) => new Vector3I((int)Math.Floor(value.X), (int)Math.Floor(value.Y), (int)Math.Floor(value.Z));
        public static void Floor(ref Vector3 v, out Vector3I r) => r = Floor(v);
        public static void Floor(ref Vector3D v, out Vector3I r) => r = Floor(v);
        public static Vector3I Ceiling(Vector3 value) => new Vector3I((int)Math.Ceiling(value.X), (int)Math.Ceiling(value.Y), (int)Math.Ceiling(value.Z));
        public static Vector3I Ceiling(Vector3D value) => new Vector3I((int)Math.Ceiling(value.X), (int)Math.Ceiling(value.Y), (int)Math.Ceiling(value.Z));
        public static Vector3I Round(Vector3 value) => new Vector3I((int)Math.Round(value.X), (int)Math.Round(value.Y), (int)Math.Round(value.Z));
        public static Vector3I Round(Vector3D value) => new Vector3I((int)Math.Round(value.X), (int)Math.Round(value.Y), (int)Math.Round(value.Z));
        public static void Round(ref Vector3 v, out Vector3I r) => r = Round(v);
        public static void Round(ref Vector3D v, out Vector3I r) => r = Round(v);
        public static Vector3I Trunc(Vector3 value) => new Vector3I((int)value.X, (int)value.Y, (int)value.Z);
        /// <summary>Rotates the components: (X, Y, Z) becomes (Z, X, Y).</summary>
        public static Vector3I Shift(Vector3I value) => new Vector3I(value.Z, value.X, value.Y);
        public static Vector3I DominantAxisProjection(Vector3I value1)
        {
            int x = Math.Abs(value1.X), y = Math.Abs(value1.Y), z = Math.Abs(value1.Z);
            if (x >= y && x >= z) return new Vector3I(value1.X, 0, 0);
            return y >= z ? new Vector3I(0, value1.Y, 0) : new Vector3I(0, 0, value1.Z);
        }
        public static void DominantAxisProjection(ref Vector3I value1, out Vector3I result) => result = DominantAxisProjection(value1);
        /// <summary>The unit vector of the dominant axis, with its sign.</summary>
        public static Vector3I GetDominantDirectionVector(Vector3I val) => Sign(DominantAxisProjection(val));

        public static bool BoxContains(Vector3I boxMin, Vector3I boxMax, Vector3I pt) => pt.IsInsideInclusiveEnd(ref boxMin, ref boxMax);
        public static bool BoxContains(ref Vector3I boxMin, ref Vector3I boxMax, ref Vector3I pt) => pt.IsInsideInclusiveEnd(ref boxMin, ref boxMax);
        public static bool BoxIntersects(Vector3I minA, Vector3I maxA, Vector3I minB, Vector3I maxB) => BoxIntersects(ref minA, ref maxA, ref minB, ref maxB);
        public static bool BoxIntersects(ref Vector3I minA, ref Vector3I maxA, ref Vector3I minB, ref Vector3I maxB) =>
            maxA.X >= minB.X && minA.X <= maxB.X && maxA.Y >= minB.Y && minA.Y <= maxB.Y && maxA.Z >= minB.Z && minA.Z <= maxB.Z;

        /// <summary>Every cell from minInclusive up to (not including) maxExclusive, X fastest.</summary>
        public static IEnumerable<Vector3I> EnumerateRange(Vector3I minInclusive, Vector3I maxExclusive)
        {
            for (int z = minInclusive.Z; z < maxExclusive.Z; z++)
                for (int y = minInclusive.Y; y < maxExclusive.Y; y++)
                    for (int x = minInclusive.X; x < maxExclusive.X; x++)
                        yield return new Vector3I(x, y, z);
        }

        public static Vector3I Transform(Vector3I value, Quaternion rotation) => Round(Vector3.Transform((Vector3)value, rotation));
        public static void Transform(ref Vector3I value, ref Quaternion rotation, out Vector3I result) => result = Transform(value, rotation);
        public static void Transform(ref Vector3I position, ref Matrix matrix, out Vector3I result) => result = Round(Vector3.Transform((Vector3)position, matrix));
        public static void TransformNormal(ref Vector3I normal, ref Matrix matrix, out Vector3I result) => result = Round(Vector3.TransformNormal((Vector3)normal, matrix));

        /// <summary>Reads "[X:1, Y:2, Z:3]" or "{X:1 Y:2 Z:3}".</summary>
        public static bool TryParseFromString(string p, out Vector3I vec)
        {
            vec = Zero;
            double[] parts;
            if (p == null || !VectorText.TryParseComponents(p.Replace("[", "{").Replace("]", "}").Replace(",", " "), "XYZ", out parts))
                return false;
            vec = new Vector3I((int)parts[0], (int)parts[1], (int)parts[2]);
            return true;
        }

        public int CompareTo(Vector3I other)
        {
            int result = X.CompareTo(other.X);
            if (result != 0) return result;
            result = Y.CompareTo(other.Y);
            return result != 0 ? result : Z.CompareTo(other.Z);
        }

        public bool Equals(Vector3I other) => this == other;
        public override bool Equals(object obj) => obj is Vector3I v && this == v;
        public override int GetHashCode() => (X * 397 ^ Y) * 397 ^ Z;
        public override string ToString() => "[X:" + X + ", Y:" + Y + ", Z:" + Z + "]";

        public class EqualityComparer : IEqualityComparer<Vector3I>, IComparer<Vector3I>
        {
            public bool Equals(Vector3I x, Vector3I y) => x == y;
            public int GetHashCode(Vector3I obj) => obj.GetHashCode();
            public int Compare(Vector3I x, Vector3I y) => x.CompareTo(y);
        }
    }
}
