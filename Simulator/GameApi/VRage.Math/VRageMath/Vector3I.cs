using System;

namespace VRageMath
{
    /// <summary>Integer 3D vector (grid cell coordinates).</summary>
    public struct Vector3I : IEquatable<Vector3I>
    {
        public int X;
        public int Y;
        public int Z;

        public Vector3I(int x, int y, int z) { X = x; Y = y; Z = z; }
        public Vector3I(int value) { X = value; Y = value; Z = value; }

        public static readonly Vector3I Zero = new Vector3I(0, 0, 0);
        public static readonly Vector3I One = new Vector3I(1, 1, 1);

        public static Vector3I operator +(Vector3I a, Vector3I b) => new Vector3I(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
        public static Vector3I operator -(Vector3I a, Vector3I b) => new Vector3I(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
        public static Vector3I operator -(Vector3I a) => new Vector3I(-a.X, -a.Y, -a.Z);
        public static Vector3I operator *(Vector3I a, int s) => new Vector3I(a.X * s, a.Y * s, a.Z * s);

        public static implicit operator Vector3(Vector3I v) => new Vector3(v.X, v.Y, v.Z);
        public static implicit operator Vector3D(Vector3I v) => new Vector3D(v.X, v.Y, v.Z);

        public bool Equals(Vector3I other) => X == other.X && Y == other.Y && Z == other.Z;
        public override bool Equals(object obj) => obj is Vector3I v && Equals(v);
        public override int GetHashCode() => (X * 397 ^ Y) * 397 ^ Z;
        public static bool operator ==(Vector3I a, Vector3I b) => a.Equals(b);
        public static bool operator !=(Vector3I a, Vector3I b) => !a.Equals(b);
        public override string ToString() => "[X:" + X + ", Y:" + Y + ", Z:" + Z + "]";
    }
}
