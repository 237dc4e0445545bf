using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>Single-precision 2D vector: sprite positions and sizes on text surfaces, control input.</summary>
    public struct Vector2 : IEquatable<Vector2>
    {
        public float X;
        public float Y;

        public static Vector2 Zero = new Vector2(0, 0);
        public static Vector2 One = new Vector2(1, 1);
        public static Vector2 UnitX = new Vector2(1, 0);
        public static Vector2 UnitY = new Vector2(0, 1);
        public static Vector2 PositiveInfinity = new Vector2(float.PositiveInfinity, float.PositiveInfinity);

        public Vector2(float x, float y) { X = x; Y = y; }
        public Vector2(float value) { X = value; Y = value; }

        public float this[int index]
        {
            get => index == 0 ? X : index == 1 ? Y : throw new ArgumentOutOfRangeException(nameof(index));
            set
            {
                if (index == 0) X = value;
                else if (index == 1) Y = value;
                else throw new ArgumentOutOfRangeException(nameof(index));
            }
        }

        public static Vector2 operator -(Vector2 value) => new Vector2(-value.X, -value.Y);
        public static Vector2 operator +(Vector2 a, Vector2 b) => new Vector2(a.X + b.X, a.Y + b.Y);
        public static Vector2 operator +(Vector2 a, float b) => new Vector2(a.X + b, a.Y + b);
        public static Vector2 operator -(Vector2 a, Vector2 b) => new Vector2(a.X - b.X, a.Y - b.Y);
        public static Vector2 operator -(Vector2 a, float b) => new Vector2(a.X - b, a.Y - b);
        public static Vector2 operator *(Vector2 a, Vector2 b) => new Vector2(a.X * b.X, a.Y * b.Y);
        public static Vector2 operator *(Vector2 value, float scaleFactor) => new Vector2(value.X * scaleFactor, value.Y * scaleFactor);
        public static Vector2 operator *(float scaleFactor, Vector2 value) => new Vector2(value.X * scaleFactor, value.Y * scaleFactor);
        public static Vector2 operator /(Vector2 a, Vector2 b) => new Vector2(a.X / b.X, a.Y / b.Y);
        public static Vector2 operator /(Vector2 value, float divider) => new Vector2(value.X / divider, value.Y / divider);
        public static Vector2 operator /(float value, Vector2 divider) => new Vector2(value / divider.X, value / divider.Y);
        public static bool operator ==(Vector2 a, Vector2 b) => a.X == b.X && a.Y == b.Y;
        public static bool operator !=(Vector2 a, Vector2 b) => !(a == b);
        public static explicit operator Vector2I(Vector2 vector) => new Vector2I((int)vector.X, (int)vector.Y);

        public float Length() => (float)Math.Sqrt(X * X + Y * Y);
        public float LengthSquared() => X * X + Y * Y;
        public void Normalize() => this = Normalize(this);
        public static Vector2 Normalize(Vector2 value) => value / value.Length();
        public static void Normalize(ref Vector2 value, out Vector2 result) => result = Normalize(value);
        public bool IsValid() => MathHelper.IsValid(this);
        public void AssertIsValid() { }
        /// <summary>True when this point lies in the box spanned by start and end (inclusive).</summary>
        public bool Between(ref Vector2 start, ref Vector2 end) => X >= start.X && X <= end.X && Y >= start.Y && Y <= end.Y;

        /// <summary>Rotates this vector counter-clockwise by <paramref name="angle"/> radians.</summary>
        public void Rotate(double angle)
        {
            double cos = Math.Cos(angle), sin = Math.Sin(angle);
            float x = X;
            X = (float)(x * cos - Y * sin);
            Y = (float)(x * sin + Y * cos);
        }

        public static bool IsZero(ref Vector2 value) => IsZero(ref value, MathHelper.EPSILON);
        public static bool IsZero(ref Vector2 value, float epsilon) => Math.Abs(value.X) < epsilon && Math.Abs(value.Y) < epsilon;
        public static bool IsZero(Vector2 value, float epsilon) => IsZero(ref value, epsilon);

        public static Vector2 Add(Vector2 value1, Vector2 value2) => value1 + value2;
        public static void Add(ref Vector2 value1, ref Vector2 value2, out Vector2 result) => result = value1 + value2;
        public static Vector2 Subtract(Vector2 value1, Vector2 value2) => value1 - value2;
        public static void Subtract(ref Vector2 value1, ref Vector2 value2, out Vector2 result) => result = value1 - value2;
        public static Vector2 Multiply(Vector2 value1, Vector2 value2) => value1 * value2;
        public static void Multiply(ref Vector2 value1, ref Vector2 value2, out Vector2 result) => result = value1 * value2;
        public static Vector2 Multiply(Vector2 value1, float scaleFactor) => value1 * scaleFactor;
        public static void Multiply(ref Vector2 value1, float scaleFactor, out Vector2 result) => result = value1 * scaleFactor;
        public static Vector2 Divide(Vector2 value1, Vector2 value2) => value1 / value2;
        public static void Divide(ref Vector2 value1, ref Vector2 value2, out Vector2 result) => result = value1 / value2;
        public static Vector2 Divide(Vector2 value1, float divider) => value1 / divider;
        public static void Divide(ref Vector2 value1, float divider, out Vector2 result) => result = value1 / divider;
        public static Vector2 Negate(Vector2 value) => -value;
        public static void Negate(ref Vector2 value, out Vector2 result) => result = -value;

        public static float Dot(Vector2 value1, Vector2 value2) => value1.X * value2.X + value1.Y * value2.Y;
        public static void Dot(ref Vector2 value1, ref Vector2 value2, out float result) => result = Dot(value1, value2);
        public static float Distance(Vector2 value1, Vector2 value2) => (value1 - value2).Length();
        public static void Distance(ref Vector2 value1, ref Vector2 value2, out float result) => result = Distance(value1, value2);
        public static float DistanceSquared(Vector2 value1, Vector2 value2) => (value1 - value2).LengthSquared();
        public static void DistanceSquared(ref Vector2 value1, ref Vector2 value2, out float result) => result = DistanceSquared(value1, value2);
        public static Vector2 Reflect(Vector2 vector, Vector2 normal) => vector - 2f * Dot(vector, normal) * normal;
        public static void Reflect(ref Vector2 vector, ref Vector2 normal, out Vector2 result) => result = Reflect(vector, normal);

        public static Vector2 Min(Vector2 value1, Vector2 value2) => new Vector2(Math.Min(value1.X, value2.X), Math.Min(value1.Y, value2.Y));
        public static void Min(ref Vector2 value1, ref Vector2 value2, out Vector2 result) => result = Min(value1, value2);
        public static Vector2 Max(Vector2 value1, Vector2 value2) => new Vector2(Math.Max(value1.X, value2.X), Math.Max(value1.Y, value2.Y));
        public static void Max(ref Vector2 value1, ref Vector2 value2, out Vector2 result) => result = Max(value1, value2);
        public static Vector2 Clamp(Vector2 value1, Vector2 min, Vector2 max) => Min(Max(value1, min), max);
        public static void Clamp(ref Vector2 value1, ref Vector2 min, ref Vector2 max, out Vector2 result) => result = Clamp(value1, min, max);
        public static Vector2 ClampToSphere(Vector2 vector, float radius)
        {
            float lengthSquared = vector.LengthSquared();
            return lengthSquared > radius * radius ? vector * (radius / (float)Math.Sqrt(lengthSquared)) : vector;
        }
        public static void ClampToSphere(ref Vector2 vector, float radius) => vector = ClampToSphere(vector, radius);
        public static Vector2 Floor(Vector2 position) => new Vector2((float)Math.Floor(position.X), (float)Math.Floor(position.Y));
        public static Vector2 SignNonZero(Vector2 value) => new Vector2(value.X < 0 ? -1 : 1, value.Y < 0 ? -1 : 1);

        public static Vector2 Lerp(Vector2 value1, Vector2 value2, float amount) => value1 + (value2 - value1) * amount;
        public static void Lerp(ref Vector2 value1, ref Vector2 value2, float amount, out Vector2 result) => result = Lerp(value1, value2, amount);
        public static Vector2 SmoothStep(Vector2 value1, Vector2 value2, float amount) => Lerp(value1, value2, MathHelper.SmoothStep(0f, 1f, amount));
        public static void SmoothStep(ref Vector2 value1, ref Vector2 value2, float amount, out Vector2 result) => result = SmoothStep(value1, value2, amount);
        public static Vector2 Barycentric(Vector2 value1, Vector2 value2, Vector2 value3, float amount1, float amount2) =>
            new Vector2(MathHelper.Barycentric(value1.X, value2.X, value3.X, amount1, amount2), MathHelper.Barycentric(value1.Y, value2.Y, value3.Y, amount1, amount2));
        public static void Barycentric(ref Vector2 value1, ref Vector2 value2, ref Vector2 value3, float amount1, float amount2, out Vector2 result) =>
            result = Barycentric(value1, value2, value3, amount1, amount2);
        public static Vector2 CatmullRom(Vector2 value1, Vector2 value2, Vector2 value3, Vector2 value4, float amount) =>
            new Vector2(MathHelper.CatmullRom(value1.X, value2.X, value3.X, value4.X, amount), MathHelper.CatmullRom(value1.Y, value2.Y, value3.Y, value4.Y, amount));
        public static void CatmullRom(ref Vector2 value1, ref Vector2 value2, ref Vector2 value3, ref Vector2 value4, float amount, out Vector2 result) =>
            result = CatmullRom(value1, value2, value3, value4, amount);
        public static Vector2 Hermite(Vector2 value1, Vector2 tangent1, Vector2 value2, Vector2 tangent2, float amount) =>
            new Vector2(MathHelper.Hermite(value1.X, tangent1.X, value2.X, tangent2.X, amount), MathHelper.Hermite(value1.Y, tangent1.Y, value2.Y, tangent2.Y, amount));
        public static void Hermite(ref Vector2 value1, ref Vector2 tangent1, ref Vector2 value2, ref Vector2 tangent2, float amount, out Vector2 result) =>
            result = Hermite(value1, tangent1, value2, tangent2, amount);

        public static Vector2 Transform(Vector2 position, Matrix matrix) => new Vector2(
            position.X * matrix.M11 + position.Y * matrix.M21 + matrix.M41,
            position.X * matrix.M12 + position.Y * matrix.M22 + matrix.M42);
        public static void Transform(ref Vector2 position, ref Matrix matrix, out Vector2 result) => result = Transform(position, matrix);
        public static Vector2 TransformNormal(Vector2 normal, Matrix matrix) => new Vector2(
            normal.X * matrix.M11 + normal.Y * matrix.M21,
            normal.X * matrix.M12 + normal.Y * matrix.M22);
        public static void TransformNormal(ref Vector2 normal, ref Matrix matrix, out Vector2 result) => result = TransformNormal(normal, matrix);
        public static Vector2 Transform(Vector2 value, Quaternion rotation)
        {
            var rotated = Vector3.Transform(new Vector3(value, 0f), rotation);
            return new Vector2(rotated.X, rotated.Y);
        }
        public static void Transform(ref Vector2 value, ref Quaternion rotation, out Vector2 result) => result = Transform(value, rotation);
        public static void Transform(Vector2[] sourceArray, ref Matrix matrix, Vector2[] destinationArray)
        {
            for (int i = 0; i < sourceArray.Length; i++)
                destinationArray[i] = Transform(sourceArray[i], matrix);
        }
        public static void TransformNormal(Vector2[] sourceArray, ref Matrix matrix, Vector2[] destinationArray)
        {
            for (int i = 0; i < sourceArray.Length; i++)
                destinationArray[i] = TransformNormal(sourceArray[i], matrix);
        }

        public bool Equals(Vector2 other) => this == other;
        public override bool Equals(object obj) => obj is Vector2 v && this == v;
        public override int GetHashCode() => X.GetHashCode() * 397 ^ Y.GetHashCode();
        public override string ToString() => "{X:" + X.ToString(CultureInfo.CurrentCulture) + " Y:" + Y.ToString(CultureInfo.CurrentCulture) + "}";
    }
}
