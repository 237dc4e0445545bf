using System;

namespace VRageMath
{
    /// <summary>Double-precision 3D vector (world positions, velocities, gravity).</summary>
    public struct Vector3D : IEquatable<Vector3D>
    {
        public double X;
        public double Y;
        public double Z;

        public Vector3D(double x, double y, double z) { X = x; Y = y; Z = z; }
        public Vector3D(Vector3 value) { X = value.X; Y = value.Y; Z = value.Z; }

        public static Vector3D Zero => new Vector3D(0, 0, 0);
        public static Vector3D One => new Vector3D(1, 1, 1);
        public static Vector3D Up => new Vector3D(0, 1, 0);
        public static Vector3D Down => new Vector3D(0, -1, 0);
        public static Vector3D Forward => new Vector3D(0, 0, -1);
        public static Vector3D Backward => new Vector3D(0, 0, 1);
        public static Vector3D Left => new Vector3D(-1, 0, 0);
        public static Vector3D Right => new Vector3D(1, 0, 0);

        public double Length() => Math.Sqrt(X * X + Y * Y + Z * Z);
        public double LengthSquared() => X * X + Y * Y + Z * Z;

        /// <summary>Normalizes in place and returns the previous length.</summary>
        public double Normalize()
        {
            var length = Length();
            if (length > 0) { X /= length; Y /= length; Z /= length; }
            return length;
        }

        public static Vector3D Normalize(Vector3D value) { value.Normalize(); return value; }
        public static double Distance(Vector3D a, Vector3D b) => (a - b).Length();
        public static double DistanceSquared(Vector3D a, Vector3D b) => (a - b).LengthSquared();
        public static double Dot(Vector3D a, Vector3D b) => a.X * b.X + a.Y * b.Y + a.Z * b.Z;
        public static Vector3D Cross(Vector3D a, Vector3D b) =>
            new Vector3D(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

        /// <summary>Transforms a position by a world matrix (rotation and translation).</summary>
        public static Vector3D Transform(Vector3D position, MatrixD matrix) => new Vector3D(
            position.X * matrix.M11 + position.Y * matrix.M21 + position.Z * matrix.M31 + matrix.M41,
            position.X * matrix.M12 + position.Y * matrix.M22 + position.Z * matrix.M32 + matrix.M42,
            position.X * matrix.M13 + position.Y * matrix.M23 + position.Z * matrix.M33 + matrix.M43);

        /// <summary>Transforms a direction by a matrix (rotation only).</summary>
        public static Vector3D TransformNormal(Vector3D normal, MatrixD matrix) => new Vector3D(
            normal.X * matrix.M11 + normal.Y * matrix.M21 + normal.Z * matrix.M31,
            normal.X * matrix.M12 + normal.Y * matrix.M22 + normal.Z * matrix.M32,
            normal.X * matrix.M13 + normal.Y * matrix.M23 + normal.Z * matrix.M33);

        public static Vector3D operator +(Vector3D a, Vector3D b) => new Vector3D(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
        public static Vector3D operator -(Vector3D a, Vector3D b) => new Vector3D(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
        public static Vector3D operator -(Vector3D a) => new Vector3D(-a.X, -a.Y, -a.Z);
        public static Vector3D operator *(Vector3D a, double s) => new Vector3D(a.X * s, a.Y * s, a.Z * s);
        public static Vector3D operator *(double s, Vector3D a) => new Vector3D(a.X * s, a.Y * s, a.Z * s);
        public static Vector3D operator /(Vector3D a, double s) => new Vector3D(a.X / s, a.Y / s, a.Z / s);

        public static implicit operator Vector3D(Vector3 v) => new Vector3D(v.X, v.Y, v.Z);
        public static explicit operator Vector3(Vector3D v) => new Vector3((float)v.X, (float)v.Y, (float)v.Z);

        public bool Equals(Vector3D other) => X == other.X && Y == other.Y && Z == other.Z;
        public override bool Equals(object obj) => obj is Vector3D v && Equals(v);
        public override int GetHashCode() => (X.GetHashCode() * 397 ^ Y.GetHashCode()) * 397 ^ Z.GetHashCode();
        public static bool operator ==(Vector3D a, Vector3D b) => a.Equals(b);
        public static bool operator !=(Vector3D a, Vector3D b) => !a.Equals(b);
        public override string ToString() => "X:" + X + " Y:" + Y + " Z:" + Z;
    }
}
