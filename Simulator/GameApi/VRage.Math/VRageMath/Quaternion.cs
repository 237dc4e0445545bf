using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>Single-precision rotation quaternion; the same conventions as <see cref="QuaternionD"/>.</summary>
    public struct Quaternion : IEquatable<Quaternion>
    {
        public float X;
        public float Y;
        public float Z;
        public float W;

        public static Quaternion Identity = new Quaternion(0, 0, 0, 1);
        public static Quaternion Zero = new Quaternion(0, 0, 0, 0);

        public Quaternion(float x, float y, float z, float w) { X = x; Y = y; Z = z; W = w; }
        public Quaternion(Vector3 vectorPart, float scalarPart) { X = vectorPart.X; Y = vectorPart.Y; Z = vectorPart.Z; W = scalarPart; }

        /// <summary>The rotated Forward, Right and Up directions.</summary>
        public Vector3 Forward { get { Vector3 result; GetForward(ref this, out result); return result; } }
        public Vector3 Right { get { Vector3 result; GetRight(ref this, out result); return result; } }
        public Vector3 Up { get { Vector3 result; GetUp(ref this, out result); return result; } }
        public static void GetForward(ref Quaternion q, out Vector3 result) => result = Vector3.Transform(Vector3.Forward, q);
        public static void GetRight(ref Quaternion q, out Vector3 result) => result = Vector3.Transform(Vector3.Right, q);
        public static void GetUp(ref Quaternion q, out Vector3 result) => result = Vector3.Transform(Vector3.Up, q);

        public float GetComponent(int index)
        {
            switch (index)
            {
                case 0: return X;
                case 1: return Y;
                case 2: return Z;
                case 3: return W;
                default: throw new ArgumentOutOfRangeException(nameof(index));
            }
        }

        public void SetComponent(int index, float value)
        {
            switch (index)
            {
                case 0: X = value; break;
                case 1: Y = value; break;
                case 2: Z = value; break;
                case 3: W = value; break;
                default: throw new ArgumentOutOfRangeException(nameof(index));
            }
        }

        /// <summary>Index of the component with the largest absolute value.</summary>
        public int FindLargestIndex()
        {
            int best = 0;
            for (int i = 1; i < 4; i++)
                if (Math.Abs(GetComponent(i)) > Math.Abs(GetComponent(best)))
                    best = i;
            return best;
        }

        public float LengthSquared() => X * X + Y * Y + Z * Z + W * W;
        public float Length() => (float)Math.Sqrt(LengthSquared());

        public void Normalize() => this = Normalize(this);
        public static Quaternion Normalize(Quaternion quaternion)
        {
            float scale = 1f / quaternion.Length();
            return new Quaternion(quaternion.X * scale, quaternion.Y * scale, quaternion.Z * scale, quaternion.W * scale);
        }
        public static void Normalize(ref Quaternion quaternion, out Quaternion result) => result = Normalize(quaternion);
        public void Conjugate() => this = Conjugate(this);
        public static Quaternion Conjugate(Quaternion value) => new Quaternion(-value.X, -value.Y, -value.Z, value.W);
        public static void Conjugate(ref Quaternion value, out Quaternion result) => result = Conjugate(value);
        public static Quaternion Inverse(Quaternion quaternion)
        {
            float scale = 1f / quaternion.LengthSquared();
            return new Quaternion(-quaternion.X * scale, -quaternion.Y * scale, -quaternion.Z * scale, quaternion.W * scale);
        }
        public static void Inverse(ref Quaternion quaternion, out Quaternion result) => result = Inverse(quaternion);

        public static Quaternion CreateFromAxisAngle(Vector3 axis, float angle)
        {
            float half = angle * 0.5f, sin = (float)Math.Sin(half);
            return new Quaternion(axis.X * sin, axis.Y * sin, axis.Z * sin, (float)Math.Cos(half));
        }
        public static void CreateFromAxisAngle(ref Vector3 axis, float angle, out Quaternion result) => result = CreateFromAxisAngle(axis, angle);

        public static Quaternion CreateFromYawPitchRoll(float yaw, float pitch, float roll)
        {
            float sr = (float)Math.Sin(roll * 0.5f), cr = (float)Math.Cos(roll * 0.5f);
            float sp = (float)Math.Sin(pitch * 0.5f), cp = (float)Math.Cos(pitch * 0.5f);
            float sy = (float)Math.Sin(yaw * 0.5f), cy = (float)Math.Cos(yaw * 0.5f);
            return new Quaternion(
                cy * sp * cr + sy * cp * sr,
                sy * cp * cr - cy * sp * sr,
                cy * cp * sr - sy * sp * cr,
                cy * cp * cr + sy * sp * sr);
        }
        public static void CreateFromYawPitchRoll(float yaw, float pitch, float roll, out Quaternion result) => result = CreateFromYawPitchRoll(yaw, pitch, roll);

        public static Quaternion CreateFromRotationMatrix(Matrix matrix)
        {
            float trace = matrix.M11 + matrix.M22 + matrix.M33;
            if (trace > 0)
            {
                float s = (float)Math.Sqrt(trace + 1f), inv = 0.5f / s;
                return new Quaternion((matrix.M23 - matrix.M32) * inv, (matrix.M31 - matrix.M13) * inv, (matrix.M12 - matrix.M21) * inv, s * 0.5f);
            }
            if (matrix.M11 >= matrix.M22 && matrix.M11 >= matrix.M33)
            {
                float s = (float)Math.Sqrt(1f + matrix.M11 - matrix.M22 - matrix.M33), inv = 0.5f / s;
                return new Quaternion(0.5f * s, (matrix.M12 + matrix.M21) * inv, (matrix.M13 + matrix.M31) * inv, (matrix.M23 - matrix.M32) * inv);
            }
            if (matrix.M22 > matrix.M33)
            {
                float s = (float)Math.Sqrt(1f + matrix.M22 - matrix.M11 - matrix.M33), inv = 0.5f / s;
                return new Quaternion((matrix.M21 + matrix.M12) * inv, 0.5f * s, (matrix.M32 + matrix.M23) * inv, (matrix.M31 - matrix.M13) * inv);
            }
            float t = (float)Math.Sqrt(1f + matrix.M33 - matrix.M11 - matrix.M22), invT = 0.5f / t;
            return new Quaternion((matrix.M31 + matrix.M13) * invT, (matrix.M32 + matrix.M23) * invT, 0.5f * t, (matrix.M12 - matrix.M21) * invT);
        }
        public static void CreateFromRotationMatrix(ref Matrix matrix, out Quaternion result) => result = CreateFromRotationMatrix(matrix);
        public static Quaternion CreateFromRotationMatrix(ref MatrixD matrix)
        {
            var q = QuaternionD.CreateFromRotationMatrix(matrix);
            return new Quaternion((float)q.X, (float)q.Y, (float)q.Z, (float)q.W);
        }
        public static void CreateFromRotationMatrix(ref MatrixD matrix, out Quaternion result) => result = CreateFromRotationMatrix(ref matrix);

        /// <summary>The orientation whose Forward and Up are the given directions.</summary>
        public static Quaternion CreateFromForwardUp(Vector3 forward, Vector3 up) => CreateFromRotationMatrix(Matrix.CreateWorld(Vector3.Zero, forward, up));

        /// <summary>The shortest rotation turning <paramref name="firstVector"/> onto <paramref name="secondVector"/>.</summary>
        public static Quaternion CreateFromTwoVectors(Vector3 firstVector, Vector3 secondVector)
        {
            var from = Vector3.Normalize(firstVector);
            var to = Vector3.Normalize(secondVector);
            float dot = Vector3.Dot(from, to);
            if (dot < -0.999999f)
                return CreateFromAxisAngle(Vector3.CalculatePerpendicularVector(from), MathHelper.Pi);
            var axis = Vector3.Cross(from, to);
            return Normalize(new Quaternion(axis.X, axis.Y, axis.Z, 1 + dot));
        }
        public static void CreateFromTwoVectors(ref Vector3 firstVector, ref Vector3 secondVector, out Quaternion result) =>
            result = CreateFromTwoVectors(firstVector, secondVector);

        public void GetAxisAngle(out Vector3 axis, out float angle)
        {
            var unit = Normalize(this);
            float sin = (float)Math.Sqrt(1 - unit.W * unit.W);
            angle = 2 * (float)Math.Acos(Math.Max(-1, Math.Min(1, unit.W)));
            axis = sin < 1E-9f ? Vector3.Right : new Vector3(unit.X / sin, unit.Y / sin, unit.Z / sin);
        }

        public static float Dot(Quaternion quaternion1, Quaternion quaternion2) =>
            quaternion1.X * quaternion2.X + quaternion1.Y * quaternion2.Y + quaternion1.Z * quaternion2.Z + quaternion1.W * quaternion2.W;
        public static void Dot(ref Quaternion quaternion1, ref Quaternion quaternion2, out float result) => result = Dot(quaternion1, quaternion2);

        public static Quaternion Slerp(Quaternion quaternion1, Quaternion quaternion2, float amount)
        {
            float cos = Dot(quaternion1, quaternion2);
            bool flip = cos < 0;
            if (flip)
                cos = -cos;
            float from, to;
            if (cos > 0.999999f)
            {
                from = 1 - amount;
                to = flip ? -amount : amount;
            }
            else
            {
                float angle = (float)Math.Acos(cos), invSin = 1f / (float)Math.Sin(angle);
                from = (float)Math.Sin((1 - amount) * angle) * invSin;
                to = flip ? -(float)Math.Sin(amount * angle) * invSin : (float)Math.Sin(amount * angle) * invSin;
            }
            return new Quaternion(
                from * quaternion1.X + to * quaternion2.X, from * quaternion1.Y + to * quaternion2.Y,
                from * quaternion1.Z + to * quaternion2.Z, from * quaternion1.W + to * quaternion2.W);
        }
        public static void Slerp(ref Quaternion quaternion1, ref Quaternion quaternion2, float amount, out Quaternion result) =>
            result = Slerp(quaternion1, quaternion2, amount);

        /// <summary>Normalized linear interpolation along the shorter arc.</summary>
        public static Quaternion Lerp(Quaternion quaternion1, Quaternion quaternion2, float amount)
        {
            float sign = Dot(quaternion1, quaternion2) >= 0 ? 1 : -1;
            var mixed = quaternion1 * (1 - amount) + quaternion2 * (amount * sign);
            return Normalize(mixed);
        }
        public static void Lerp(ref Quaternion quaternion1, ref Quaternion quaternion2, float amount, out Quaternion result) =>
            result = Lerp(quaternion1, quaternion2, amount);

        /// <summary>The rotation <paramref name="value1"/> followed by <paramref name="value2"/>.</summary>
        public static Quaternion Concatenate(Quaternion value1, Quaternion value2) => value2 * value1;
        public static void Concatenate(ref Quaternion value1, ref Quaternion value2, out Quaternion result) => result = Concatenate(value1, value2);

        public static Quaternion operator -(Quaternion q) => new Quaternion(-q.X, -q.Y, -q.Z, -q.W);
        public static Quaternion operator +(Quaternion a, Quaternion b) => new Quaternion(a.X + b.X, a.Y + b.Y, a.Z + b.Z, a.W + b.W);
        public static Quaternion operator -(Quaternion a, Quaternion b) => new Quaternion(a.X - b.X, a.Y - b.Y, a.Z - b.Z, a.W - b.W);
        public static Quaternion operator *(Quaternion a, float s) => new Quaternion(a.X * s, a.Y * s, a.Z * s, a.W * s);
        public static Quaternion operator *(Quaternion a, Quaternion b) => new Quaternion(
            a.X * b.W + b.X * a.W + (a.Y * b.Z - a.Z * b.Y),
            a.Y * b.W + b.Y * a.W + (a.Z * b.X - a.X * b.Z),
            a.Z * b.W + b.Z * a.W + (a.X * b.Y - a.Y * b.X),
            a.W * b.W - (a.X * b.X + a.Y * b.Y + a.Z * b.Z));
        public static Quaternion operator /(Quaternion a, Quaternion b) => a * Inverse(b);
        public static bool operator ==(Quaternion a, Quaternion b) => a.X == b.X && a.Y == b.Y && a.Z == b.Z && a.W == b.W;
        public static bool operator !=(Quaternion a, Quaternion b) => !(a == b);

        public static Quaternion Add(Quaternion quaternion1, Quaternion quaternion2) => quaternion1 + quaternion2;
        public static void Add(ref Quaternion quaternion1, ref Quaternion quaternion2, out Quaternion result) => result = quaternion1 + quaternion2;
        public static Quaternion Subtract(Quaternion quaternion1, Quaternion quaternion2) => quaternion1 - quaternion2;
        public static void Subtract(ref Quaternion quaternion1, ref Quaternion quaternion2, out Quaternion result) => result = quaternion1 - quaternion2;
        public static Quaternion Multiply(Quaternion quaternion1, Quaternion quaternion2) => quaternion1 * quaternion2;
        public static void Multiply(ref Quaternion quaternion1, ref Quaternion quaternion2, out Quaternion result) => result = quaternion1 * quaternion2;
        public static Quaternion Multiply(Quaternion quaternion1, float scaleFactor) => quaternion1 * scaleFactor;
        public static void Multiply(ref Quaternion quaternion1, float scaleFactor, out Quaternion result) => result = quaternion1 * scaleFactor;
        public static Quaternion Divide(Quaternion quaternion1, Quaternion quaternion2) => quaternion1 / quaternion2;
        public static void Divide(ref Quaternion quaternion1, ref Quaternion quaternion2, out Quaternion result) => result = quaternion1 / quaternion2;
        public static Quaternion Negate(Quaternion quaternion) => -quaternion;
        public static void Negate(ref Quaternion quaternion, out Quaternion result) => result = -quaternion;
        public static bool IsZero(Quaternion value) => IsZero(value, 1E-05f);
        public static bool IsZero(Quaternion value, float epsilon) =>
            Math.Abs(value.X) < epsilon && Math.Abs(value.Y) < epsilon && Math.Abs(value.Z) < epsilon && Math.Abs(value.W) < epsilon;
        public static Quaternion FromVector4(Vector4 v) => new Quaternion(v.X, v.Y, v.Z, v.W);
        public Vector4 ToVector4() => new Vector4(X, Y, Z, W);

        public bool Equals(Quaternion other) => this == other;
        public bool Equals(Quaternion value, float epsilon) =>
            Math.Abs(X - value.X) < epsilon && Math.Abs(Y - value.Y) < epsilon && Math.Abs(Z - value.Z) < epsilon && Math.Abs(W - value.W) < epsilon;
        public override bool Equals(object obj) => obj is Quaternion q && this == q;
        public override int GetHashCode() => ((X.GetHashCode() * 397 ^ Y.GetHashCode()) * 397 ^ Z.GetHashCode()) * 397 ^ W.GetHashCode();
        public override string ToString() => ToString(null);
        public string ToString(string format)
        {
            var c = CultureInfo.CurrentCulture;
            return "{X:" + X.ToString(format, c) + " Y:" + Y.ToString(format, c) + " Z:" + Z.ToString(format, c) + " W:" + W.ToString(format, c) + "}";
        }

        /// <summary>"{axis} angle" with the angle in degrees.</summary>
        public string ToStringAxisAngle(string format = "G")
        {
            Vector3 axis;
            float angle;
            GetAxisAngle(out axis, out angle);
            return axis.ToString(format) + " " + MathHelper.ToDegrees(angle).ToString(format, CultureInfo.CurrentCulture) + "deg";
        }
    }
}
