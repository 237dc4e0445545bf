using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>A plane Normal . p + D = 0, double precision.</summary>
    public struct PlaneD : IEquatable<PlaneD>
    {
        public Vector3D Normal;
        public double D;

        public PlaneD(double a, double b, double c, double d) { Normal = new Vector3D(a, b, c); D = d; }
        public PlaneD(Vector3D normal, double d) { Normal = normal; D = d; }
        public PlaneD(Vector4 value) { Normal = new Vector3D(value.X, value.Y, value.Z); D = value.W; }
        /// <summary>The plane through <paramref name="position"/> with the given normal.</summary>
        public PlaneD(Vector3D position, Vector3D normal) { Normal = normal; D = -Vector3D.Dot(position, normal); }
        public PlaneD(Vector3D position, Vector3 normal) : this(position, (Vector3D)normal) { }
        /// <summary>The plane through three points, normal by the right-hand rule (p1, p2, p3).</summary>
        public PlaneD(Vector3D point1, Vector3D point2, Vector3D point3)
        {
            Normal = Vector3D.Normalize(Vector3D.Cross(point2 - point1, point3 - point1));
            D = -Vector3D.Dot(Normal, point1);
        }

        public void Normalize() => this = Normalize(this);
        public static PlaneD Normalize(PlaneD value)
        {
            double length = value.Normal.Length();
            return new PlaneD(value.Normal / length, value.D / length);
        }
        public static void Normalize(ref PlaneD value, out PlaneD result) => result = Normalize(value);
        public static PlaneD Transform(PlaneD plane, MatrixD matrix)
        {
            var point = Vector3D.Transform(-plane.D * plane.Normal / plane.Normal.LengthSquared(), matrix);
            var normal = Vector3D.Normalize(Vector3D.TransformNormal(plane.Normal, matrix));
            return new PlaneD(point, normal);
        }
        public static void Transform(ref PlaneD plane, ref MatrixD matrix, out PlaneD result) => result = Transform(plane, matrix);

        public double Dot(Vector4 value) => Normal.X * value.X + Normal.Y * value.Y + Normal.Z * value.Z + D * value.W;
        public void Dot(ref Vector4 value, out double result) => result = Dot(value);
        public double DotCoordinate(Vector3D value) => Vector3D.Dot(Normal, value) + D;
        public void DotCoordinate(ref Vector3D value, out double result) => result = DotCoordinate(value);
        public double DotNormal(Vector3D value) => Vector3D.Dot(Normal, value);
        public void DotNormal(ref Vector3D value, out double result) => result = DotNormal(value);
        /// <summary>Signed distance of a point (positive on the normal's side); the plane is taken as normalized.</summary>
        public double DistanceToPoint(Vector3D point) => DotCoordinate(point);
        public double DistanceToPoint(ref Vector3D point) => DotCoordinate(point);
        public Vector3D ProjectPoint(ref Vector3D point) => point - Normal * DotCoordinate(point);

        /// <summary>Where the line from <paramref name="from"/> along <paramref name="direction"/> meets the plane.</summary>
        public Vector3D Intersection(ref Vector3D from, ref Vector3D direction)
        {
            double t = -DotCoordinate(from) / Vector3D.Dot(Normal, direction);
            return from + direction * t;
        }

        public PlaneIntersectionType Intersects(BoundingBoxD box)
        {
            var positive = new Vector3D(Normal.X >= 0 ? box.Max.X : box.Min.X, Normal.Y >= 0 ? box.Max.Y : box.Min.Y, Normal.Z >= 0 ? box.Max.Z : box.Min.Z);
            var negative = new Vector3D(Normal.X >= 0 ? box.Min.X : box.Max.X, Normal.Y >= 0 ? box.Min.Y : box.Max.Y, Normal.Z >= 0 ? box.Min.Z : box.Max.Z);
            if (DotCoordinate(negative) > 0)
                return PlaneIntersectionType.Front;
            return DotCoordinate(positive) < 0 ? PlaneIntersectionType.Back : PlaneIntersectionType.Intersecting;
        }
        public void Intersects(ref BoundingBoxD box, out PlaneIntersectionType result) => result = Intersects(box);
        public PlaneIntersectionType Intersects(BoundingSphereD sphere)
        {
            double distance = DotCoordinate(sphere.Center);
            return distance > sphere.Radius ? PlaneIntersectionType.Front : distance < -sphere.Radius ? PlaneIntersectionType.Back : PlaneIntersectionType.Intersecting;
        }

        public static bool operator ==(PlaneD a, PlaneD b) => a.Equals(b);
        public static bool operator !=(PlaneD a, PlaneD b) => !a.Equals(b);
        public bool Equals(PlaneD other) => Normal == other.Normal && D == other.D;
        public override bool Equals(object obj) => obj is PlaneD p && Equals(p);
        public override int GetHashCode() => Normal.GetHashCode() ^ D.GetHashCode();
        public override string ToString() => string.Format(CultureInfo.CurrentCulture, "{{Normal:{0} D:{1}}}", Normal, D);
    }

    /// <summary>A plane Normal . p + D = 0, single precision.</summary>
    public struct Plane : IEquatable<Plane>
    {
        public Vector3 Normal;
        public float D;

        public Plane(float a, float b, float c, float d) { Normal = new Vector3(a, b, c); D = d; }
        public Plane(Vector3 normal, float d) { Normal = normal; D = d; }
        public Plane(Vector4 value) { Normal = new Vector3(value.X, value.Y, value.Z); D = value.W; }
        public Plane(Vector3 position, Vector3 normal) { Normal = normal; D = -Vector3.Dot(position, normal); }
        public Plane(Vector3 point1, Vector3 point2, Vector3 point3)
        {
            Normal = Vector3.Normalize(Vector3.Cross(point2 - point1, point3 - point1));
            D = -Vector3.Dot(Normal, point1);
        }

        public float DotCoordinate(Vector3 value) => Vector3.Dot(Normal, value) + D;
        public float DotNormal(Vector3 value) => Vector3.Dot(Normal, value);
        public float DistanceToPoint(Vector3 point) => DotCoordinate(point);
        public void Normalize()
        {
            float length = Normal.Length();
            Normal /= length;
            D /= length;
        }

        public static bool operator ==(Plane a, Plane b) => a.Equals(b);
        public static bool operator !=(Plane a, Plane b) => !a.Equals(b);
        public bool Equals(Plane other) => Normal == other.Normal && D == other.D;
        public override bool Equals(object obj) => obj is Plane p && Equals(p);
        public override int GetHashCode() => Normal.GetHashCode() ^ D.GetHashCode();
        public override string ToString() => string.Format(CultureInfo.CurrentCulture, "{{Normal:{0} D:{1}}}", Normal, D);
    }

    /// <summary>A ray (position and direction), double precision.</summary>
    public struct RayD : IEquatable<RayD>
    {
        public Vector3D Position;
        public Vector3D Direction;

        public RayD(Vector3D position, Vector3D direction) { Position = position; Direction = direction; }
        public RayD(ref Vector3D position, ref Vector3D direction) { Position = position; Direction = direction; }

        public double? Intersects(BoundingBoxD box) => box.Intersects(this);
        public void Intersects(ref BoundingBoxD box, out double? result) => result = box.Intersects(this);
        public double? Intersects(BoundingSphereD sphere) => sphere.Intersects(this);
        /// <summary>Distance along the ray to the plane, null when parallel or behind.</summary>
        public double? Intersects(PlaneD plane)
        {
            double denominator = Vector3D.Dot(plane.Normal, Direction);
            if (Math.Abs(denominator) < 1E-12)
                return null;
            double t = -plane.DotCoordinate(Position) / denominator;
            return t < 0 ? (double?)null : t;
        }
        public void Intersects(ref PlaneD plane, out double? result) => result = Intersects(plane);

        public static bool operator ==(RayD a, RayD b) => a.Equals(b);
        public static bool operator !=(RayD a, RayD b) => !a.Equals(b);
        public bool Equals(RayD other) => Position == other.Position && Direction == other.Direction;
        public override bool Equals(object obj) => obj is RayD r && Equals(r);
        public override int GetHashCode() => Position.GetHashCode() ^ Direction.GetHashCode();
        public override string ToString() => string.Format(CultureInfo.CurrentCulture, "{{Position:{0} Direction:{1}}}", Position, Direction);
    }

    /// <summary>A ray (position and direction), single precision.</summary>
    public struct Ray : IEquatable<Ray>
    {
        public Vector3 Position;
        public Vector3 Direction;

        public Ray(Vector3 position, Vector3 direction) { Position = position; Direction = direction; }

        public float? Intersects(BoundingBox box) => box.Intersects(this);
        public float? Intersects(BoundingSphere sphere)
        {
            var d = ((BoundingSphereD)sphere).Intersects(new RayD(Position, Direction));
            return d.HasValue ? (float)d.Value : (float?)null;
        }

        public static bool operator ==(Ray a, Ray b) => a.Equals(b);
        public static bool operator !=(Ray a, Ray b) => !a.Equals(b);
        public bool Equals(Ray other) => Position == other.Position && Direction == other.Direction;
        public override bool Equals(object obj) => obj is Ray r && Equals(r);
        public override int GetHashCode() => Position.GetHashCode() ^ Direction.GetHashCode();
        public override string ToString() => string.Format(CultureInfo.CurrentCulture, "{{Position:{0} Direction:{1}}}", Position, Direction);
    }

    /// <summary>A line segment, double precision: From, To, the unit Direction and the Length.</summary>
    public struct LineD
    {
        public Vector3D From;
        public Vector3D To;
        public Vector3D Direction;
        public double Length;

        public LineD(Vector3D from, Vector3D to)
        {
            From = from;
            To = to;
            Direction = to - from;
            Length = Direction.Normalize();
        }

        public LineD(Vector3D from, Vector3D to, double lineLength)
        {
            From = from;
            To = to;
            Length = lineLength;
            Direction = lineLength > 0 ? (to - from) / lineLength : Vector3D.Zero;
        }

        public BoundingBoxD GetBoundingBox() => new BoundingBoxD(Vector3D.Min(From, To), Vector3D.Max(From, To));
        public long GetHash() => From.GetHash() * 397 ^ To.GetHash();

        /// <summary>The closest points of two segments (res1 on line1, res2 on line2) and the vector between them.</summary>
        public static Vector3D GetShortestVector(ref LineD line1, ref LineD line2, out Vector3D res1, out Vector3D res2)
        {
            Vector3D d1 = line1.To - line1.From, d2 = line2.To - line2.From, r = line1.From - line2.From;
            double a = d1.LengthSquared(), e = d2.LengthSquared(), f = Vector3D.Dot(d2, r);
            double s, t;
            if (a <= 1E-12 && e <= 1E-12)
            {
                s = t = 0;
            }
            else if (a <= 1E-12)
            {
                s = 0;
                t = MathHelper.Clamp(f / e, 0.0, 1.0);
            }
            else
            {
                double c = Vector3D.Dot(d1, r);
                if (e <= 1E-12)
                {
                    t = 0;
                    s = MathHelper.Clamp(-c / a, 0.0, 1.0);
                }
                else
                {
                    double b = Vector3D.Dot(d1, d2), denominator = a * e - b * b;
                    s = denominator != 0 ? MathHelper.Clamp((b * f - c * e) / denominator, 0.0, 1.0) : 0;
                    t = (b * s + f) / e;
                    if (t < 0) { t = 0; s = MathHelper.Clamp(-c / a, 0.0, 1.0); }
                    else if (t > 1) { t = 1; s = MathHelper.Clamp((b - c) / a, 0.0, 1.0); }
                }
            }
            res1 = line1.From + d1 * s;
            res2 = line2.From + d2 * t;
            return res2 - res1;
        }

        public static double GetShortestDistanceSquared(LineD line1, LineD line2)
        {
            Vector3D res1, res2;
            return GetShortestVector(ref line1, ref line2, out res1, out res2).LengthSquared();
        }
    }

    /// <summary>A line segment, single precision.</summary>
    public struct Line
    {
        public Vector3 From;
        public Vector3 To;
        public Vector3 Direction;
        public float Length;

        public Line(Vector3 from, Vector3 to, bool calculateBoundingBox = true)
        {
            From = from;
            To = to;
            Direction = to - from;
            Length = Direction.Normalize();
        }
    }
}
