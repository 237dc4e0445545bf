using System;
using System.Collections.Generic;

namespace VRageMath
{
    /// <summary>
    /// Walks every integer point from start to end, both inclusive: X fastest, then Y, then Z (scripts scan a grid's
    /// cells with it). Current is a public field, as in the game.
    /// </summary>
    public struct Vector3I_RangeIterator
    {
        readonly Vector3I _start;
        readonly Vector3I _end;
        public Vector3I Current;

        public Vector3I_RangeIterator(ref Vector3I start, ref Vector3I end)
        {
            _start = start;
            _end = end;
            Current = start;
        }

        /// <summary>Whether Current is still inside the range.</summary>
        public bool IsValid() =>
            Current.X >= _start.X && Current.Y >= _start.Y && Current.Z >= _start.Z
            && Current.X <= _end.X && Current.Y <= _end.Y && Current.Z <= _end.Z;

        public void MoveNext()
        {
            if (++Current.X <= _end.X)
                return;
            Current.X = _start.X;
            if (++Current.Y <= _end.Y)
                return;
            Current.Y = _start.Y;
            Current.Z++;
        }

        public void GetNext(out Vector3I next)
        {
            MoveNext();
            next = Current;
        }
    }

    /// <summary>
    /// An axis-aligned box of integer points (grid cells). Min and Max are both inside (Contains is inclusive);
    /// Size, Volume and SurfaceArea measure Max - Min, as the game's do.
    /// </summary>
    public struct BoundingBoxI : IEquatable<BoundingBoxI>
    {
        public Vector3I Min;
        public Vector3I Max;

        public BoundingBoxI(Vector3I min, Vector3I max) { Min = min; Max = max; }
        public BoundingBoxI(int min, int max) : this(new Vector3I(min), new Vector3I(max)) { }
        public BoundingBoxI(BoundingBox box) : this(new Vector3I(box.Min), new Vector3I(box.Max)) { }

        public Vector3I Center => (Min + Max) / 2;
        public Vector3I HalfExtents => (Max - Min) / 2;
        public Vector3I Size => Max - Min;
        public bool IsValid => Min.X <= Max.X && Min.Y <= Max.Y && Min.Z <= Max.Z;
        public float Perimeter => 4f * ((float)Max.X - Min.X + ((float)Max.Y - Min.Y) + ((float)Max.Z - Min.Z));

        /// <summary>An empty box that any Include makes valid.</summary>
        public static BoundingBoxI CreateInvalid() => new BoundingBoxI(new Vector3I(int.MaxValue), new Vector3I(int.MinValue));

        public static BoundingBoxI CreateFromPoints(IEnumerable<Vector3I> points)
        {
            var box = CreateInvalid();
            foreach (var point in points)
                box = box.Include(point);
            return box;
        }

        public static BoundingBoxI CreateFromSphere(BoundingSphere sphere) =>
            new BoundingBoxI(Vector3I.Floor(sphere.Center - sphere.Radius), Vector3I.Ceiling(sphere.Center + sphere.Radius));
        public static void CreateFromSphere(ref BoundingSphere sphere, out BoundingBoxI result) => result = CreateFromSphere(sphere);

        public static BoundingBoxI CreateMerged(BoundingBoxI original, BoundingBoxI additional) =>
            new BoundingBoxI(Vector3I.Min(original.Min, additional.Min), Vector3I.Max(original.Max, additional.Max));
        public static void CreateMerged(ref BoundingBoxI original, ref BoundingBoxI additional, out BoundingBoxI result) =>
            result = CreateMerged(original, additional);

        /// <summary>Every point of the box, Min and Max included, X fastest.</summary>
        public static IEnumerable<Vector3I> EnumeratePoints(BoundingBoxI rangeInclusive)
        {
            for (var z = rangeInclusive.Min.Z; z <= rangeInclusive.Max.Z; z++)
                for (var y = rangeInclusive.Min.Y; y <= rangeInclusive.Max.Y; y++)
                    for (var x = rangeInclusive.Min.X; x <= rangeInclusive.Max.X; x++)
                        yield return new Vector3I(x, y, z);
        }

        public ContainmentType Contains(Vector3I point) =>
            point.X < Min.X || point.X > Max.X || point.Y < Min.Y || point.Y > Max.Y || point.Z < Min.Z || point.Z > Max.Z
                ? ContainmentType.Disjoint : ContainmentType.Contains;
        public void Contains(ref Vector3I point, out ContainmentType result) => result = Contains(point);
        public ContainmentType Contains(Vector3 point) =>
            point.X < Min.X || point.X > Max.X || point.Y < Min.Y || point.Y > Max.Y || point.Z < Min.Z || point.Z > Max.Z
                ? ContainmentType.Disjoint : ContainmentType.Contains;

        public ContainmentType Contains(BoundingBoxI box)
        {
            if (!Intersects(box))
                return ContainmentType.Disjoint;
            return box.Min.X >= Min.X && box.Max.X <= Max.X && box.Min.Y >= Min.Y && box.Max.Y <= Max.Y && box.Min.Z >= Min.Z && box.Max.Z <= Max.Z
                ? ContainmentType.Contains : ContainmentType.Intersects;
        }
        public void Contains(ref BoundingBoxI box, out ContainmentType result) => result = Contains(box);

        public bool Intersects(BoundingBoxI box) =>
            Max.X >= box.Min.X && Min.X <= box.Max.X && Max.Y >= box.Min.Y && Min.Y <= box.Max.Y && Max.Z >= box.Min.Z && Min.Z <= box.Max.Z;
        public bool Intersects(ref BoundingBoxI box) => Intersects(box);
        public void Intersects(ref BoundingBoxI box, out bool result) => result = Intersects(box);

        /// <summary>The overlap of the two boxes (invalid when they do not overlap).</summary>
        public BoundingBoxI Intersect(BoundingBoxI box) => new BoundingBoxI(Vector3I.Max(Min, box.Min), Vector3I.Min(Max, box.Max));
        public void IntersectWith(ref BoundingBoxI box) => this = Intersect(box);

        public BoundingBoxI Include(Vector3I point)
        {
            Min = Vector3I.Min(Min, point);
            Max = Vector3I.Max(Max, point);
            return this;
        }
        public BoundingBoxI Include(ref Vector3I point) => Include(point);
        public BoundingBoxI Include(Vector3I p0, Vector3I p1, Vector3I p2) => Include(p0).Include(p1).Include(p2);
        public BoundingBoxI Include(ref Vector3I p0, ref Vector3I p1, ref Vector3I p2) => Include(p0, p1, p2);
        public BoundingBoxI Include(BoundingBoxI box)
        {
            Min = Vector3I.Min(Min, box.Min);
            Max = Vector3I.Max(Max, box.Max);
            return this;
        }
        public BoundingBoxI Include(ref BoundingBoxI box) => Include(box);
        public BoundingBoxI GetIncluded(Vector3I point)
        {
            var copy = this;
            return copy.Include(point);
        }

        public void Inflate(int size)
        {
            Min -= size;
            Max += size;
        }

        public void InflateToMinimum(Vector3I minimumSize)
        {
            var center = Center;
            if (Size.X < minimumSize.X) { Min.X = center.X - minimumSize.X / 2; Max.X = center.X + minimumSize.X / 2; }
            if (Size.Y < minimumSize.Y) { Min.Y = center.Y - minimumSize.Y / 2; Max.Y = center.Y + minimumSize.Y / 2; }
            if (Size.Z < minimumSize.Z) { Min.Z = center.Z - minimumSize.Z / 2; Max.Z = center.Z + minimumSize.Z / 2; }
        }

        public BoundingBoxI Translate(Vector3I vctTranlsation)
        {
            Min += vctTranlsation;
            Max += vctTranlsation;
            return this;
        }

        /// <summary>Distance from the point to the box (0 inside).</summary>
        public float Distance(Vector3I point)
        {
            var clamped = Vector3I.Max(Min, Vector3I.Min(Max, point));
            return (float)Math.Sqrt(SquaredDistance(clamped, point));
        }

        static double SquaredDistance(Vector3I a, Vector3I b)
        {
            double dx = a.X - b.X, dy = a.Y - b.Y, dz = a.Z - b.Z;
            return dx * dx + dy * dy + dz * dz;
        }

        public Vector3I[] GetCorners()
        {
            var corners = new Vector3I[8];
            GetCorners(corners);
            return corners;
        }

        /// <summary>The eight corners: the face at Max.Z first, then the face at Min.Z, as BoundingBox orders them.</summary>
        public void GetCorners(Vector3I[] corners)
        {
            corners[0] = new Vector3I(Min.X, Max.Y, Max.Z);
            corners[1] = new Vector3I(Max.X, Max.Y, Max.Z);
            corners[2] = new Vector3I(Max.X, Min.Y, Max.Z);
            corners[3] = new Vector3I(Min.X, Min.Y, Max.Z);
            corners[4] = new Vector3I(Min.X, Max.Y, Min.Z);
            corners[5] = new Vector3I(Max.X, Max.Y, Min.Z);
            corners[6] = new Vector3I(Max.X, Min.Y, Min.Z);
            corners[7] = new Vector3I(Min.X, Min.Y, Min.Z);
        }

        public float SurfaceArea()
        {
            var span = Max - Min;
            return 2f * ((float)span.X * span.Y + (float)span.X * span.Z + (float)span.Y * span.Z);
        }

        public float Volume()
        {
            var span = Max - Min;
            return (float)span.X * span.Y * span.Z;
        }

        public bool Equals(BoundingBoxI other) => Min == other.Min && Max == other.Max;
        public override bool Equals(object obj) => obj is BoundingBoxI other && Equals(other);
        public override int GetHashCode() => Min.GetHashCode() * 397 ^ Max.GetHashCode();
        public static bool operator ==(BoundingBoxI a, BoundingBoxI b) => a.Equals(b);
        public static bool operator !=(BoundingBoxI a, BoundingBoxI b) => !a.Equals(b);
        public override string ToString() => "{Min:" + Min + " Max:" + Max + "}";
    }
}
