using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>Single-precision 3D vector (control input, colours, local directions); the same operations as
    /// <see cref="Vector3D"/>. Conversions both ways are implicit (Vector3D declares them).</summary>
    public struct Vector3 : IEquatable<Vector3>
    {
        public float X;
        public float Y;
        public float Z;

        // Writable static fields, as the game's are (scripts pass them by ref); a script that assigns one changes it
        // for every programmable block in the process, in the game as here.
        public static Vector3 Zero = new Vector3(0, 0, 0);
        public static Vector3 One = new Vector3(1, 1, 1);
        public static Vector3 Half = new Vector3(0.5f, 0.5f, 0.5f);
        public static Vector3 UnitX = new Vector3(1, 0, 0);
        public static Vector3 UnitY = new Vector3(0, 1, 0);
        public static Vector3 UnitZ = new Vector3(0, 0, 1);
        public static Vector3 Up = new Vector3(0, 1, 0);
        public static Vector3 Down = new Vector3(0, -1, 0);
        public static Vector3 Right = new Vector3(1, 0, 0);
        public static Vector3 Left = new Vector3(-1, 0, 0);
        public static Vector3 Forward = new Vector3(0, 0, -1);
        public static Vector3 Backward = new Vector3(0, 0, 1);
        public static Vector3 MaxValue = new Vector3(float.MaxValue, float.MaxValue, float.MaxValue);
        public static Vector3 MinValue = new Vector3(float.MinValue, float.MinValue, float.MinValue);
        public static Vector3 PositiveInfinity = new Vector3(float.PositiveInfinity, float.PositiveInfinity, float.PositiveInfinity);
        public static Vector3 MinusOne = new Vector3(-1, -1, -1);
        public static Vector3 Invalid = new Vector3(float.NaN, float.NaN, float.NaN);
        public static Vector3 NegativeInfinity = new Vector3(float.NegativeInfinity, float.NegativeInfinity, float.NegativeInfinity);

        public Vector3(float x, float y, float z) { X = x; Y = y; Z = z; }
        public Vector3(double x, double y, double z) { X = (float)x; Y = (float)y; Z = (float)z; }
        public Vector3(float value) { X = value; Y = value; Z = value; }
        public Vector3(Vector2 value, float z) { X = value.X; Y = value.Y; Z = z; }
        public Vector3(Vector4 xyz) { X = xyz.X; Y = xyz.Y; Z = xyz.Z; }
        public Vector3(Vector3I value) { X = value.X; Y = value.Y; Z = value.Z; }
        public Vector3(ref Vector3I value) { X = value.X; Y = value.Y; Z = value.Z; }

        public float Sum => X + Y + Z;
        public float Volume => X * Y * Z;

        // --- operators ------------------------------------------------------------------------------
        public static Vector3 operator -(Vector3 value) => new Vector3(-value.X, -value.Y, -value.Z);
        public static Vector3 operator +(Vector3 a, Vector3 b) => new Vector3(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
        public static Vector3 operator +(Vector3 a, float b) => new Vector3(a.X + b, a.Y + b, a.Z + b);
        public static Vector3 operator -(Vector3 a, Vector3 b) => new Vector3(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
        public static Vector3 operator -(Vector3 a, float b) => new Vector3(a.X - b, a.Y - b, a.Z - b);
        public static Vector3 operator *(Vector3 a, Vector3 b) => new Vector3(a.X * b.X, a.Y * b.Y, a.Z * b.Z);
        public static Vector3 operator *(Vector3 value, float scaleFactor) => new Vector3(value.X * scaleFactor, value.Y * scaleFactor, value.Z * scaleFactor);
        public static Vector3 operator *(float scaleFactor, Vector3 value) => new Vector3(value.X * scaleFactor, value.Y * scaleFactor, value.Z * scaleFactor);
        public static Vector3 operator /(Vector3 a, Vector3 b) => new Vector3(a.X / b.X, a.Y / b.Y, a.Z / b.Z);
        public static Vector3 operator /(Vector3 value, float divider) => new Vector3(value.X / divider, value.Y / divider, value.Z / divider);
        public static Vector3 operator /(float value, Vector3 divider) => new Vector3(value / divider.X, value / divider.Y, value / divider.Z);
        public static bool operator ==(Vector3 a, Vector3 b) => a.X == b.X && a.Y == b.Y && a.Z == b.Z;
        public static bool operator !=(Vector3 a, Vector3 b) => !(a == b);

        // --- length and normal ----------------------------------------------------------------------
        public float Length() => (float)Math.Sqrt(X * X + Y * Y + Z * Z);
        public float LengthSquared() => X * X + Y * Y + Z * Z;

        /// <summary>Normalizes in place and returns the previous length.</summary>
        public float Normalize()
        {
            float length = Length();
            float scale = 1.0f / length;
            X *= scale; Y *= scale; Z *= scale;
            return length;
        }

        public Vector3 Normalized() => Normalize(this);
        public static Vector3 Normalize(Vector3 value) => value / value.Length();
        public static void Normalize(ref Vector3 value, out Vector3 result) => result = Normalize(value);
        public static bool IsUnit(ref Vector3 value) => Math.Abs(value.LengthSquared() - 1.0f) < 1E-05f;

        public bool IsValid() => MathHelper.IsValid(this);
        public void AssertIsValid() { }
        public bool IsZero() => X == 0 && Y == 0 && Z == 0;
        public static bool IsZero(Vector3 value) => value.IsZero();
        public static bool IsZero(Vector3 value, float epsilon) => Math.Abs(value.X) < epsilon && Math.Abs(value.Y) < epsilon && Math.Abs(value.Z) < epsilon;
        /// <summary>Per component: 1 where the component is zero (within epsilon), else 0.</summary>
        public static Vector3 IsZeroVector(Vector3 value) => new Vector3(value.X == 0 ? 1 : 0, value.Y == 0 ? 1 : 0, value.Z == 0 ? 1 : 0);
        public static Vector3 IsZeroVector(Vector3 value, float epsilon) =>
            new Vector3(Math.Abs(value.X) < epsilon ? 1 : 0, Math.Abs(value.Y) < epsilon ? 1 : 0, Math.Abs(value.Z) < epsilon ? 1 : 0);

        // --- components ---------------------------------------------------------------------------
        public float GetDim(int i) => i == 0 ? X : i == 1 ? Y : i == 2 ? Z : throw new ArgumentOutOfRangeException(nameof(i));
        public void SetDim(int i, float value)
        {
            switch (i)
            {
                case 0: X = value; break;
                case 1: Y = value; break;
                case 2: Z = value; break;
                default: throw new ArgumentOutOfRangeException(nameof(i));
            }
        }

        public float Max() => Math.Max(X, Math.Max(Y, Z));
        public float Min() => Math.Min(X, Math.Min(Y, Z));
        public float AbsMax() => Math.Max(Math.Abs(X), Math.Max(Math.Abs(Y), Math.Abs(Z)));
        public float AbsMin() => Math.Min(Math.Abs(X), Math.Min(Math.Abs(Y), Math.Abs(Z)));
        /// <summary>Index (0, 1, 2) of the component with the largest absolute value.</summary>
        public int AbsMaxComponent() => Math.Abs(X) >= Math.Abs(Y) ? (Math.Abs(X) >= Math.Abs(Z) ? 0 : 2) : (Math.Abs(Y) >= Math.Abs(Z) ? 1 : 2);
        public long VolumeInt(float multiplier) => (long)(X * multiplier) * (long)(Y * multiplier) * (long)(Z * multiplier);
        public bool IsInsideInclusive(ref Vector3 min, ref Vector3 max) =>
            min.X <= X && X <= max.X && min.Y <= Y && Y <= max.Y && min.Z <= Z && Z <= max.Z;
        public void Interpolate3(Vector3 v0, Vector3 v1, float rt) => this = Lerp(v0, v1, rt);

        public static Vector3 Abs(Vector3 value) => new Vector3(Math.Abs(value.X), Math.Abs(value.Y), Math.Abs(value.Z));
        public static void Abs(ref Vector3 vector3D, out Vector3 abs) => abs = Abs(vector3D);
        public static Vector3 Sign(Vector3 value) => new Vector3(Math.Sign(value.X), Math.Sign(value.Y), Math.Sign(value.Z));
        public static Vector3 SignNonZero(Vector3 value) => new Vector3(value.X < 0 ? -1 : 1, value.Y < 0 ? -1 : 1, value.Z < 0 ? -1 : 1);
        /// <summary>Per component: 1 when positive, -1 when negative, 0 at zero.</summary>
        public static Vector3 Step(Vector3 value) => new Vector3(value.X > 0 ? 1 : value.X < 0 ? -1 : 0, value.Y > 0 ? 1 : value.Y < 0 ? -1 : 0, value.Z > 0 ? 1 : value.Z < 0 ? -1 : 0);
        public static Vector3 Floor(Vector3 v) => new Vector3((float)Math.Floor(v.X), (float)Math.Floor(v.Y), (float)Math.Floor(v.Z));
        public static Vector3 Ceiling(Vector3 v) => new Vector3((float)Math.Ceiling(v.X), (float)Math.Ceiling(v.Y), (float)Math.Ceiling(v.Z));
        public static Vector3 Round(Vector3 v) => new Vector3((float)Math.Round(v.X), (float)Math.Round(v.Y), (float)Math.Round(v.Z));
        public static Vector3 Round(Vector3 v, int numDecimals) => new Vector3((float)Math.Round(v.X, numDecimals), (float)Math.Round(v.Y, numDecimals), (float)Math.Round(v.Z, numDecimals));
        public static void Fract(ref Vector3 o, out Vector3 r) => r = new Vector3(o.X - (float)Math.Floor(o.X), o.Y - (float)Math.Floor(o.Y), o.Z - (float)Math.Floor(o.Z));
        public static Vector3 SwapYZCoordinates(Vector3 v) => new Vector3(v.X, v.Z, -v.Y);
        /// <summary>Keeps only the component with the largest magnitude.</summary>
        public static Vector3 DominantAxisProjection(Vector3 value1)
        {
            switch (value1.AbsMaxComponent())
            {
                case 0: return new Vector3(value1.X, 0, 0);
                case 1: return new Vector3(0, value1.Y, 0);
                default: return new Vector3(0, 0, value1.Z);
            }
        }
        public static void DominantAxisProjection(ref Vector3 value1, out Vector3 result) => result = DominantAxisProjection(value1);

        // --- arithmetic helpers -------------------------------------------------------------------
        public static Vector3 Add(Vector3 value1, Vector3 value2) => value1 + value2;
        public static void Add(ref Vector3 value1, ref Vector3 value2, out Vector3 result) => result = value1 + value2;
        public static Vector3 Subtract(Vector3 value1, Vector3 value2) => value1 - value2;
        public static void Subtract(ref Vector3 value1, ref Vector3 value2, out Vector3 result) => result = value1 - value2;
        public static Vector3 Multiply(Vector3 value1, Vector3 value2) => value1 * value2;
        public static void Multiply(ref Vector3 value1, ref Vector3 value2, out Vector3 result) => result = value1 * value2;
        public static Vector3 Multiply(Vector3 value1, float scaleFactor) => value1 * scaleFactor;
        public static void Multiply(ref Vector3 value1, float scaleFactor, out Vector3 result) => result = value1 * scaleFactor;
        public static Vector3 Divide(Vector3 value1, Vector3 value2) => value1 / value2;
        public static void Divide(ref Vector3 value1, ref Vector3 value2, out Vector3 result) => result = value1 / value2;
        public static Vector3 Divide(Vector3 value1, float value2) => value1 / value2;
        public static void Divide(ref Vector3 value1, float value2, out Vector3 result) => result = value1 / value2;
        public static Vector3 Negate(Vector3 value) => -value;
        public static void Negate(ref Vector3 value, out Vector3 result) => result = -value;
        public static Vector3 Min(Vector3 value1, Vector3 value2) => new Vector3(Math.Min(value1.X, value2.X), Math.Min(value1.Y, value2.Y), Math.Min(value1.Z, value2.Z));
        public static void Min(ref Vector3 value1, ref Vector3 value2, out Vector3 result) => result = Min(value1, value2);
        public static Vector3 Max(Vector3 value1, Vector3 value2) => new Vector3(Math.Max(value1.X, value2.X), Math.Max(value1.Y, value2.Y), Math.Max(value1.Z, value2.Z));
        public static void Max(ref Vector3 value1, ref Vector3 value2, out Vector3 result) => result = Max(value1, value2);
        /// <summary>Sorts each component pair so that min holds the smaller.</summary>
        public static void MinMax(ref Vector3 min, ref Vector3 max)
        {
            var low = Min(min, max);
            max = Max(min, max);
            min = low;
        }
        public static Vector3 Clamp(Vector3 value1, Vector3 min, Vector3 max) => Min(Max(value1, min), max);
        public static void Clamp(ref Vector3 value1, ref Vector3 min, ref Vector3 max, out Vector3 result) => result = Clamp(value1, min, max);

        /// <summary>Shortens the vector to <paramref name="radius"/> when it is longer (or always when forced).</summary>
        public static Vector3 ClampToSphere(Vector3 vector, float radius, bool force = false)
        {
            float lengthSquared = vector.LengthSquared();
            if (force || lengthSquared > radius * radius)
                return vector * (radius / (float)Math.Sqrt(lengthSquared));
            return vector;
        }
        public static void ClampToSphere(ref Vector3 vector, float radius) => vector = ClampToSphere(vector, radius);

        // --- products and distances ---------------------------------------------------------------
        public static float Dot(Vector3 vector1, Vector3 vector2) => vector1.X * vector2.X + vector1.Y * vector2.Y + vector1.Z * vector2.Z;
        public static void Dot(ref Vector3 vector1, ref Vector3 vector2, out float result) => result = Dot(vector1, vector2);
        public float Dot(Vector3 v) => Dot(this, v);
        public float Dot(ref Vector3 v) => Dot(this, v);
        public static Vector3 Cross(Vector3 vector1, Vector3 vector2) => new Vector3(
            vector1.Y * vector2.Z - vector1.Z * vector2.Y,
            vector1.Z * vector2.X - vector1.X * vector2.Z,
            vector1.X * vector2.Y - vector1.Y * vector2.X);
        public static void Cross(ref Vector3 vector1, ref Vector3 vector2, out Vector3 result) => result = Cross(vector1, vector2);
        public Vector3 Cross(Vector3 v) => Cross(this, v);

        public static float Distance(Vector3 value1, Vector3 value2) => (value1 - value2).Length();
        public static void Distance(ref Vector3 value1, ref Vector3 value2, out float result) => result = Distance(value1, value2);
        public static float DistanceSquared(Vector3 value1, Vector3 value2) => (value1 - value2).LengthSquared();
        public static void DistanceSquared(ref Vector3 value1, ref Vector3 value2, out float result) => result = DistanceSquared(value1, value2);
        public static float RectangularDistance(Vector3 value1, Vector3 value2) =>
            Math.Abs(value1.X - value2.X) + Math.Abs(value1.Y - value2.Y) + Math.Abs(value1.Z - value2.Z);
        public static float RectangularDistance(ref Vector3 value1, ref Vector3 value2) => RectangularDistance(value1, value2);

        /// <summary>Angle in radians between two vectors (0..Pi).</summary>
        public static float Angle(Vector3 a, Vector3 b)
        {
            float cos = Dot(a, b) / (float)Math.Sqrt(a.LengthSquared() * b.LengthSquared());
            return (float)Math.Acos(cos > 1 ? 1 : cos < -1 ? -1 : cos);
        }

        public static bool ArePerpendicular(ref Vector3 a, ref Vector3 b)
        {
            float dot = Dot(a, b);
            return dot * dot < 1E-08f * a.LengthSquared() * b.LengthSquared();
        }

        /// <summary>The part of <paramref name="vec"/> along <paramref name="guideVector"/>.</summary>
        public static Vector3 ProjectOnVector(ref Vector3 vec, ref Vector3 guideVector) =>
            guideVector * (Dot(vec, guideVector) / guideVector.LengthSquared());
        /// <summary>The part of <paramref name="vec"/> in the plane with the given (unit) normal.</summary>
        public static Vector3 ProjectOnPlane(ref Vector3 vec, ref Vector3 planeNormal) => vec - Dot(vec, planeNormal) * planeNormal;
        /// <summary>The part of <paramref name="vector"/> perpendicular to <paramref name="direction"/>.</summary>
        public static Vector3 Reject(Vector3 vector, Vector3 direction) => vector - direction * (Dot(vector, direction) / direction.LengthSquared());
        public static void Reject(ref Vector3 vector, ref Vector3 direction, out Vector3 result) => result = Reject(vector, direction);
        public static Vector3 Reflect(Vector3 vector, Vector3 normal) => vector - 2.0f * Dot(vector, normal) * normal;
        public static void Reflect(ref Vector3 vector, ref Vector3 normal, out Vector3 result) => result = Reflect(vector, normal);

        /// <summary>A unit vector perpendicular to <paramref name="v"/>.</summary>
        public static Vector3 CalculatePerpendicularVector(Vector3 v)
        {
            // Crossed with the axis it is least aligned with, so the product never vanishes.
            float x = Math.Abs(v.X), y = Math.Abs(v.Y), z = Math.Abs(v.Z);
            var axis = x <= y && x <= z ? UnitX : y <= z ? UnitY : UnitZ;
            return Normalize(Cross(v, axis));
        }
        public void CalculatePerpendicularVector(out Vector3 result) => result = CalculatePerpendicularVector(this);

        /// <summary>Rotates this vector about <paramref name="axis"/> (unit) by the angle (Rodrigues' formula).</summary>
        public Vector3 Rotate(Vector3 axis, float rotationInRadians)
        {
            float cos = (float)Math.Cos(rotationInRadians), sin = (float)Math.Sin(rotationInRadians);
            return this * cos + Cross(axis, this) * sin + axis * (Dot(axis, this) * (1 - cos));
        }

        /// <summary>Forward turned up by <paramref name="elevation"/>, then about +Y by <paramref name="azimuth"/>
        /// (positive azimuth turns toward Left).</summary>
        public static void CreateFromAzimuthAndElevation(float azimuth, float elevation, out Vector3 direction) =>
            direction = TransformNormal(TransformNormal(Forward, Matrix.CreateRotationX(elevation)), Matrix.CreateRotationY(azimuth));

        /// <summary>Inverse of CreateFromAzimuthAndElevation for a unit vector.</summary>
        public static void GetAzimuthAndElevation(Vector3 v, out float azimuth, out float elevation)
        {
            float dot = Dot(v, Up);
            elevation = (float)Math.Asin(dot > 1 ? 1 : dot < -1 ? -1 : dot);
            azimuth = (float)Math.Atan2(-v.X, -v.Z);
        }

        // --- interpolation ------------------------------------------------------------------------
        public static Vector3 Lerp(Vector3 value1, Vector3 value2, float amount) => value1 + (value2 - value1) * amount;
        public static void Lerp(ref Vector3 value1, ref Vector3 value2, float amount, out Vector3 result) => result = Lerp(value1, value2, amount);
        public static Vector3 SmoothStep(Vector3 value1, Vector3 value2, float amount) => Lerp(value1, value2, MathHelper.SmoothStep(0.0f, 1.0f, amount));
        public static void SmoothStep(ref Vector3 value1, ref Vector3 value2, float amount, out Vector3 result) => result = SmoothStep(value1, value2, amount);
        public static Vector3 Barycentric(Vector3 value1, Vector3 value2, Vector3 value3, float amount1, float amount2) =>
            value1 + (value2 - value1) * amount1 + (value3 - value1) * amount2;
        public static void Barycentric(ref Vector3 value1, ref Vector3 value2, ref Vector3 value3, float amount1, float amount2, out Vector3 result) =>
            result = Barycentric(value1, value2, value3, amount1, amount2);

        /// <summary>Barycentric coordinates of <paramref name="p"/> in the triangle a, b, c.</summary>
        public static void Barycentric(Vector3 p, Vector3 a, Vector3 b, Vector3 c, out float u, out float v, out float w)
        {
            Vector3 v0 = b - a, v1 = c - a, v2 = p - a;
            float d00 = Dot(v0, v0), d01 = Dot(v0, v1), d11 = Dot(v1, v1), d20 = Dot(v2, v0), d21 = Dot(v2, v1);
            float denominator = d00 * d11 - d01 * d01;
            v = (d11 * d20 - d01 * d21) / denominator;
            w = (d00 * d21 - d01 * d20) / denominator;
            u = 1.0f - v - w;
        }

        public static Vector3 CatmullRom(Vector3 value1, Vector3 value2, Vector3 value3, Vector3 value4, float amount)
        {
            float t2 = amount * amount, t3 = t2 * amount;
            return 0.5f * (2.0f * value2 + (value3 - value1) * amount + (2.0f * value1 - 5.0f * value2 + 4.0f * value3 - value4) * t2
                + (3.0f * value2 - value1 - 3.0f * value3 + value4) * t3);
        }
        public static void CatmullRom(ref Vector3 value1, ref Vector3 value2, ref Vector3 value3, ref Vector3 value4, float amount, out Vector3 result) =>
            result = CatmullRom(value1, value2, value3, value4, amount);

        public static Vector3 Hermite(Vector3 value1, Vector3 tangent1, Vector3 value2, Vector3 tangent2, float amount)
        {
            float t2 = amount * amount, t3 = t2 * amount;
            return (2 * t3 - 3 * t2 + 1) * value1 + (t3 - 2 * t2 + amount) * tangent1 + (-2 * t3 + 3 * t2) * value2 + (t3 - t2) * tangent2;
        }
        public static void Hermite(ref Vector3 value1, ref Vector3 tangent1, ref Vector3 value2, ref Vector3 tangent2, float amount, out Vector3 result) =>
            result = Hermite(value1, tangent1, value2, tangent2, amount);

        // --- transforms -----------------------------------------------------------------------------
        /// <summary>Transforms a position (rotation, scale and translation; the 4th column is ignored).</summary>
        public static Vector3 Transform(Vector3 position, Matrix matrix)
        {
            Transform(ref position, ref matrix, out var result);
            return result;
        }
        public static Vector3 Transform(Vector3 position, ref Matrix matrix)
        {
            Transform(ref position, ref matrix, out var result);
            return result;
        }
        public static Vector3D Transform(Vector3 position, MatrixD matrix) => Vector3D.Transform((Vector3D)position, matrix);
        public static void Transform(ref Vector3 position, ref Matrix matrix, out Vector3 result)
        {
            float x = position.X * matrix.M11 + position.Y * matrix.M21 + position.Z * matrix.M31 + matrix.M41;
            float y = position.X * matrix.M12 + position.Y * matrix.M22 + position.Z * matrix.M32 + matrix.M42;
            float z = position.X * matrix.M13 + position.Y * matrix.M23 + position.Z * matrix.M33 + matrix.M43;
            result = new Vector3(x, y, z);
        }
        public static void TransformNoProjection(ref Vector3 vector, ref Matrix matrix, out Vector3 result) => Transform(ref vector, ref matrix, out result);

        /// <summary>Rotates a vector by a quaternion.</summary>
        public static Vector3 Transform(Vector3 value, Quaternion rotation)
        {
            Transform(ref value, ref rotation, out var result);
            return result;
        }
        public static void Transform(ref Vector3 value, ref Quaternion rotation, out Vector3 result) =>
            result = QuaternionD.Rotate(value, new QuaternionD(rotation.X, rotation.Y, rotation.Z, rotation.W));

        public static void Transform(Vector3[] sourceArray, ref Matrix matrix, Vector3[] destinationArray)
        {
            for (int i = 0; i < sourceArray.Length; i++)
                Transform(ref sourceArray[i], ref matrix, out destinationArray[i]);
        }

        /// <summary>Transforms a direction: rotation and scale, no translation.</summary>
        public static Vector3 TransformNormal(Vector3 normal, Matrix matrix)
        {
            TransformNormal(ref normal, ref matrix, out var result);
            return result;
        }
        public static Vector3 TransformNormal(Vector3 normal, ref Matrix matrix)
        {
            TransformNormal(ref normal, ref matrix, out var result);
            return result;
        }
        public static Vector3 TransformNormal(Vector3D normal, Matrix matrix) => TransformNormal((Vector3)normal, matrix);
        public static void TransformNormal(ref Vector3 normal, ref Matrix matrix, out Vector3 result)
        {
            float x = normal.X * matrix.M11 + normal.Y * matrix.M21 + normal.Z * matrix.M31;
            float y = normal.X * matrix.M12 + normal.Y * matrix.M22 + normal.Z * matrix.M32;
            float z = normal.X * matrix.M13 + normal.Y * matrix.M23 + normal.Z * matrix.M33;
            result = new Vector3(x, y, z);
        }
        public static Vector3 TransformNormal(Vector3 normal, MyBlockOrientation orientation)
        {
            TransformNormal(ref normal, orientation, out var result);
            return result;
        }
        public static void TransformNormal(ref Vector3 normal, MyBlockOrientation orientation, out Vector3 result)
        {
            orientation.GetMatrix(out Matrix matrix);
            result = TransformNormal(normal, matrix);
        }

        public static Vector3 Rotate(Vector3 vector, Matrix rotationMatrix) => TransformNormal(vector, rotationMatrix);
        public static void Rotate(ref Vector3 vector, ref Matrix rotationMatrix, out Vector3 result) => TransformNormal(ref vector, ref rotationMatrix, out result);
        public static void RotateAndScale(ref Vector3 vector, ref Matrix matrix, out Vector3 result) => TransformNormal(ref vector, ref matrix, out result);

        // --- equality and text --------------------------------------------------------------------
        public bool Equals(Vector3 other) => this == other;
        public bool Equals(Vector3 other, float epsilon) =>
            Math.Abs(X - other.X) < epsilon && Math.Abs(Y - other.Y) < epsilon && Math.Abs(Z - other.Z) < epsilon;
        public override bool Equals(object obj) => obj is Vector3 v && this == v;
        public override int GetHashCode() => (X.GetHashCode() * 397 ^ Y.GetHashCode()) * 397 ^ Z.GetHashCode();
        public long GetHash() => GetHashCode();

        /// <summary>"{X:1 Y:2 Z:3}" in the current culture, as the game writes it.</summary>
        public override string ToString() => ToString(null);
        public string ToString(string format)
        {
            var culture = CultureInfo.CurrentCulture;
            return "{X:" + X.ToString(format, culture) + " Y:" + Y.ToString(format, culture) + " Z:" + Z.ToString(format, culture) + "}";
        }

    }
}
