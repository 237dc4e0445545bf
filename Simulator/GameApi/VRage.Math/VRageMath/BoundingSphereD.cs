using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>Sphere, double precision (world volumes of entities).</summary>
    public struct BoundingSphereD : IEquatable<BoundingSphereD>
    {
        public Vector3D Center;
        public double Radius;

        public BoundingSphereD(Vector3D center, double radius) { Center = center; Radius = radius; }

        public static BoundingSphereD CreateInvalid() => new BoundingSphereD(Vector3D.Zero, double.NegativeInfinity);
        public static BoundingSphereD CreateFromBoundingBox(BoundingBoxD box) => new BoundingSphereD(box.Center, box.HalfExtents.Length());
        public static void CreateFromBoundingBox(ref BoundingBoxD box, out BoundingSphereD result) => result = CreateFromBoundingBox(box);
        public BoundingBoxD GetBoundingBox() => BoundingBoxD.CreateFromSphere(this);

        /// <summary>The smallest sphere holding both.</summary>
        public static BoundingSphereD CreateMerged(BoundingSphereD original, BoundingSphereD additional)
        {
            if (double.IsNegativeInfinity(original.Radius))
                return additional;
            var offset = additional.Center - original.Center;
            double distance = offset.Length();
            if (distance + additional.Radius <= original.Radius)
                return original;
            if (distance + original.Radius <= additional.Radius)
                return additional;
            double radius = (distance + original.Radius + additional.Radius) * 0.5;
            return new BoundingSphereD(original.Center + offset * ((radius - original.Radius) / distance), radius);
        }
        public static void CreateMerged(ref BoundingSphereD original, ref BoundingSphereD additional, out BoundingSphereD result) => result = CreateMerged(original, additional);
        public BoundingSphereD Include(BoundingSphereD sphere) => this = CreateMerged(this, sphere);
        public static void Include(ref BoundingSphereD sphere, ref BoundingSphereD otherSphere) => sphere = CreateMerged(sphere, otherSphere);

        public ContainmentType Contains(Vector3D point) =>
            Vector3D.DistanceSquared(Center, point) <= Radius * Radius ? ContainmentType.Contains : ContainmentType.Disjoint;
        public void Contains(ref Vector3D point, out ContainmentType result) => result = Contains(point);
        public ContainmentType Contains(BoundingSphereD sphere)
        {
            double distance = Vector3D.Distance(Center, sphere.Center);
            if (distance > Radius + sphere.Radius)
                return ContainmentType.Disjoint;
            return distance + sphere.Radius <= Radius ? ContainmentType.Contains : ContainmentType.Intersects;
        }
        public void Contains(ref BoundingSphereD sphere, out ContainmentType result) => result = Contains(sphere);
        public ContainmentType Contains(BoundingBoxD box)
        {
            if (!box.Intersects(this))
                return ContainmentType.Disjoint;
            for (int i = 0; i < BoundingBoxD.NUMBER_OF_CORNERS; i++)
                if (Contains(box.GetCorner(i)) == ContainmentType.Disjoint)
                    return ContainmentType.Intersects;
            return ContainmentType.Contains;
        }
        public void Contains(ref BoundingBoxD box, out ContainmentType result) => result = Contains(box);

        public bool Intersects(BoundingSphereD sphere) => Vector3D.DistanceSquared(Center, sphere.Center) <= (Radius + sphere.Radius) * (Radius + sphere.Radius);
        public void Intersects(ref BoundingSphereD sphere, out bool result) => result = Intersects(sphere);
        public bool Intersects(BoundingBoxD box) => box.Intersects(this);
        public void Intersects(ref BoundingBoxD box, out bool result) => result = box.Intersects(this);

        /// <summary>Distance along the ray to where it enters the sphere (0 from inside), null when it misses.</summary>
        public double? Intersects(RayD ray)
        {
            double tmin, tmax;
            if (!IntersectRaySphere(ray, out tmin, out tmax))
                return null;
            return tmin < 0 ? 0 : tmin;
        }

        public bool IntersectRaySphere(RayD ray, out double tmin, out double tmax)
        {
            var offset = ray.Position - Center;
            double a = ray.Direction.LengthSquared(), b = 2 * Vector3D.Dot(offset, ray.Direction), c = offset.LengthSquared() - Radius * Radius;
            double discriminant = b * b - 4 * a * c;
            tmin = tmax = 0;
            if (discriminant < 0 || a == 0)
                return false;
            double root = Math.Sqrt(discriminant);
            tmin = (-b - root) / (2 * a);
            tmax = (-b + root) / (2 * a);
            return tmax >= 0;
        }

        public BoundingSphereD Transform(MatrixD matrix)
        {
            double scale = Math.Max(matrix.Right.Length(), Math.Max(matrix.Up.Length(), matrix.Backward.Length()));
            return new BoundingSphereD(Vector3D.Transform(Center, matrix), Radius * scale);
        }
        public void Transform(ref MatrixD matrix, out BoundingSphereD result) => result = Transform(matrix);

        /// <summary>Maps three uniform 0..1 numbers to a uniformly distributed point inside the sphere.</summary>
        public Vector3D RandomToUniformPointInSphere(double ranX, double ranY, double ranZ)
        {
            double phi = ranX * 2 * Math.PI, cosTheta = 2 * ranY - 1, r = Radius * Math.Pow(ranZ, 1.0 / 3.0);
            double sinTheta = Math.Sqrt(1 - cosTheta * cosTheta);
            return Center + new Vector3D(r * sinTheta * Math.Cos(phi), r * sinTheta * Math.Sin(phi), r * cosTheta);
        }
        public Vector3D RandomToUniformPointOnSphere(double ranX, double ranY)
        {
            double phi = ranX * 2 * Math.PI, cosTheta = 2 * ranY - 1, sinTheta = Math.Sqrt(1 - cosTheta * cosTheta);
            return Center + Radius * new Vector3D(sinTheta * Math.Cos(phi), sinTheta * Math.Sin(phi), cosTheta);
        }

        public static implicit operator BoundingSphere(BoundingSphereD b) => new BoundingSphere(b.Center, (float)b.Radius);
        public static implicit operator BoundingSphereD(BoundingSphere b) => new BoundingSphereD(b.Center, b.Radius);
        public static bool operator ==(BoundingSphereD a, BoundingSphereD b) => a.Equals(b);
        public static bool operator !=(BoundingSphereD a, BoundingSphereD b) => !a.Equals(b);
        public bool Equals(BoundingSphereD other) => Center == other.Center && Radius == other.Radius;
        public override bool Equals(object obj) => obj is BoundingSphereD s && Equals(s);
        public override int GetHashCode() => Center.GetHashCode() * 397 ^ Radius.GetHashCode();
        public override string ToString() => string.Format(CultureInfo.CurrentCulture, "{{Center:{0} Radius:{1}}}", Center, Radius);
    }

    /// <summary>Sphere, single precision.</summary>
    public struct BoundingSphere : IEquatable<BoundingSphere>
    {
        public Vector3 Center;
        public float Radius;

        public BoundingSphere(Vector3 center, float radius) { Center = center; Radius = radius; }

        public ContainmentType Contains(Vector3 point) =>
            Vector3.DistanceSquared(Center, point) <= Radius * Radius ? ContainmentType.Contains : ContainmentType.Disjoint;
        public bool Intersects(BoundingSphere sphere) => Vector3.DistanceSquared(Center, sphere.Center) <= (Radius + sphere.Radius) * (Radius + sphere.Radius);
        public bool Intersects(BoundingBox box) => box.Intersects(this);
        public static BoundingSphere CreateFromBoundingBox(BoundingBox box) => new BoundingSphere(box.Center, box.HalfExtents.Length());
        public static BoundingSphere CreateMerged(BoundingSphere original, BoundingSphere additional) =>
            BoundingSphereD.CreateMerged(original, additional);

        public static bool operator ==(BoundingSphere a, BoundingSphere b) => a.Equals(b);
        public static bool operator !=(BoundingSphere a, BoundingSphere b) => !a.Equals(b);
        public bool Equals(BoundingSphere other) => Center == other.Center && Radius == other.Radius;
        public override bool Equals(object obj) => obj is BoundingSphere s && Equals(s);
        public override int GetHashCode() => Center.GetHashCode() * 397 ^ Radius.GetHashCode();
        public override string ToString() => string.Format(CultureInfo.CurrentCulture, "{{Center:{0} Radius:{1}}}", Center, Radius);
    }
}
