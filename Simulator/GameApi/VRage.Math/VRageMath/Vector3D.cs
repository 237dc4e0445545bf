using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>
    /// Double-precision 3D vector: world positions and directions. Row-vector convention as in the game
    /// (Transform(v, m) = v x m); Forward is -Z, Up +Y, Right +X.
    /// </summary>
    public struct Vector3D : IEquatable<Vector3D>
    {
        public double X;
        public double Y;
        public double Z;

        // Writable static fields, as the game's are (scripts pass them by ref); a script that assigns one changes it
        // for every programmable block in the process, in the game as here.
        public static Vector3D Zero = new Vector3D(0, 0, 0);
        public static Vector3D One = new Vector3D(1, 1, 1);
        public static Vector3D Half = new Vector3D(0.5, 0.5, 0.5);
        public static Vector3D UnitX = new Vector3D(1, 0, 0);
        public static Vector3D UnitY = new Vector3D(0, 1, 0);
        public static Vector3D UnitZ = new Vector3D(0, 0, 1);
        public static Vector3D Up = new Vector3D(0, 1, 0);
        public static Vector3D Down = new Vector3D(0, -1, 0);
        public static Vector3D Right = new Vector3D(1, 0, 0);
        public static Vector3D Left = new Vector3D(-1, 0, 0);
        public static Vector3D Forward = new Vector3D(0, 0, -1);
        public static Vector3D Backward = new Vector3D(0, 0, 1);
        public static Vector3D MaxValue = new Vector3D(double.MaxValue, double.MaxValue, double.MaxValue);
        public static Vector3D MinValue = new Vector3D(double.MinValue, double.MinValue, double.MinValue);
        public static Vector3D PositiveInfinity = new Vector3D(double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity);
        public static Vector3D NegativeInfinity = new Vector3D(double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity);

        public Vector3D(double x, double y, double z) { X = x; Y = y; Z = z; }
        public Vector3D(double value) { X = value; Y = value; Z = value; }
        public Vector3D(Vector2 value, double z) { X = value.X; Y = value.Y; Z = z; }
        public Vector3D(Vector2D value, double z) { X = value.X; Y = value.Y; Z = z; }
        public Vector3D(Vector4 xyz) { X = xyz.X; Y = xyz.Y; Z = xyz.Z; }
        public Vector3D(Vector4D xyz) { X = xyz.X; Y = xyz.Y; Z = xyz.Z; }
        public Vector3D(Vector3 value) { X = value.X; Y = value.Y; Z = value.Z; }
        public Vector3D(ref Vector3I value) { X = value.X; Y = value.Y; Z = value.Z; }
        public Vector3D(Vector3I value) { X = value.X; Y = value.Y; Z = value.Z; }
        public Vector3D(Vector3D value) { X = value.X; Y = value.Y; Z = value.Z; }

        public double Sum => X + Y + Z;
        public double Volume => X * Y * Z;

        // --- operators ------------------------------------------------------------------------------
        public static Vector3D operator -(Vector3D value) => new Vector3D(-value.X, -value.Y, -value.Z);
        public static Vector3D operator +(Vector3D a, Vector3D b) => new Vector3D(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
        public static Vector3D operator +(Vector3D a, Vector3 b) => new Vector3D(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
        public static Vector3D operator +(Vector3 a, Vector3D b) => new Vector3D(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
        public static Vector3D operator +(Vector3D a, Vector3I b) => new Vector3D(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
        public static Vector3D operator +(Vector3D a, double b) => new Vector3D(a.X + b, a.Y + b, a.Z + b);
        public static Vector3D operator +(Vector3D a, float b) => new Vector3D(a.X + b, a.Y + b, a.Z + b);
        public static Vector3D operator -(Vector3D a, Vector3D b) => new Vector3D(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
        public static Vector3D operator -(Vector3D a, Vector3 b) => new Vector3D(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
        public static Vector3D operator -(Vector3 a, Vector3D b) => new Vector3D(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
        public static Vector3D operator -(Vector3D a, double b) => new Vector3D(a.X - b, a.Y - b, a.Z - b);
        public static Vector3D operator *(Vector3D a, Vector3D b) => new Vector3D(a.X * b.X, a.Y * b.Y, a.Z * b.Z);
        public static Vector3D operator *(Vector3D a, Vector3 b) => new Vector3D(a.X * b.X, a.Y * b.Y, a.Z * b.Z);
        public static Vector3D operator *(Vector3D value, double scaleFactor) => new Vector3D(value.X * scaleFactor, value.Y * scaleFactor, value.Z * scaleFactor);
        public static Vector3D operator *(double scaleFactor, Vector3D value) => new Vector3D(value.X * scaleFactor, value.Y * scaleFactor, value.Z * scaleFactor);
        public static Vector3D operator /(Vector3D a, Vector3D b) => new Vector3D(a.X / b.X, a.Y / b.Y, a.Z / b.Z);
        public static Vector3D operator /(Vector3D value, double divider) => new Vector3D(value.X / divider, value.Y / divider, value.Z / divider);
        public static Vector3D operator /(double value, Vector3D divider) => new Vector3D(value / divider.X, value / divider.Y, value / divider.Z);
        public static Vector3D operator %(Vector3D a, double b) => new Vector3D(a.X % b, a.Y % b, a.Z % b);
        public static Vector3D operator %(Vector3D a, Vector3D b) => new Vector3D(a.X % b.X, a.Y % b.Y, a.Z % b.Z);
        public static bool operator ==(Vector3D a, Vector3D b) => a.X == b.X && a.Y == b.Y && a.Z == b.Z;
        public static bool operator !=(Vector3D a, Vector3D b) => !(a == b);
        public static bool operator ==(Vector3 a, Vector3D b) => a.X == b.X && a.Y == b.Y && a.Z == b.Z;
        public static bool operator !=(Vector3 a, Vector3D b) => !(a == b);
        public static bool operator ==(Vector3D a, Vector3 b) => a.X == b.X && a.Y == b.Y && a.Z == b.Z;
        public static bool operator !=(Vector3D a, Vector3 b) => !(a == b);

        // Both directions are implicit in the game: double positions pass where floats are expected.
        public static implicit operator Vector3D(Vector3 v) => new Vector3D(v.X, v.Y, v.Z);
        public static implicit operator Vector3(Vector3D v) => new Vector3((float)v.X, (float)v.Y, (float)v.Z);

        // --- length and normal ----------------------------------------------------------------------
        public double Length() => Math.Sqrt(X * X + Y * Y + Z * Z);
        public double LengthSquared() => X * X + Y * Y + Z * Z;

        /// <summary>Normalizes in place and returns the previous length.</summary>
        public double Normalize()
        {
            double length = Length();
            double scale = 1.0 / length;
            X *= scale; Y *= scale; Z *= scale;
            return length;
        }

        public Vector3D Normalized() => Normalize(this);
        public static Vector3D Normalize(Vector3D value) => value / value.Length();
        public static void Normalize(ref Vector3D value, out Vector3D result) => result = Normalize(value);
        public static bool IsUnit(ref Vector3D value) => Math.Abs(value.LengthSquared() - 1.0) < 1E-05;

        public bool IsValid() => MathHelper.IsValid(this);
        public void AssertIsValid() { }
        public bool IsZero() => X == 0 && Y == 0 && Z == 0;
        public static bool IsZero(Vector3D value) => value.IsZero();
        public static bool IsZero(Vector3D value, double epsilon) => Math.Abs(value.X) < epsilon && Math.Abs(value.Y) < epsilon && Math.Abs(value.Z) < epsilon;
        /// <summary>Per component: 1 where the component is zero (within epsilon), else 0.</summary>
        public static Vector3D IsZeroVector(Vector3D value) => new Vector3D(value.X == 0 ? 1 : 0, value.Y == 0 ? 1 : 0, value.Z == 0 ? 1 : 0);
        public static Vector3D IsZeroVector(Vector3D value, double epsilon) =>
            new Vector3D(Math.Abs(value.X) < epsilon ? 1 : 0, Math.Abs(value.Y) < epsilon ? 1 : 0, Math.Abs(value.Z) < epsilon ? 1 : 0);

        // --- components ---------------------------------------------------------------------------
        public double GetDim(int i) => i == 0 ? X : i == 1 ? Y : i == 2 ? Z : throw new ArgumentOutOfRangeException(nameof(i));
        public void SetDim(int i, double value)
        {
            switch (i)
            {
                case 0: X = value; break;
                case 1: Y = value; break;
                case 2: Z = value; break;
                default: throw new ArgumentOutOfRangeException(nameof(i));
            }
        }

        public double Max() => Math.Max(X, Math.Max(Y, Z));
        public double Min() => Math.Min(X, Math.Min(Y, Z));
        public double AbsMax() => Math.Max(Math.Abs(X), Math.Max(Math.Abs(Y), Math.Abs(Z)));
        public double AbsMin() => Math.Min(Math.Abs(X), Math.Min(Math.Abs(Y), Math.Abs(Z)));
        /// <summary>Index (0, 1, 2) of the component with the largest absolute value.</summary>
        public int AbsMaxComponent() => Math.Abs(X) >= Math.Abs(Y) ? (Math.Abs(X) >= Math.Abs(Z) ? 0 : 2) : (Math.Abs(Y) >= Math.Abs(Z) ? 1 : 2);
        public long VolumeInt(double multiplier) => (long)(X * multiplier) * (long)(Y * multiplier) * (long)(Z * multiplier);
        public bool IsInsideInclusive(ref Vector3D min, ref Vector3D max) =>
            min.X <= X && X <= max.X && min.Y <= Y && Y <= max.Y && min.Z <= Z && Z <= max.Z;
        public void Interpolate3(Vector3D v0, Vector3D v1, double rt) => this = Lerp(v0, v1, rt);

        public static Vector3D Abs(Vector3D value) => new Vector3D(Math.Abs(value.X), Math.Abs(value.Y), Math.Abs(value.Z));
        public static void Abs(ref Vector3D vector3D, out Vector3D abs) => abs = Abs(vector3D);
        public static Vector3D Sign(Vector3D value) => new Vector3D(Math.Sign(value.X), Math.Sign(value.Y), Math.Sign(value.Z));
        public static Vector3D SignNonZero(Vector3D value) => new Vector3D(value.X < 0 ? -1 : 1, value.Y < 0 ? -1 : 1, value.Z < 0 ? -1 : 1);
        /// <summary>Per component: 1 when positive, -1 when negative, 0 at zero.</summary>
        public static Vector3D Step(Vector3D value) => new Vector3D(value.X > 0 ? 1 : value.X < 0 ? -1 : 0, value.Y > 0 ? 1 : value.Y < 0 ? -1 : 0, value.Z > 0 ? 1 : value.Z < 0 ? -1 : 0);
        public static Vector3I Floor(Vector3D vect3d) => new Vector3I((int)Math.Floor(vect3d.X), (int)Math.Floor(vect3d.Y), (int)Math.Floor(vect3d.Z));
        public static Vector3I Round(Vector3D vect3d) => new Vector3I((int)Math.Round(vect3d.X), (int)Math.Round(vect3d.Y), (int)Math.Round(vect3d.Z));
        public static Vector3D Round(Vector3D v, int numDecimals) => new Vector3D(Math.Round(v.X, numDecimals), Math.Round(v.Y, numDecimals), Math.Round(v.Z, numDecimals));
        public static void Fract(ref Vector3D o, out Vector3D r) => r = new Vector3D(o.X - Math.Floor(o.X), o.Y - Math.Floor(o.Y), o.Z - Math.Floor(o.Z));
        public static Vector3D SwapYZCoordinates(Vector3D v) => new Vector3D(v.X, v.Z, -v.Y);
        /// <summary>Keeps only the component with the largest magnitude.</summary>
        public static Vector3D DominantAxisProjection(Vector3D value1)
        {
            switch (value1.AbsMaxComponent())
            {
                case 0: return new Vector3D(value1.X, 0, 0);
                case 1: return new Vector3D(0, value1.Y, 0);
                default: return new Vector3D(0, 0, value1.Z);
            }
        }
        public static void DominantAxisProjection(ref Vector3D value1, out Vector3D result) => result = DominantAxisProjection(value1);

        // --- arithmetic helpers -------------------------------------------------------------------
        public static Vector3D Add(Vector3D value1, Vector3D value2) => value1 + value2;
        public static void Add(ref Vector3D value1, ref Vector3D value2, out Vector3D result) => result = value1 + value2;
        public static Vector3D Subtract(Vector3D value1, Vector3D value2) => value1 - value2;
        public static void Subtract(ref Vector3D value1, ref Vector3D value2, out Vector3D result) => result = value1 - value2;
        public static Vector3D Multiply(Vector3D value1, Vector3D value2) => value1 * value2;
        public static void Multiply(ref Vector3D value1, ref Vector3D value2, out Vector3D result) => result = value1 * value2;
        public static Vector3D Multiply(Vector3D value1, double scaleFactor) => value1 * scaleFactor;
        public static void Multiply(ref Vector3D value1, double scaleFactor, out Vector3D result) => result = value1 * scaleFactor;
        public static Vector3D Divide(Vector3D value1, Vector3D value2) => value1 / value2;
        public static void Divide(ref Vector3D value1, ref Vector3D value2, out Vector3D result) => result = value1 / value2;
        public static Vector3D Divide(Vector3D value1, double value2) => value1 / value2;
        public static void Divide(ref Vector3D value1, double value2, out Vector3D result) => result = value1 / value2;
        public static Vector3D Negate(Vector3D value) => -value;
        public static void Negate(ref Vector3D value, out Vector3D result) => result = -value;
        public static Vector3D Min(Vector3D value1, Vector3D value2) => new Vector3D(Math.Min(value1.X, value2.X), Math.Min(value1.Y, value2.Y), Math.Min(value1.Z, value2.Z));
        public static void Min(ref Vector3D value1, ref Vector3D value2, out Vector3D result) => result = Min(value1, value2);
        public static Vector3D Max(Vector3D value1, Vector3D value2) => new Vector3D(Math.Max(value1.X, value2.X), Math.Max(value1.Y, value2.Y), Math.Max(value1.Z, value2.Z));
        public static void Max(ref Vector3D value1, ref Vector3D value2, out Vector3D result) => result = Max(value1, value2);
        /// <summary>Sorts each component pair so that min holds the smaller.</summary>
        public static void MinMax(ref Vector3D min, ref Vector3D max)
        {
            var low = Min(min, max);
            max = Max(min, max);
            min = low;
        }
        public static Vector3D Clamp(Vector3D value1, Vector3D min, Vector3D max) => Min(Max(value1, min), max);
        public static void Clamp(ref Vector3D value1, ref Vector3D min, ref Vector3D max, out Vector3D result) => result = Clamp(value1, min, max);

        /// <summary>Shortens the vector to <paramref name="radius"/> when it is longer (or always when forced).</summary>
        public static Vector3D ClampToSphere(Vector3D vector, double radius, bool force = false)
        {
            double lengthSquared = vector.LengthSquared();
            if (force || lengthSquared > radius * radius)
                return vector * (radius / Math.Sqrt(lengthSquared));
            return vector;
        }
        public static void ClampToSphere(ref Vector3D vector, double radius) => vector = ClampToSphere(vector, radius);

        // --- products and distances ---------------------------------------------------------------
        public static double Dot(Vector3D vector1, Vector3D vector2) => vector1.X * vector2.X + vector1.Y * vector2.Y + vector1.Z * vector2.Z;
        public static double Dot(Vector3D vector1, Vector3 vector2) => vector1.X * vector2.X + vector1.Y * vector2.Y + vector1.Z * vector2.Z;
        public static void Dot(ref Vector3D vector1, ref Vector3D vector2, out double result) => result = Dot(vector1, vector2);
        public static void Dot(ref Vector3D vector1, ref Vector3 vector2, out double result) => result = Dot(vector1, vector2);
        public static void Dot(ref Vector3 vector1, ref Vector3D vector2, out double result) => result = Dot(vector2, vector1);
        public double Dot(Vector3D v) => Dot(this, v);
        public double Dot(Vector3 v) => Dot(this, v);
        public double Dot(ref Vector3D v) => Dot(this, v);
        public static Vector3D Cross(Vector3D vector1, Vector3D vector2) => new Vector3D(
            vector1.Y * vector2.Z - vector1.Z * vector2.Y,
            vector1.Z * vector2.X - vector1.X * vector2.Z,
            vector1.X * vector2.Y - vector1.Y * vector2.X);
        public static void Cross(ref Vector3D vector1, ref Vector3D vector2, out Vector3D result) => result = Cross(vector1, vector2);
        public Vector3D Cross(Vector3D v) => Cross(this, v);

        public static double Distance(Vector3D value1, Vector3D value2) => (value1 - value2).Length();
        public static double Distance(Vector3D value1, Vector3 value2) => (value1 - value2).Length();
        public static double Distance(Vector3 value1, Vector3D value2) => (value1 - value2).Length();
        public static void Distance(ref Vector3D value1, ref Vector3D value2, out double result) => result = Distance(value1, value2);
        public static double DistanceSquared(Vector3D value1, Vector3D value2) => (value1 - value2).LengthSquared();
        public static void DistanceSquared(ref Vector3D value1, ref Vector3D value2, out double result) => result = DistanceSquared(value1, value2);
        public static double RectangularDistance(Vector3D value1, Vector3D value2) =>
            Math.Abs(value1.X - value2.X) + Math.Abs(value1.Y - value2.Y) + Math.Abs(value1.Z - value2.Z);
        public static double RectangularDistance(ref Vector3D value1, ref Vector3D value2) => RectangularDistance(value1, value2);

        /// <summary>Angle in radians between two vectors (0..Pi).</summary>
        public static double Angle(Vector3D a, Vector3D b)
        {
            double cos = Dot(a, b) / Math.Sqrt(a.LengthSquared() * b.LengthSquared());
            return Math.Acos(cos > 1 ? 1 : cos < -1 ? -1 : cos);
        }

        public static bool ArePerpendicular(ref Vector3D a, ref Vector3D b)
        {
            double dot = Dot(a, b);
            return dot * dot < 1E-08 * a.LengthSquared() * b.LengthSquared();
        }

        /// <summary>The part of <paramref name="vec"/> along <paramref name="guideVector"/>.</summary>
        public static Vector3D ProjectOnVector(ref Vector3D vec, ref Vector3D guideVector) =>
            guideVector * (Dot(vec, guideVector) / guideVector.LengthSquared());
        /// <summary>The part of <paramref name="vec"/> in the plane with the given (unit) normal.</summary>
        public static Vector3D ProjectOnPlane(ref Vector3D vec, ref Vector3D planeNormal) => vec - Dot(vec, planeNormal) * planeNormal;
        /// <summary>The part of <paramref name="vector"/> perpendicular to <paramref name="direction"/>.</summary>
        public static Vector3D Reject(Vector3D vector, Vector3D direction) => vector - direction * (Dot(vector, direction) / direction.LengthSquared());
        public static void Reject(ref Vector3D vector, ref Vector3D direction, out Vector3D result) => result = Reject(vector, direction);
        public static Vector3D Reflect(Vector3D vector, Vector3D normal) => vector - 2.0 * Dot(vector, normal) * normal;
        public static void Reflect(ref Vector3D vector, ref Vector3D normal, out Vector3D result) => result = Reflect(vector, normal);

        /// <summary>A unit vector perpendicular to <paramref name="v"/>.</summary>
        public static Vector3D CalculatePerpendicularVector(Vector3D v)
        {
            // Crossed with the axis it is least aligned with, so the product never vanishes.
            double x = Math.Abs(v.X), y = Math.Abs(v.Y), z = Math.Abs(v.Z);
            var axis = x <= y && x <= z ? UnitX : y <= z ? UnitY : UnitZ;
            return Normalize(Cross(v, axis));
        }
        public void CalculatePerpendicularVector(out Vector3D result) => result = CalculatePerpendicularVector(this);

        /// <summary>Rotates this vector about <paramref name="axis"/> (unit) by the angle (Rodrigues' formula).</summary>
        public Vector3D Rotate(Vector3D axis, double rotationInRadians)
        {
            double cos = Math.Cos(rotationInRadians), sin = Math.Sin(rotationInRadians);
            return this * cos + Cross(axis, this) * sin + axis * (Dot(axis, this) * (1 - cos));
        }

        /// <summary>Forward turned up by <paramref name="elevation"/>, then about +Y by <paramref name="azimuth"/>
        /// (positive azimuth turns toward Left).</summary>
        public static void CreateFromAzimuthAndElevation(double azimuth, double elevation, out Vector3D direction) =>
            direction = TransformNormal(TransformNormal(Forward, MatrixD.CreateRotationX(elevation)), MatrixD.CreateRotationY(azimuth));

        /// <summary>Inverse of CreateFromAzimuthAndElevation for a unit vector.</summary>
        public static void GetAzimuthAndElevation(Vector3D v, out double azimuth, out double elevation)
        {
            double dot = Dot(v, Up);
            elevation = Math.Asin(dot > 1 ? 1 : dot < -1 ? -1 : dot);
            azimuth = Math.Atan2(-v.X, -v.Z);
        }

        // --- interpolation ------------------------------------------------------------------------
        public static Vector3D Lerp(Vector3D value1, Vector3D value2, double amount) => value1 + (value2 - value1) * amount;
        public static void Lerp(ref Vector3D value1, ref Vector3D value2, double amount, out Vector3D result) => result = Lerp(value1, value2, amount);
        public static Vector3D SmoothStep(Vector3D value1, Vector3D value2, double amount) => Lerp(value1, value2, MathHelper.SmoothStep(0.0, 1.0, amount));
        public static void SmoothStep(ref Vector3D value1, ref Vector3D value2, double amount, out Vector3D result) => result = SmoothStep(value1, value2, amount);
        public static Vector3D Barycentric(Vector3D value1, Vector3D value2, Vector3D value3, double amount1, double amount2) =>
            value1 + (value2 - value1) * amount1 + (value3 - value1) * amount2;
        public static void Barycentric(ref Vector3D value1, ref Vector3D value2, ref Vector3D value3, double amount1, double amount2, out Vector3D result) =>
            result = Barycentric(value1, value2, value3, amount1, amount2);

        /// <summary>Barycentric coordinates of <paramref name="p"/> in the triangle a, b, c.</summary>
        public static void Barycentric(Vector3D p, Vector3D a, Vector3D b, Vector3D c, out double u, out double v, out double w)
        {
            Vector3D v0 = b - a, v1 = c - a, v2 = p - a;
            double d00 = Dot(v0, v0), d01 = Dot(v0, v1), d11 = Dot(v1, v1), d20 = Dot(v2, v0), d21 = Dot(v2, v1);
            double denominator = d00 * d11 - d01 * d01;
            v = (d11 * d20 - d01 * d21) / denominator;
            w = (d00 * d21 - d01 * d20) / denominator;
            u = 1.0 - v - w;
        }

        public static Vector3D CatmullRom(Vector3D value1, Vector3D value2, Vector3D value3, Vector3D value4, double amount)
        {
            double t2 = amount * amount, t3 = t2 * amount;
            return 0.5 * (2.0 * value2 + (value3 - value1) * amount + (2.0 * value1 - 5.0 * value2 + 4.0 * value3 - value4) * t2
                + (3.0 * value2 - value1 - 3.0 * value3 + value4) * t3);
        }
        public static void CatmullRom(ref Vector3D value1, ref Vector3D value2, ref Vector3D value3, ref Vector3D value4, double amount, out Vector3D result) =>
            result = CatmullRom(value1, value2, value3, value4, amount);

        public static Vector3D Hermite(Vector3D value1, Vector3D tangent1, Vector3D value2, Vector3D tangent2, double amount)
        {
            double t2 = amount * amount, t3 = t2 * amount;
            return (2 * t3 - 3 * t2 + 1) * value1 + (t3 - 2 * t2 + amount) * tangent1 + (-2 * t3 + 3 * t2) * value2 + (t3 - t2) * tangent2;
        }
        public static void Hermite(ref Vector3D value1, ref Vector3D tangent1, ref Vector3D value2, ref Vector3D tangent2, double amount, out Vector3D result) =>
            result = Hermite(value1, tangent1, value2, tangent2, amount);

        // --- transforms -----------------------------------------------------------------------------
        /// <summary>Transforms a position (rotation, scale and translation; the 4th column is ignored).</summary>
        public static Vector3D Transform(Vector3D position, MatrixD matrix)
        {
            Transform(ref position, ref matrix, out var result);
            return result;
        }
        public static Vector3D Transform(Vector3D position, ref MatrixD matrix)
        {
            Transform(ref position, ref matrix, out var result);
            return result;
        }
        public static Vector3D Transform(Vector3 position, MatrixD matrix) => Transform((Vector3D)position, matrix);
        public static Vector3D Transform(Vector3D position, Matrix matrix) => Transform(position, (MatrixD)matrix);
        public static void Transform(ref Vector3D position, ref MatrixD matrix, out Vector3D result)
        {
            double x = position.X * matrix.M11 + position.Y * matrix.M21 + position.Z * matrix.M31 + matrix.M41;
            double y = position.X * matrix.M12 + position.Y * matrix.M22 + position.Z * matrix.M32 + matrix.M42;
            double z = position.X * matrix.M13 + position.Y * matrix.M23 + position.Z * matrix.M33 + matrix.M43;
            result = new Vector3D(x, y, z);
        }
        public static void Transform(ref Vector3 position, ref MatrixD matrix, out Vector3D result)
        {
            Vector3D p = position;
            Transform(ref p, ref matrix, out result);
        }
        public static void TransformNoProjection(ref Vector3D vector, ref MatrixD matrix, out Vector3D result) => Transform(ref vector, ref matrix, out result);

        /// <summary>Rotates a vector by a quaternion.</summary>
        public static Vector3D Transform(Vector3D value, Quaternion rotation)
        {
            Transform(ref value, ref rotation, out var result);
            return result;
        }
        public static Vector3D Transform(Vector3D value, QuaternionD rotation) => QuaternionD.Rotate(value, rotation);
        public static void Transform(ref Vector3D value, ref Quaternion rotation, out Vector3D result) =>
            result = QuaternionD.Rotate(value, new QuaternionD(rotation.X, rotation.Y, rotation.Z, rotation.W));

        public static void Transform(Vector3D[] sourceArray, ref MatrixD matrix, Vector3D[] destinationArray)
        {
            for (int i = 0; i < sourceArray.Length; i++)
                Transform(ref sourceArray[i], ref matrix, out destinationArray[i]);
        }

        /// <summary>Transforms a direction: rotation and scale, no translation.</summary>
        public static Vector3D TransformNormal(Vector3D normal, MatrixD matrix)
        {
            TransformNormal(ref normal, ref matrix, out var result);
            return result;
        }
        public static Vector3D TransformNormal(Vector3D normal, ref MatrixD matrix)
        {
            TransformNormal(ref normal, ref matrix, out var result);
            return result;
        }
        public static Vector3D TransformNormal(Vector3 normal, MatrixD matrix) => TransformNormal((Vector3D)normal, matrix);
        public static Vector3D TransformNormal(Vector3D normal, Matrix matrix) => TransformNormal(normal, (MatrixD)matrix);
        public static void TransformNormal(ref Vector3D normal, ref MatrixD matrix, out Vector3D result)
        {
            double x = normal.X * matrix.M11 + normal.Y * matrix.M21 + normal.Z * matrix.M31;
            double y = normal.X * matrix.M12 + normal.Y * matrix.M22 + normal.Z * matrix.M32;
            double z = normal.X * matrix.M13 + normal.Y * matrix.M23 + normal.Z * matrix.M33;
            result = new Vector3D(x, y, z);
        }
        public static void TransformNormal(ref Vector3 normal, ref MatrixD matrix, out Vector3D result)
        {
            Vector3D n = normal;
            TransformNormal(ref n, ref matrix, out result);
        }
        public static Vector3D TransformNormal(Vector3D normal, MyBlockOrientation orientation)
        {
            TransformNormal(ref normal, orientation, out var result);
            return result;
        }
        public static void TransformNormal(ref Vector3D normal, MyBlockOrientation orientation, out Vector3D result)
        {
            orientation.GetMatrix(out Matrix matrix);
            result = TransformNormal(normal, matrix);
        }

        public static Vector3D Rotate(Vector3D vector, MatrixD rotationMatrix) => TransformNormal(vector, rotationMatrix);
        public static void Rotate(ref Vector3D vector, ref MatrixD rotationMatrix, out Vector3D result) => TransformNormal(ref vector, ref rotationMatrix, out result);
        public static void RotateAndScale(ref Vector3D vector, ref MatrixD matrix, out Vector3D result) => TransformNormal(ref vector, ref matrix, out result);

        // --- equality and text --------------------------------------------------------------------
        public bool Equals(Vector3D other) => this == other;
        public bool Equals(Vector3D other, double epsilon) =>
            Math.Abs(X - other.X) < epsilon && Math.Abs(Y - other.Y) < epsilon && Math.Abs(Z - other.Z) < epsilon;
        public override bool Equals(object obj) => obj is Vector3D v && this == v;
        public override int GetHashCode() => (X.GetHashCode() * 397 ^ Y.GetHashCode()) * 397 ^ Z.GetHashCode();
        public long GetHash() => GetHashCode();

        /// <summary>"{X:1 Y:2 Z:3}" in the current culture, as the game writes it.</summary>
        public override string ToString() => ToString(null);
        public string ToString(string format)
        {
            var culture = CultureInfo.CurrentCulture;
            return "{X:" + X.ToString(format, culture) + " Y:" + Y.ToString(format, culture) + " Z:" + Z.ToString(format, culture) + "}";
        }

        /// <summary>Reads what ToString wrote: "{X:1 Y:2 Z:3}" (braces optional, current culture).</summary>
        public static bool TryParse(string str, out Vector3D retval)
        {
            retval = Zero;
            double[] parts;
            if (!VectorText.TryParseComponents(str, "XYZ", out parts))
                return false;
            retval = new Vector3D(parts[0], parts[1], parts[2]);
            return true;
        }
    }
}
