using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>Single-precision 4D vector (colours as RGBA 0..1, homogeneous coordinates).</summary>
    public struct Vector4 : IEquatable<Vector4>
    {
        public float X;
        public float Y;
        public float Z;
        public float W;

        public static Vector4 Zero = new Vector4(0, 0, 0, 0);
        public static Vector4 One = new Vector4(1, 1, 1, 1);
        public static Vector4 UnitX = new Vector4(1, 0, 0, 0);
        public static Vector4 UnitY = new Vector4(0, 1, 0, 0);
        public static Vector4 UnitZ = new Vector4(0, 0, 1, 0);
        public static Vector4 UnitW = new Vector4(0, 0, 0, 1);

        public Vector4(float x, float y, float z, float w) { X = x; Y = y; Z = z; W = w; }
        public Vector4(Vector2 value, float z, float w) { X = value.X; Y = value.Y; Z = z; W = w; }
        public Vector4(Vector3 value, float w) { X = value.X; Y = value.Y; Z = value.Z; W = w; }
        public Vector4(float value) { X = value; Y = value; Z = value; W = value; }

        public float this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return X;
                    case 1: return Y;
                    case 2: return Z;
                    case 3: return W;
                    default: throw new ArgumentOutOfRangeException(nameof(index));
                }
            }
            set
            {
                switch (index)
                {
                    case 0: X = value; break;
                    case 1: Y = value; break;
                    case 2: Z = value; break;
                    case 3: W = value; break;
                    default: throw new ArgumentOutOfRangeException(nameof(index));
                }
            }
        }

        public static Vector4 operator -(Vector4 value) => new Vector4(-value.X, -value.Y, -value.Z, -value.W);
        public static Vector4 operator +(Vector4 a, Vector4 b) => new Vector4(a.X + b.X, a.Y + b.Y, a.Z + b.Z, a.W + b.W);
        public static Vector4 operator -(Vector4 a, Vector4 b) => new Vector4(a.X - b.X, a.Y - b.Y, a.Z - b.Z, a.W - b.W);
        public static Vector4 operator *(Vector4 a, Vector4 b) => new Vector4(a.X * b.X, a.Y * b.Y, a.Z * b.Z, a.W * b.W);
        public static Vector4 operator *(Vector4 a, float s) => new Vector4(a.X * s, a.Y * s, a.Z * s, a.W * s);
        public static Vector4 operator *(float s, Vector4 a) => a * s;
        public static Vector4 operator /(Vector4 a, Vector4 b) => new Vector4(a.X / b.X, a.Y / b.Y, a.Z / b.Z, a.W / b.W);
        public static Vector4 operator /(Vector4 a, float divider) => new Vector4(a.X / divider, a.Y / divider, a.Z / divider, a.W / divider);
        public static Vector4 operator /(float lhs, Vector4 rhs) => new Vector4(lhs / rhs.X, lhs / rhs.Y, lhs / rhs.Z, lhs / rhs.W);
        public static bool operator ==(Vector4 a, Vector4 b) => a.X == b.X && a.Y == b.Y && a.Z == b.Z && a.W == b.W;
        public static bool operator !=(Vector4 a, Vector4 b) => !(a == b);

        public float Length() => (float)Math.Sqrt(LengthSquared());
        public float LengthSquared() => X * X + Y * Y + Z * Z + W * W;
        public void Normalize() => this = Normalize(this);
        public static Vector4 Normalize(Vector4 vector) => vector / vector.Length();
        public static void Normalize(ref Vector4 vector, out Vector4 result) => result = Normalize(vector);

        public static Vector4 Add(Vector4 value1, Vector4 value2) => value1 + value2;
        public static void Add(ref Vector4 value1, ref Vector4 value2, out Vector4 result) => result = value1 + value2;
        public static Vector4 Subtract(Vector4 value1, Vector4 value2) => value1 - value2;
        public static void Subtract(ref Vector4 value1, ref Vector4 value2, out Vector4 result) => result = value1 - value2;
        public static Vector4 Multiply(Vector4 value1, Vector4 value2) => value1 * value2;
        public static void Multiply(ref Vector4 value1, ref Vector4 value2, out Vector4 result) => result = value1 * value2;
        public static Vector4 Multiply(Vector4 value1, float scaleFactor) => value1 * scaleFactor;
        public static void Multiply(ref Vector4 value1, float scaleFactor, out Vector4 result) => result = value1 * scaleFactor;
        public static Vector4 Divide(Vector4 value1, Vector4 value2) => value1 / value2;
        public static void Divide(ref Vector4 value1, ref Vector4 value2, out Vector4 result) => result = value1 / value2;
        public static Vector4 Divide(Vector4 value1, float divider) => value1 / divider;
        public static void Divide(ref Vector4 value1, float divider, out Vector4 result) => result = value1 / divider;
        public static Vector4 Negate(Vector4 value) => -value;
        public static void Negate(ref Vector4 value, out Vector4 result) => result = -value;
        public static float Dot(Vector4 vector1, Vector4 vector2) => vector1.X * vector2.X + vector1.Y * vector2.Y + vector1.Z * vector2.Z + vector1.W * vector2.W;
        public static void Dot(ref Vector4 vector1, ref Vector4 vector2, out float result) => result = Dot(vector1, vector2);
        public static float Distance(Vector4 value1, Vector4 value2) => (value1 - value2).Length();
        public static void Distance(ref Vector4 value1, ref Vector4 value2, out float result) => result = Distance(value1, value2);
        public static float DistanceSquared(Vector4 value1, Vector4 value2) => (value1 - value2).LengthSquared();
        public static void DistanceSquared(ref Vector4 value1, ref Vector4 value2, out float result) => result = DistanceSquared(value1, value2);
        public static Vector4 Min(Vector4 value1, Vector4 value2) =>
            new Vector4(Math.Min(value1.X, value2.X), Math.Min(value1.Y, value2.Y), Math.Min(value1.Z, value2.Z), Math.Min(value1.W, value2.W));
        public static void Min(ref Vector4 value1, ref Vector4 value2, out Vector4 result) => result = Min(value1, value2);
        public static Vector4 Max(Vector4 value1, Vector4 value2) =>
            new Vector4(Math.Max(value1.X, value2.X), Math.Max(value1.Y, value2.Y), Math.Max(value1.Z, value2.Z), Math.Max(value1.W, value2.W));
        public static void Max(ref Vector4 value1, ref Vector4 value2, out Vector4 result) => result = Max(value1, value2);
        public static Vector4 Clamp(Vector4 value1, Vector4 min, Vector4 max) => Min(Max(value1, min), max);
        public static void Clamp(ref Vector4 value1, ref Vector4 min, ref Vector4 max, out Vector4 result) => result = Clamp(value1, min, max);
        public static Vector4 Lerp(Vector4 value1, Vector4 value2, float amount) => value1 + (value2 - value1) * amount;
        public static void Lerp(ref Vector4 value1, ref Vector4 value2, float amount, out Vector4 result) => result = Lerp(value1, value2, amount);
        public static Vector4 SmoothStep(Vector4 value1, Vector4 value2, float amount) => Lerp(value1, value2, MathHelper.SmoothStep(0f, 1f, amount));
        public static void SmoothStep(ref Vector4 value1, ref Vector4 value2, float amount, out Vector4 result) => result = SmoothStep(value1, value2, amount);
        public static Vector4 Barycentric(Vector4 value1, Vector4 value2, Vector4 value3, float amount1, float amount2) =>
            value1 + (value2 - value1) * amount1 + (value3 - value1) * amount2;
        public static void Barycentric(ref Vector4 value1, ref Vector4 value2, ref Vector4 value3, float amount1, float amount2, out Vector4 result) =>
            result = Barycentric(value1, value2, value3, amount1, amount2);

        public static Vector4 Transform(Vector4 vector, Matrix matrix) => new Vector4(
            vector.X * matrix.M11 + vector.Y * matrix.M21 + vector.Z * matrix.M31 + vector.W * matrix.M41,
            vector.X * matrix.M12 + vector.Y * matrix.M22 + vector.Z * matrix.M32 + vector.W * matrix.M42,
            vector.X * matrix.M13 + vector.Y * matrix.M23 + vector.Z * matrix.M33 + vector.W * matrix.M43,
            vector.X * matrix.M14 + vector.Y * matrix.M24 + vector.Z * matrix.M34 + vector.W * matrix.M44);
        public static void Transform(ref Vector4 vector, ref Matrix matrix, out Vector4 result) => result = Transform(vector, matrix);
        public static Vector4 Transform(Vector3 position, Matrix matrix) => Transform(new Vector4(position, 1f), matrix);
        public static void Transform(ref Vector3 position, ref Matrix matrix, out Vector4 result) => result = Transform(position, matrix);
        public static Vector4 Transform(Vector2 position, Matrix matrix) => Transform(new Vector4(position, 0f, 1f), matrix);
        public static void Transform(ref Vector2 position, ref Matrix matrix, out Vector4 result) => result = Transform(position, matrix);
        public static Vector4 Transform(Vector4 value, Quaternion rotation) => new Vector4(Vector3.Transform(new Vector3(value), rotation), value.W);
        public static void Transform(ref Vector4 value, ref Quaternion rotation, out Vector4 result) => result = Transform(value, rotation);
        public static Vector4 Transform(Vector3 value, Quaternion rotation) => new Vector4(Vector3.Transform(value, rotation), 1f);
        public static void Transform(ref Vector3 value, ref Quaternion rotation, out Vector4 result) => result = Transform(value, rotation);
        public static Vector4 Transform(Vector2 value, Quaternion rotation) => new Vector4(Vector3.Transform(new Vector3(value, 0f), rotation), 1f);
        public static void Transform(ref Vector2 value, ref Quaternion rotation, out Vector4 result) => result = Transform(value, rotation);

        public bool Equals(Vector4 other) => this == other;
        public override bool Equals(object obj) => obj is Vector4 v && this == v;
        public override int GetHashCode() => ((X.GetHashCode() * 397 ^ Y.GetHashCode()) * 397 ^ Z.GetHashCode()) * 397 ^ W.GetHashCode();
        public override string ToString()
        {
            var c = CultureInfo.CurrentCulture;
            return "{X:" + X.ToString(c) + " Y:" + Y.ToString(c) + " Z:" + Z.ToString(c) + " W:" + W.ToString(c) + "}";
        }
    }

    /// <summary>Double-precision 4D vector.</summary>
    public struct Vector4D : IEquatable<Vector4D>
    {
        public double X;
        public double Y;
        public double Z;
        public double W;

        public static Vector4D Zero = new Vector4D(0, 0, 0, 0);
        public static Vector4D One = new Vector4D(1, 1, 1, 1);
        public static Vector4D UnitX = new Vector4D(1, 0, 0, 0);
        public static Vector4D UnitY = new Vector4D(0, 1, 0, 0);
        public static Vector4D UnitZ = new Vector4D(0, 0, 1, 0);
        public static Vector4D UnitW = new Vector4D(0, 0, 0, 1);

        public Vector4D(double x, double y, double z, double w) { X = x; Y = y; Z = z; W = w; }
        public Vector4D(Vector2 value, double z, double w) { X = value.X; Y = value.Y; Z = z; W = w; }
        public Vector4D(Vector3D value, double w) { X = value.X; Y = value.Y; Z = value.Z; W = w; }
        public Vector4D(double value) { X = value; Y = value; Z = value; W = value; }

        public static Vector4D operator -(Vector4D value) => new Vector4D(-value.X, -value.Y, -value.Z, -value.W);
        public static Vector4D operator +(Vector4D a, Vector4D b) => new Vector4D(a.X + b.X, a.Y + b.Y, a.Z + b.Z, a.W + b.W);
        public static Vector4D operator -(Vector4D a, Vector4D b) => new Vector4D(a.X - b.X, a.Y - b.Y, a.Z - b.Z, a.W - b.W);
        public static Vector4D operator *(Vector4D a, Vector4D b) => new Vector4D(a.X * b.X, a.Y * b.Y, a.Z * b.Z, a.W * b.W);
        public static Vector4D operator *(Vector4D a, double s) => new Vector4D(a.X * s, a.Y * s, a.Z * s, a.W * s);
        public static Vector4D operator *(double s, Vector4D a) => a * s;
        public static Vector4D operator /(Vector4D a, double divider) => new Vector4D(a.X / divider, a.Y / divider, a.Z / divider, a.W / divider);
        public static bool operator ==(Vector4D a, Vector4D b) => a.X == b.X && a.Y == b.Y && a.Z == b.Z && a.W == b.W;
        public static bool operator !=(Vector4D a, Vector4D b) => !(a == b);
        public static implicit operator Vector4(Vector4D v) => new Vector4((float)v.X, (float)v.Y, (float)v.Z, (float)v.W);
        public static implicit operator Vector4D(Vector4 v) => new Vector4D(v.X, v.Y, v.Z, v.W);

        public double Length() => Math.Sqrt(LengthSquared());
        public double LengthSquared() => X * X + Y * Y + Z * Z + W * W;
        public void Normalize() => this = this / Length();
        public static double Dot(Vector4D vector1, Vector4D vector2) => vector1.X * vector2.X + vector1.Y * vector2.Y + vector1.Z * vector2.Z + vector1.W * vector2.W;

        public static Vector4D Transform(Vector4D vector, MatrixD matrix) => new Vector4D(
            vector.X * matrix.M11 + vector.Y * matrix.M21 + vector.Z * matrix.M31 + vector.W * matrix.M41,
            vector.X * matrix.M12 + vector.Y * matrix.M22 + vector.Z * matrix.M32 + vector.W * matrix.M42,
            vector.X * matrix.M13 + vector.Y * matrix.M23 + vector.Z * matrix.M33 + vector.W * matrix.M43,
            vector.X * matrix.M14 + vector.Y * matrix.M24 + vector.Z * matrix.M34 + vector.W * matrix.M44);
        public static Vector4D Transform(Vector3D position, MatrixD matrix) => Transform(new Vector4D(position, 1.0), matrix);

        public bool Equals(Vector4D other) => this == other;
        public override bool Equals(object obj) => obj is Vector4D v && this == v;
        public override int GetHashCode() => ((X.GetHashCode() * 397 ^ Y.GetHashCode()) * 397 ^ Z.GetHashCode()) * 397 ^ W.GetHashCode();
        public override string ToString()
        {
            var c = CultureInfo.CurrentCulture;
            return "{X:" + X.ToString(c) + " Y:" + Y.ToString(c) + " Z:" + Z.ToString(c) + " W:" + W.ToString(c) + "}";
        }
    }
}
