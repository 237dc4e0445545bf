using System;

namespace VRageMath
{
    /// <summary>Axis-aligned box in world space, double precision.</summary>
    public struct BoundingBoxD : IEquatable<BoundingBoxD>
    {
        public Vector3D Min;
        public Vector3D Max;

        public BoundingBoxD(Vector3D min, Vector3D max) { Min = min; Max = max; }

        public Vector3D Center => (Min + Max) * 0.5;
        public Vector3D Size => Max - Min;
        public Vector3D HalfExtents => (Max - Min) * 0.5;

        public ContainmentType Contains(Vector3D point) =>
            point.X >= Min.X && point.X <= Max.X && point.Y >= Min.Y && point.Y <= Max.Y && point.Z >= Min.Z && point.Z <= Max.Z
                ? ContainmentType.Contains : ContainmentType.Disjoint;

        public bool Intersects(BoundingBoxD box) =>
            Max.X >= box.Min.X && Min.X <= box.Max.X && Max.Y >= box.Min.Y && Min.Y <= box.Max.Y && Max.Z >= box.Min.Z && Min.Z <= box.Max.Z;

        public bool Equals(BoundingBoxD other) => Min == other.Min && Max == other.Max;
        public override bool Equals(object obj) => obj is BoundingBoxD b && Equals(b);
        public override int GetHashCode() => Min.GetHashCode() * 397 ^ Max.GetHashCode();
        public static bool operator ==(BoundingBoxD a, BoundingBoxD b) => a.Equals(b);
        public static bool operator !=(BoundingBoxD a, BoundingBoxD b) => !a.Equals(b);
        public override string ToString() => "{Min:" + Min + " Max:" + Max + "}";
    }

    /// <summary>Sphere in world space, double precision.</summary>
    public struct BoundingSphereD : IEquatable<BoundingSphereD>
    {
        public Vector3D Center;
        public double Radius;

        public BoundingSphereD(Vector3D center, double radius) { Center = center; Radius = radius; }

        public ContainmentType Contains(Vector3D point) =>
            Vector3D.DistanceSquared(Center, point) <= Radius * Radius ? ContainmentType.Contains : ContainmentType.Disjoint;

        public bool Equals(BoundingSphereD other) => Center == other.Center && Radius == other.Radius;
        public override bool Equals(object obj) => obj is BoundingSphereD s && Equals(s);
        public override int GetHashCode() => Center.GetHashCode() * 397 ^ Radius.GetHashCode();
        public override string ToString() => "{Center:" + Center + " Radius:" + Radius + "}";
    }

    public enum ContainmentType
    {
        Disjoint,
        Contains,
        Intersects,
    }
}
