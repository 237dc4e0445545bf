using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>Double-precision rotation quaternion (X, Y, Z vector part, W scalar part). Concatenate(a, b) is the
    /// rotation a followed by b.</summary>
    public struct QuaternionD : IEquatable<QuaternionD>
    {
        public double X;
        public double Y;
        public double Z;
        public double W;

        public static QuaternionD Identity = new QuaternionD(0, 0, 0, 1);

        public QuaternionD(double x, double y, double z, double w) { X = x; Y = y; Z = z; W = w; }
        public QuaternionD(Vector3D vectorPart, double scalarPart) { X = vectorPart.X; Y = vectorPart.Y; Z = vectorPart.Z; W = scalarPart; }

        public double LengthSquared() => X * X + Y * Y + Z * Z + W * W;
        public double Length() => Math.Sqrt(LengthSquared());

        public void Normalize() => this = Normalize(this);
        public static QuaternionD Normalize(QuaternionD quaternion)
        {
            double scale = 1.0 / quaternion.Length();
            return new QuaternionD(quaternion.X * scale, quaternion.Y * scale, quaternion.Z * scale, quaternion.W * scale);
        }
        public static void Normalize(ref QuaternionD quaternion, out QuaternionD result) => result = Normalize(quaternion);
        public void Conjugate() => this = Conjugate(this);
        public static QuaternionD Conjugate(QuaternionD value) => new QuaternionD(-value.X, -value.Y, -value.Z, value.W);
        public static void Conjugate(ref QuaternionD value, out QuaternionD result) => result = Conjugate(value);
        public static QuaternionD Inverse(QuaternionD quaternion)
        {
            double scale = 1.0 / quaternion.LengthSquared();
            return new QuaternionD(-quaternion.X * scale, -quaternion.Y * scale, -quaternion.Z * scale, quaternion.W * scale);
        }
        public static void Inverse(ref QuaternionD quaternion, out QuaternionD result) => result = Inverse(quaternion);

        public static QuaternionD CreateFromAxisAngle(Vector3D axis, double angle)
        {
            double half = angle * 0.5, sin = Math.Sin(half);
            return new QuaternionD(axis.X * sin, axis.Y * sin, axis.Z * sin, Math.Cos(half));
        }
        public static void CreateFromAxisAngle(ref Vector3D axis, double angle, out QuaternionD result) => result = CreateFromAxisAngle(axis, angle);

        public static QuaternionD CreateFromYawPitchRoll(double yaw, double pitch, double roll)
        {
            double sr = Math.Sin(roll * 0.5), cr = Math.Cos(roll * 0.5);
            double sp = Math.Sin(pitch * 0.5), cp = Math.Cos(pitch * 0.5);
            double sy = Math.Sin(yaw * 0.5), cy = Math.Cos(yaw * 0.5);
            return new QuaternionD(
                cy * sp * cr + sy * cp * sr,
                sy * cp * cr - cy * sp * sr,
                cy * cp * sr - sy * sp * cr,
                cy * cp * cr + sy * sp * sr);
        }
        public static void CreateFromYawPitchRoll(double yaw, double pitch, double roll, out QuaternionD result) => result = CreateFromYawPitchRoll(yaw, pitch, roll);

        public static QuaternionD CreateFromRotationMatrix(MatrixD matrix)
        {
            double trace = matrix.M11 + matrix.M22 + matrix.M33;
            if (trace > 0)
            {
                double s = Math.Sqrt(trace + 1.0), inv = 0.5 / s;
                return new QuaternionD((matrix.M23 - matrix.M32) * inv, (matrix.M31 - matrix.M13) * inv, (matrix.M12 - matrix.M21) * inv, s * 0.5);
            }
            if (matrix.M11 >= matrix.M22 && matrix.M11 >= matrix.M33)
            {
                double s = Math.Sqrt(1.0 + matrix.M11 - matrix.M22 - matrix.M33), inv = 0.5 / s;
                return new QuaternionD(0.5 * s, (matrix.M12 + matrix.M21) * inv, (matrix.M13 + matrix.M31) * inv, (matrix.M23 - matrix.M32) * inv);
            }
            if (matrix.M22 > matrix.M33)
            {
                double s = Math.Sqrt(1.0 + matrix.M22 - matrix.M11 - matrix.M33), inv = 0.5 / s;
                return new QuaternionD((matrix.M21 + matrix.M12) * inv, 0.5 * s, (matrix.M32 + matrix.M23) * inv, (matrix.M31 - matrix.M13) * inv);
            }
            double t = Math.Sqrt(1.0 + matrix.M33 - matrix.M11 - matrix.M22), invT = 0.5 / t;
            return new QuaternionD((matrix.M31 + matrix.M13) * invT, (matrix.M32 + matrix.M23) * invT, 0.5 * t, (matrix.M12 - matrix.M21) * invT);
        }
        public static void CreateFromRotationMatrix(ref MatrixD matrix, out QuaternionD result) => result = CreateFromRotationMatrix(matrix);

        /// <summary>The orientation whose Forward and Up are the given directions.</summary>
        public static QuaternionD CreateFromForwardUp(Vector3D forward, Vector3D up) => CreateFromRotationMatrix(MatrixD.CreateWorld(Vector3D.Zero, forward, up));

        /// <summary>The shortest rotation turning <paramref name="firstVector"/> onto <paramref name="secondVector"/>.</summary>
        public static QuaternionD CreateFromTwoVectors(Vector3D firstVector, Vector3D secondVector)
        {
            var from = Vector3D.Normalize(firstVector);
            var to = Vector3D.Normalize(secondVector);
            double dot = Vector3D.Dot(from, to);
            if (dot < -0.999999)
                return CreateFromAxisAngle(Vector3D.CalculatePerpendicularVector(from), Math.PI);
            var axis = Vector3D.Cross(from, to);
            return Normalize(new QuaternionD(axis.X, axis.Y, axis.Z, 1 + dot));
        }
        public static void CreateFromTwoVectors(ref Vector3D firstVector, ref Vector3D secondVector, out QuaternionD result) =>
            result = CreateFromTwoVectors(firstVector, secondVector);

        public void GetAxisAngle(out Vector3D axis, out double angle)
        {
            var unit = Normalize(this);
            double sin = Math.Sqrt(1 - unit.W * unit.W);
            angle = 2 * Math.Acos(Math.Max(-1, Math.Min(1, unit.W)));
            axis = sin < 1E-9 ? Vector3D.Right : new Vector3D(unit.X / sin, unit.Y / sin, unit.Z / sin);
        }

        public static double Dot(QuaternionD quaternion1, QuaternionD quaternion2) =>
            quaternion1.X * quaternion2.X + quaternion1.Y * quaternion2.Y + quaternion1.Z * quaternion2.Z + quaternion1.W * quaternion2.W;
        public static void Dot(ref QuaternionD quaternion1, ref QuaternionD quaternion2, out double result) => result = Dot(quaternion1, quaternion2);

        public static QuaternionD Slerp(QuaternionD quaternion1, QuaternionD quaternion2, double amount)
        {
            double cos = Dot(quaternion1, quaternion2);
            bool flip = cos < 0;
            if (flip)
                cos = -cos;
            double from, to;
            if (cos > 0.999999)
            {
                from = 1 - amount;
                to = flip ? -amount : amount;
            }
            else
            {
                double angle = Math.Acos(cos), invSin = 1.0 / Math.Sin(angle);
                from = Math.Sin((1 - amount) * angle) * invSin;
                to = flip ? -Math.Sin(amount * angle) * invSin : Math.Sin(amount * angle) * invSin;
            }
            return new QuaternionD(
                from * quaternion1.X + to * quaternion2.X, from * quaternion1.Y + to * quaternion2.Y,
                from * quaternion1.Z + to * quaternion2.Z, from * quaternion1.W + to * quaternion2.W);
        }
        public static void Slerp(ref QuaternionD quaternion1, ref QuaternionD quaternion2, double amount, out QuaternionD result) =>
            result = Slerp(quaternion1, quaternion2, amount);

        /// <summary>Normalized linear interpolation along the shorter arc.</summary>
        public static QuaternionD Lerp(QuaternionD quaternion1, QuaternionD quaternion2, double amount)
        {
            double sign = Dot(quaternion1, quaternion2) >= 0 ? 1 : -1;
            var mixed = quaternion1 * (1 - amount) + quaternion2 * (amount * sign);
            return Normalize(mixed);
        }
        public static void Lerp(ref QuaternionD quaternion1, ref QuaternionD quaternion2, double amount, out QuaternionD result) =>
            result = Lerp(quaternion1, quaternion2, amount);

        /// <summary>The rotation <paramref name="value1"/> followed by <paramref name="value2"/>.</summary>
        public static QuaternionD Concatenate(QuaternionD value1, QuaternionD value2) => value2 * value1;
        public static void Concatenate(ref QuaternionD value1, ref QuaternionD value2, out QuaternionD result) => result = Concatenate(value1, value2);

        public static QuaternionD operator -(QuaternionD q) => new QuaternionD(-q.X, -q.Y, -q.Z, -q.W);
        public static QuaternionD operator +(QuaternionD a, QuaternionD b) => new QuaternionD(a.X + b.X, a.Y + b.Y, a.Z + b.Z, a.W + b.W);
        public static QuaternionD operator -(QuaternionD a, QuaternionD b) => new QuaternionD(a.X - b.X, a.Y - b.Y, a.Z - b.Z, a.W - b.W);
        public static QuaternionD operator *(QuaternionD a, double s) => new QuaternionD(a.X * s, a.Y * s, a.Z * s, a.W * s);
        public static QuaternionD operator *(QuaternionD a, QuaternionD b) => new QuaternionD(
            a.X * b.W + b.X * a.W + (a.Y * b.Z - a.Z * b.Y),
            a.Y * b.W + b.Y * a.W + (a.Z * b.X - a.X * b.Z),
            a.Z * b.W + b.Z * a.W + (a.X * b.Y - a.Y * b.X),
            a.W * b.W - (a.X * b.X + a.Y * b.Y + a.Z * b.Z));
        public static QuaternionD operator /(QuaternionD a, QuaternionD b) => a * Inverse(b);
        public static bool operator ==(QuaternionD a, QuaternionD b) => a.X == b.X && a.Y == b.Y && a.Z == b.Z && a.W == b.W;
        public static bool operator !=(QuaternionD a, QuaternionD b) => !(a == b);

        public static QuaternionD Add(QuaternionD quaternion1, QuaternionD quaternion2) => quaternion1 + quaternion2;
        public static void Add(ref QuaternionD quaternion1, ref QuaternionD quaternion2, out QuaternionD result) => result = quaternion1 + quaternion2;
        public static QuaternionD Subtract(QuaternionD quaternion1, QuaternionD quaternion2) => quaternion1 - quaternion2;
        public static void Subtract(ref QuaternionD quaternion1, ref QuaternionD quaternion2, out QuaternionD result) => result = quaternion1 - quaternion2;
        public static QuaternionD Multiply(QuaternionD quaternion1, QuaternionD quaternion2) => quaternion1 * quaternion2;
        public static void Multiply(ref QuaternionD quaternion1, ref QuaternionD quaternion2, out QuaternionD result) => result = quaternion1 * quaternion2;
        public static QuaternionD Multiply(QuaternionD quaternion1, double scaleFactor) => quaternion1 * scaleFactor;
        public static void Multiply(ref QuaternionD quaternion1, double scaleFactor, out QuaternionD result) => result = quaternion1 * scaleFactor;
        public static QuaternionD Divide(QuaternionD quaternion1, QuaternionD quaternion2) => quaternion1 / quaternion2;
        public static void Divide(ref QuaternionD quaternion1, ref QuaternionD quaternion2, out QuaternionD result) => result = quaternion1 / quaternion2;
        public static QuaternionD Negate(QuaternionD quaternion) => -quaternion;
        public static void Negate(ref QuaternionD quaternion, out QuaternionD result) => result = -quaternion;
        public static bool IsZero(QuaternionD value) => IsZero(value, 1E-05);
        public static bool IsZero(QuaternionD value, double epsilon) =>
            Math.Abs(value.X) < epsilon && Math.Abs(value.Y) < epsilon && Math.Abs(value.Z) < epsilon && Math.Abs(value.W) < epsilon;
        public static QuaternionD FromVector4(Vector4D v) => new QuaternionD(v.X, v.Y, v.Z, v.W);
        public Vector4D ToVector4() => new Vector4D(X, Y, Z, W);

        // v' = v x R(q): the same as transforming by CreateFromQuaternion(q).
        internal static Vector3D Rotate(Vector3D v, QuaternionD q)
        {
            double x2 = q.X + q.X, y2 = q.Y + q.Y, z2 = q.Z + q.Z;
            double wx = q.W * x2, wy = q.W * y2, wz = q.W * z2;
            double xx = q.X * x2, xy = q.X * y2, xz = q.X * z2;
            double yy = q.Y * y2, yz = q.Y * z2, zz = q.Z * z2;
            return new Vector3D(
                v.X * (1 - yy - zz) + v.Y * (xy - wz) + v.Z * (xz + wy),
                v.X * (xy + wz) + v.Y * (1 - xx - zz) + v.Z * (yz - wx),
                v.X * (xz - wy) + v.Y * (yz + wx) + v.Z * (1 - xx - yy));
        }

        public bool Equals(QuaternionD other) => this == other;
        public override bool Equals(object obj) => obj is QuaternionD q && this == q;
        public override int GetHashCode() => ((X.GetHashCode() * 397 ^ Y.GetHashCode()) * 397 ^ Z.GetHashCode()) * 397 ^ W.GetHashCode();
        public override string ToString()
        {
            var c = CultureInfo.CurrentCulture;
            return "{X:" + X.ToString(c) + " Y:" + Y.ToString(c) + " Z:" + Z.ToString(c) + " W:" + W.ToString(c) + "}";
        }
    }
}
