using System;
using System.Collections.Generic;
using System.Globalization;

namespace VRageMath
{
    public enum ContainmentType
    {
        Disjoint,
        Contains,
        Intersects,
    }

    public enum PlaneIntersectionType
    {
        Front,
        Back,
        Intersecting,
    }

    /// <summary>Axis-aligned box, double precision (world bounds of entities).</summary>
    public struct BoundingBoxD : IEquatable<BoundingBoxD>
    {
        public const int NUMBER_OF_CORNERS = 8;

        public Vector3D Min;
        public Vector3D Max;

        public BoundingBoxD(Vector3D min, Vector3D max) { Min = min; Max = max; }

        public Vector3D Center => (Min + Max) * 0.5;
        public Vector3D HalfExtents => (Max - Min) * 0.5;
        public Vector3D Extents => Max - Min;
        public Vector3D Size => Max - Min;
        public double Volume => Size.Volume;
        public double SurfaceArea { get { var s = Size; return 2 * (s.X * s.Y + s.X * s.Z + s.Y * s.Z); } }
        public double Perimeter { get { var s = Size; return 4 * (s.X + s.Y + s.Z); } }
        /// <summary>False for the inverted box CreateInvalid returns (and anything not yet grown from it).</summary>
        public bool Valid => Min.X <= Max.X && Min.Y <= Max.Y && Min.Z <= Max.Z;
        /// <summary>A world matrix that maps the unit cube (-0.5..0.5) onto this box.</summary>
        public MatrixD Matrix
        {
            get
            {
                var m = MatrixD.CreateScale(Size);
                m.Translation = Center;
                return m;
            }
        }

        public static BoundingBoxD CreateInvalid() => new BoundingBoxD(Vector3D.MaxValue, Vector3D.MinValue);
        public static BoundingBoxD CreateFromPoints(IEnumerable<Vector3D> points)
        {
            var box = CreateInvalid();
            foreach (var point in points)
                box = box.Include(point);
            return box;
        }
        public static BoundingBoxD CreateFromSphere(BoundingSphereD sphere) =>
            new BoundingBoxD(sphere.Center - new Vector3D(sphere.Radius), sphere.Center + new Vector3D(sphere.Radius));
        public static void CreateFromSphere(ref BoundingSphereD sphere, out BoundingBoxD result) => result = CreateFromSphere(sphere);
        public static BoundingBoxD CreateMerged(BoundingBoxD original, BoundingBoxD additional) =>
            new BoundingBoxD(Vector3D.Min(original.Min, additional.Min), Vector3D.Max(original.Max, additional.Max));
        public static void CreateMerged(ref BoundingBoxD original, ref BoundingBoxD additional, out BoundingBoxD result) => result = CreateMerged(original, additional);

        /// <summary>Corner <paramref name="index"/> (0..7): bit 0 picks X, bit 1 Y, bit 2 Z from Max.</summary>
        public Vector3D GetCorner(int index) => new Vector3D((index & 1) != 0 ? Max.X : Min.X, (index & 2) != 0 ? Max.Y : Min.Y, (index & 4) != 0 ? Max.Z : Min.Z);
        public Vector3D[] GetCorners()
        {
            var corners = new Vector3D[NUMBER_OF_CORNERS];
            GetCorners(corners);
            return corners;
        }
        public void GetCorners(Vector3D[] corners)
        {
            for (int i = 0; i < NUMBER_OF_CORNERS; i++)
                corners[i] = GetCorner(i);
        }

        public BoundingBoxD Include(Vector3D point) => new BoundingBoxD(Vector3D.Min(Min, point), Vector3D.Max(Max, point));
        public BoundingBoxD Include(ref Vector3D point) => Include(point);
        public BoundingBoxD Include(Vector3D p0, Vector3D p1, Vector3D p2) => Include(p0).Include(p1).Include(p2);
        public BoundingBoxD Include(ref Vector3D p0, ref Vector3D p1, ref Vector3D p2) => Include(p0, p1, p2);
        public BoundingBoxD Include(BoundingBoxD box) => CreateMerged(this, box);
        public BoundingBoxD Include(ref BoundingBoxD box) => CreateMerged(this, box);
        public BoundingBoxD Include(BoundingSphereD sphere) => Include(CreateFromSphere(sphere));
        public BoundingBoxD Include(ref BoundingSphereD sphere) => Include(CreateFromSphere(sphere));
        public void Include(ref LineD line) => this = Include(line.From).Include(line.To);

        public BoundingBoxD Inflate(double size) => this = GetInflated(size);
        public BoundingBoxD Inflate(Vector3D size) => this = GetInflated(size);
        public BoundingBoxD GetInflated(double size) => GetInflated(new Vector3D(size));
        public BoundingBoxD GetInflated(Vector3 size) => GetInflated((Vector3D)size);
        public BoundingBoxD GetInflated(Vector3D size) => new BoundingBoxD(Min - size, Max + size);
        public void InflateToMinimum(double minimumSize) => InflateToMinimum(new Vector3D(minimumSize));
        public void InflateToMinimum(Vector3D minimumSize)
        {
            var center = Center;
            var half = Vector3D.Max(HalfExtents, minimumSize * 0.5);
            Min = center - half;
            Max = center + half;
        }
        public void Centerize(Vector3D center)
        {
            var half = HalfExtents;
            Min = center - half;
            Max = center + half;
        }
        public BoundingBoxD Translate(Vector3D vctTranlsation) => new BoundingBoxD(Min + vctTranlsation, Max + vctTranlsation);
        public BoundingBoxD Translate(MatrixD worldMatrix) => Translate(worldMatrix.Translation);
        public BoundingBoxD Round(int decimals) => new BoundingBoxD(Vector3D.Round(Min, decimals), Vector3D.Round(Max, decimals));

        /// <summary>The axis-aligned box around this box transformed by <paramref name="m"/>.</summary>
        public BoundingBoxD TransformFast(MatrixD m) => TransformSlow(m);
        public BoundingBoxD TransformFast(ref MatrixD m) => TransformSlow(m);
        public void TransformFast(ref MatrixD m, ref BoundingBoxD bb) => bb = TransformSlow(m);
        public BoundingBoxD TransformSlow(ref MatrixD worldMatrix) => TransformSlow(worldMatrix);
        public BoundingBoxD TransformSlow(MatrixD m)
        {
            var result = CreateInvalid();
            for (int i = 0; i < NUMBER_OF_CORNERS; i++)
                result = result.Include(Vector3D.Transform(GetCorner(i), m));
            return result;
        }

        public ContainmentType Contains(Vector3D point) =>
            point.X >= Min.X && point.X <= Max.X && point.Y >= Min.Y && point.Y <= Max.Y && point.Z >= Min.Z && point.Z <= Max.Z
                ? ContainmentType.Contains : ContainmentType.Disjoint;
        public void Contains(ref Vector3D point, out ContainmentType result) => result = Contains(point);
        public ContainmentType Contains(BoundingBoxD box)
        {
            if (!Intersects(box))
                return ContainmentType.Disjoint;
            return Contains(box.Min) == ContainmentType.Contains && Contains(box.Max) == ContainmentType.Contains
                ? ContainmentType.Contains : ContainmentType.Intersects;
        }
        public void Contains(ref BoundingBoxD box, out ContainmentType result) => result = Contains(box);
        public ContainmentType Contains(BoundingSphereD sphere)
        {
            if (!Intersects(sphere))
                return ContainmentType.Disjoint;
            var r = new Vector3D(sphere.Radius);
            return Contains(sphere.Center - r) == ContainmentType.Contains && Contains(sphere.Center + r) == ContainmentType.Contains
                ? ContainmentType.Contains : ContainmentType.Intersects;
        }
        public void Contains(ref BoundingSphereD sphere, out ContainmentType result) => result = Contains(sphere);

        public bool Intersects(BoundingBoxD box) => Intersects(ref box);
        public bool Intersects(ref BoundingBoxD box) =>
            Max.X >= box.Min.X && Min.X <= box.Max.X && Max.Y >= box.Min.Y && Min.Y <= box.Max.Y && Max.Z >= box.Min.Z && Min.Z <= box.Max.Z;
        public void Intersects(ref BoundingBoxD box, out bool result) => result = Intersects(ref box);
        public void Intersects(ref BoundingBox box, out bool result) => result = Intersects((BoundingBoxD)box);
        public bool Intersects(BoundingSphereD sphere) => DistanceSquared(sphere.Center) <= sphere.Radius * sphere.Radius;
        public bool Intersects(ref BoundingSphereD sphere) => Intersects(sphere);
        public void Intersects(ref BoundingSphereD sphere, out bool result) => result = Intersects(sphere);
        public PlaneIntersectionType Intersects(PlaneD plane) => plane.Intersects(this);
        public void Intersects(ref PlaneD plane, out PlaneIntersectionType result) => result = plane.Intersects(this);
        public BoundingBoxD Intersect(BoundingBoxD box) => new BoundingBoxD(Vector3D.Max(Min, box.Min), Vector3D.Min(Max, box.Max));

        public double? Intersects(RayD ray)
        {
            double tmin, tmax;
            return Intersect(ref ray, out tmin, out tmax) ? (double?)Math.Max(tmin, 0) : null;
        }
        public double? Intersects(Ray ray) => Intersects(new RayD(ray.Position, ray.Direction));
        public void Intersects(ref RayD ray, out double? result) => result = Intersects(ray);

        /// <summary>Slab test: the ray's entry and exit distances along its direction.</summary>
        public bool Intersect(ref RayD ray, out double tmin, out double tmax)
        {
            tmin = double.NegativeInfinity;
            tmax = double.PositiveInfinity;
            for (int axis = 0; axis < 3; axis++)
            {
                double origin = ray.Position.GetDim(axis), direction = ray.Direction.GetDim(axis);
                double low = Min.GetDim(axis), high = Max.GetDim(axis);
                if (Math.Abs(direction) < 1E-12)
                {
                    if (origin < low || origin > high)
                        return false;
                    continue;
                }
                double t1 = (low - origin) / direction, t2 = (high - origin) / direction;
                if (t1 > t2) { double swap = t1; t1 = t2; t2 = swap; }
                tmin = Math.Max(tmin, t1);
                tmax = Math.Min(tmax, t2);
                if (tmin > tmax)
                    return false;
            }
            return tmax >= 0;
        }

        /// <summary>Distances along the line (0..Length) where it enters and leaves the box.</summary>
        public bool Intersect(ref LineD line, out double t1, out double t2)
        {
            var ray = new RayD(line.From, line.Direction);
            if (!Intersect(ref ray, out t1, out t2))
                return false;
            t1 = Math.Max(t1, 0);
            t2 = Math.Min(t2, line.Length);
            return t1 <= t2;
        }
        public bool Intersect(ref LineD line, out LineD intersectedLine)
        {
            double t1, t2;
            if (!Intersect(ref line, out t1, out t2))
            {
                intersectedLine = line;
                return false;
            }
            intersectedLine = new LineD(line.From + line.Direction * t1, line.From + line.Direction * t2);
            return true;
        }
        public bool Intersects(ref LineD line)
        {
            double t1, t2;
            return Intersect(ref line, out t1, out t2);
        }
        public bool Intersects(ref LineD line, out double distance)
        {
            double t2;
            return Intersect(ref line, out distance, out t2);
        }

        public double DistanceSquared(Vector3D point) => Vector3D.DistanceSquared(Vector3D.Clamp(point, Min, Max), point);
        public double DistanceSquared(ref Vector3D point) => DistanceSquared(point);
        public double Distance(Vector3D point) => Math.Sqrt(DistanceSquared(point));
        public double DistanceSquared(ref BoundingBoxD other)
        {
            var gap = Vector3D.Max(Vector3D.Zero, Vector3D.Max(Min - other.Max, other.Min - Max));
            return gap.LengthSquared();
        }
        public double Distance(ref BoundingBoxD other) => Math.Sqrt(DistanceSquared(ref other));

        public void AssertIsValid() { }

        public static explicit operator BoundingBoxD(BoundingBox b) => new BoundingBoxD(b.Min, b.Max);
        public static explicit operator BoundingBox(BoundingBoxD b) => new BoundingBox(b.Min, b.Max);
        public static BoundingBoxD operator +(BoundingBoxD a, Vector3D b) => a.Translate(b);
        public static bool operator ==(BoundingBoxD a, BoundingBoxD b) => a.Equals(b);
        public static bool operator !=(BoundingBoxD a, BoundingBoxD b) => !a.Equals(b);
        public bool Equals(BoundingBoxD other) => Min == other.Min && Max == other.Max;
        public bool Equals(BoundingBoxD other, double epsilon) => Min.Equals(other.Min, epsilon) && Max.Equals(other.Max, epsilon);
        public override bool Equals(object obj) => obj is BoundingBoxD b && Equals(b);
        public override int GetHashCode() => Min.GetHashCode() * 397 ^ Max.GetHashCode();
        public override string ToString() => string.Format(CultureInfo.CurrentCulture, "{{Min:{0} Max:{1}}}", Min, Max);
    }

    /// <summary>Axis-aligned box, single precision (local bounds).</summary>
    public struct BoundingBox : IEquatable<BoundingBox>
    {
        public const int CornerCount = 8;

        public Vector3 Min;
        public Vector3 Max;

        public BoundingBox(Vector3 min, Vector3 max) { Min = min; Max = max; }

        public Vector3 Center => (Min + Max) * 0.5f;
        public Vector3 HalfExtents => (Max - Min) * 0.5f;
        public Vector3 Extents => Max - Min;
        public Vector3 Size => Max - Min;
        public float Volume => Size.Volume;
        public bool Valid => Min.X <= Max.X && Min.Y <= Max.Y && Min.Z <= Max.Z;

        public static BoundingBox CreateInvalid() => new BoundingBox(Vector3.MaxValue, Vector3.MinValue);
        public static BoundingBox CreateFromPoints(IEnumerable<Vector3> points)
        {
            var box = CreateInvalid();
            foreach (var point in points)
                box = box.Include(point);
            return box;
        }
        public static BoundingBox CreateFromSphere(BoundingSphere sphere) =>
            new BoundingBox(sphere.Center - new Vector3(sphere.Radius), sphere.Center + new Vector3(sphere.Radius));
        public static BoundingBox CreateMerged(BoundingBox original, BoundingBox additional) =>
            new BoundingBox(Vector3.Min(original.Min, additional.Min), Vector3.Max(original.Max, additional.Max));

        public Vector3 GetCorner(int index) => new Vector3((index & 1) != 0 ? Max.X : Min.X, (index & 2) != 0 ? Max.Y : Min.Y, (index & 4) != 0 ? Max.Z : Min.Z);
        public Vector3[] GetCorners()
        {
            var corners = new Vector3[CornerCount];
            for (int i = 0; i < CornerCount; i++)
                corners[i] = GetCorner(i);
            return corners;
        }
        public BoundingBox Include(Vector3 point) => new BoundingBox(Vector3.Min(Min, point), Vector3.Max(Max, point));
        public BoundingBox Include(ref Vector3 point) => Include(point);
        public BoundingBox Include(BoundingBox box) => CreateMerged(this, box);
        public BoundingBox Include(ref BoundingBox box) => CreateMerged(this, box);
        public BoundingBox Inflate(float size) => this = new BoundingBox(Min - new Vector3(size), Max + new Vector3(size));
        public BoundingBox Translate(Vector3 vctTranlsation) => new BoundingBox(Min + vctTranlsation, Max + vctTranlsation);
        public BoundingBox Transform(Matrix m)
        {
            var result = CreateInvalid();
            for (int i = 0; i < CornerCount; i++)
                result = result.Include(Vector3.Transform(GetCorner(i), m));
            return result;
        }

        public ContainmentType Contains(Vector3 point) =>
            point.X >= Min.X && point.X <= Max.X && point.Y >= Min.Y && point.Y <= Max.Y && point.Z >= Min.Z && point.Z <= Max.Z
                ? ContainmentType.Contains : ContainmentType.Disjoint;
        public ContainmentType Contains(BoundingBox box) =>
            !Intersects(box) ? ContainmentType.Disjoint
            : Contains(box.Min) == ContainmentType.Contains && Contains(box.Max) == ContainmentType.Contains ? ContainmentType.Contains : ContainmentType.Intersects;
        public bool Intersects(BoundingBox box) =>
            Max.X >= box.Min.X && Min.X <= box.Max.X && Max.Y >= box.Min.Y && Min.Y <= box.Max.Y && Max.Z >= box.Min.Z && Min.Z <= box.Max.Z;
        public bool Intersects(ref BoundingBox box) => Intersects(box);
        public bool Intersects(BoundingSphere sphere) => Vector3.DistanceSquared(Vector3.Clamp(sphere.Center, Min, Max), sphere.Center) <= sphere.Radius * sphere.Radius;
        public float? Intersects(Ray ray) => ((BoundingBoxD)this).Intersects(new RayD(ray.Position, ray.Direction)) is double d ? (float)d : (float?)null;
        public float DistanceSquared(Vector3 point) => Vector3.DistanceSquared(Vector3.Clamp(point, Min, Max), point);
        public float Distance(Vector3 point) => (float)Math.Sqrt(DistanceSquared(point));

        public static bool operator ==(BoundingBox a, BoundingBox b) => a.Equals(b);
        public static bool operator !=(BoundingBox a, BoundingBox b) => !a.Equals(b);
        public bool Equals(BoundingBox other) => Min == other.Min && Max == other.Max;
        public override bool Equals(object obj) => obj is BoundingBox b && Equals(b);
        public override int GetHashCode() => Min.GetHashCode() * 397 ^ Max.GetHashCode();
        public override string ToString() => string.Format(CultureInfo.CurrentCulture, "{{Min:{0} Max:{1}}}", Min, Max);
    }
}
