using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>A 3x3 single-precision matrix (rotation and scale), rows Right, Up, Backward as in <see cref="Matrix"/>.</summary>
    public struct Matrix3x3 : IEquatable<Matrix3x3>
    {
        public float M11, M12, M13;
        public float M21, M22, M23;
        public float M31, M32, M33;

        public static Matrix3x3 Identity = new Matrix3x3(1, 0, 0, 0, 1, 0, 0, 0, 1);
        public static Matrix3x3 Zero = new Matrix3x3(0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Matrix3x3(float m11, float m12, float m13, float m21, float m22, float m23, float m31, float m32, float m33)
        {
            M11 = m11; M12 = m12; M13 = m13;
            M21 = m21; M22 = m22; M23 = m23;
            M31 = m31; M32 = m32; M33 = m33;
        }

        public Matrix3x3(Matrix3x3 other) : this(other.M11, other.M12, other.M13, other.M21, other.M22, other.M23, other.M31, other.M32, other.M33) { }

        public Matrix3x3(MatrixD other)
            : this((float)other.M11, (float)other.M12, (float)other.M13, (float)other.M21, (float)other.M22, (float)other.M23,
                   (float)other.M31, (float)other.M32, (float)other.M33) { }

        public Vector3 Right { get => new Vector3(M11, M12, M13); set { M11 = value.X; M12 = value.Y; M13 = value.Z; } }
        public Vector3 Left { get => -Right; set => Right = -value; }
        public Vector3 Up { get => new Vector3(M21, M22, M23); set { M21 = value.X; M22 = value.Y; M23 = value.Z; } }
        public Vector3 Down { get => -Up; set => Up = -value; }
        public Vector3 Backward { get => new Vector3(M31, M32, M33); set { M31 = value.X; M32 = value.Y; M33 = value.Z; } }
        public Vector3 Forward { get => -Backward; set => Backward = -value; }
        public Vector3 Col0 => new Vector3(M11, M21, M31);
        public Vector3 Col1 => new Vector3(M12, M22, M32);
        public Vector3 Col2 => new Vector3(M13, M23, M33);
        public Vector3 Scale => new Vector3(Right.Length(), Up.Length(), Backward.Length());

        public float this[int row, int column]
        {
            get
            {
                switch (row * 3 + column)
                {
                    case 0: return M11;
                    case 1: return M12;
                    case 2: return M13;
                    case 3: return M21;
                    case 4: return M22;
                    case 5: return M23;
                    case 6: return M31;
                    case 7: return M32;
                    case 8: return M33;
                    default: throw new ArgumentOutOfRangeException(nameof(row));
                }
            }
            set
            {
                switch (row * 3 + column)
                {
                    case 0: M11 = value; break;
                    case 1: M12 = value; break;
                    case 2: M13 = value; break;
                    case 3: M21 = value; break;
                    case 4: M22 = value; break;
                    case 5: M23 = value; break;
                    case 6: M31 = value; break;
                    case 7: M32 = value; break;
                    case 8: M33 = value; break;
                    default: throw new ArgumentOutOfRangeException(nameof(row));
                }
            }
        }

        static Matrix3x3 From(Matrix m) => new Matrix3x3(m.M11, m.M12, m.M13, m.M21, m.M22, m.M23, m.M31, m.M32, m.M33);
        Matrix ToMatrix() => new Matrix(M11, M12, M13, 0, M21, M22, M23, 0, M31, M32, M33, 0, 0, 0, 0, 1);

        public static Matrix3x3 CreateFromAxisAngle(Vector3 axis, float angle) => From(Matrix.CreateFromAxisAngle(axis, angle));
        public static void CreateFromAxisAngle(ref Vector3 axis, float angle, out Matrix3x3 result) => result = CreateFromAxisAngle(axis, angle);
        public static Matrix3x3 CreateFromQuaternion(Quaternion quaternion) => From(Matrix.CreateFromQuaternion(quaternion));
        public static void CreateFromQuaternion(ref Quaternion quaternion, out Matrix3x3 result) => result = CreateFromQuaternion(quaternion);
        public static Matrix3x3 CreateFromYawPitchRoll(float yaw, float pitch, float roll) => From(Matrix.CreateFromYawPitchRoll(yaw, pitch, roll));
        public static void CreateFromYawPitchRoll(float yaw, float pitch, float roll, out Matrix3x3 result) => result = CreateFromYawPitchRoll(yaw, pitch, roll);
        public static Matrix3x3 CreateRotationX(float radians) => From(Matrix.CreateRotationX(radians));
        public static void CreateRotationX(float radians, out Matrix3x3 result) => result = CreateRotationX(radians);
        public static Matrix3x3 CreateRotationY(float radians) => From(Matrix.CreateRotationY(radians));
        public static void CreateRotationY(float radians, out Matrix3x3 result) => result = CreateRotationY(radians);
        public static Matrix3x3 CreateRotationZ(float radians) => From(Matrix.CreateRotationZ(radians));
        public static void CreateRotationZ(float radians, out Matrix3x3 result) => result = CreateRotationZ(radians);
        public static Matrix3x3 CreateScale(float xScale, float yScale, float zScale) => new Matrix3x3(xScale, 0, 0, 0, yScale, 0, 0, 0, zScale);
        public static void CreateScale(float xScale, float yScale, float zScale, out Matrix3x3 result) => result = CreateScale(xScale, yScale, zScale);
        public static Matrix3x3 CreateScale(Vector3 scales) => CreateScale(scales.X, scales.Y, scales.Z);
        public static void CreateScale(ref Vector3 scales, out Matrix3x3 result) => result = CreateScale(scales);
        public static Matrix3x3 CreateScale(float scale) => CreateScale(scale, scale, scale);
        public static void CreateScale(float scale, out Matrix3x3 result) => result = CreateScale(scale);
        public static Matrix3x3 CreateWorld(ref Vector3 forward, ref Vector3 up) => From(Matrix.CreateWorld(Vector3.Zero, forward, up));
        public static Matrix3x3 CreateFromDir(Vector3 dir) => From(Matrix.CreateFromDir(dir));
        public static Matrix3x3 CreateFromDir(Vector3 dir, Vector3 suggestedUp) => From(Matrix.CreateFromDir(dir, suggestedUp));
        public static void CreateRotationFromTwoVectors(ref Vector3 fromVector, ref Vector3 toVector, out Matrix3x3 resultMatrix) =>
            resultMatrix = CreateFromQuaternion(Quaternion.CreateFromTwoVectors(fromVector, toVector));

        public static Matrix3x3 operator -(Matrix3x3 m) => m * -1f;
        public static Matrix3x3 operator +(Matrix3x3 a, Matrix3x3 b) => new Matrix3x3(
            a.M11 + b.M11, a.M12 + b.M12, a.M13 + b.M13, a.M21 + b.M21, a.M22 + b.M22, a.M23 + b.M23, a.M31 + b.M31, a.M32 + b.M32, a.M33 + b.M33);
        public static Matrix3x3 operator -(Matrix3x3 a, Matrix3x3 b) => a + -b;
        public static Matrix3x3 operator *(Matrix3x3 m, float s) => new Matrix3x3(
            m.M11 * s, m.M12 * s, m.M13 * s, m.M21 * s, m.M22 * s, m.M23 * s, m.M31 * s, m.M32 * s, m.M33 * s);
        public static Matrix3x3 operator *(float s, Matrix3x3 m) => m * s;
        public static Matrix3x3 operator *(Matrix3x3 a, Matrix3x3 b) => From(a.ToMatrix() * b.ToMatrix());
        public static Matrix3x3 operator /(Matrix3x3 m, float divider) => m * (1f / divider);
        public static bool operator ==(Matrix3x3 a, Matrix3x3 b) => a.Equals(b);
        public static bool operator !=(Matrix3x3 a, Matrix3x3 b) => !a.Equals(b);

        public static void Add(ref Matrix3x3 matrix1, ref Matrix3x3 matrix2, out Matrix3x3 result) => result = matrix1 + matrix2;
        public static void Subtract(ref Matrix3x3 matrix1, ref Matrix3x3 matrix2, out Matrix3x3 result) => result = matrix1 - matrix2;
        public static void Multiply(ref Matrix3x3 matrix1, ref Matrix3x3 matrix2, out Matrix3x3 result) => result = matrix1 * matrix2;
        public static void Multiply(ref Matrix3x3 matrix1, float scaleFactor, out Matrix3x3 result) => result = matrix1 * scaleFactor;
        public static void Divide(ref Matrix3x3 matrix1, float divider, out Matrix3x3 result) => result = matrix1 / divider;
        public static void Negate(ref Matrix3x3 matrix, out Matrix3x3 result) => result = -matrix;
        public static void Lerp(ref Matrix3x3 matrix1, ref Matrix3x3 matrix2, float amount, out Matrix3x3 result) => result = matrix1 + (matrix2 - matrix1) * amount;
        public static Matrix3x3 Transpose(Matrix3x3 matrix) => new Matrix3x3(
            matrix.M11, matrix.M21, matrix.M31, matrix.M12, matrix.M22, matrix.M32, matrix.M13, matrix.M23, matrix.M33);
        public static void Transpose(ref Matrix3x3 matrix, out Matrix3x3 result) => result = Transpose(matrix);
        public void Transpose() => this = Transpose(this);
        public static void Invert(ref Matrix3x3 matrix, out Matrix3x3 result) => result = From(Matrix.Invert(matrix.ToMatrix()));
        public static Matrix3x3 Normalize(Matrix3x3 matrix)
        {
            matrix.Right = Vector3.Normalize(matrix.Right);
            matrix.Up = Vector3.Normalize(matrix.Up);
            matrix.Backward = Vector3.Normalize(matrix.Backward);
            return matrix;
        }
        public static Matrix3x3 Orthogonalize(Matrix3x3 rotationMatrix) => From(Matrix.Orthogonalize(rotationMatrix.ToMatrix()));
        public static bool GetEulerAnglesXYZ(ref Matrix3x3 mat, out Vector3 xyz)
        {
            var m = mat.ToMatrix();
            return Matrix.GetEulerAnglesXYZ(ref m, out xyz);
        }
        public static Matrix3x3 AlignRotationToAxes(ref Matrix3x3 toAlign, ref Matrix3x3 axisDefinitionMatrix)
        {
            var a = toAlign.ToMatrix();
            var b = axisDefinitionMatrix.ToMatrix();
            return From(Matrix.AlignRotationToAxes(ref a, ref b));
        }

        public float Determinant() =>
            M11 * (M22 * M33 - M23 * M32) - M12 * (M21 * M33 - M23 * M31) + M13 * (M21 * M32 - M22 * M31);
        public Base6Directions.Direction GetClosestDirection(Vector3 referenceVector) => ToMatrix().GetClosestDirection(referenceVector);
        public Vector3 GetDirectionVector(Base6Directions.Direction direction) => ToMatrix().GetDirectionVector(direction);
        public bool IsRotation() => ToMatrix().IsRotation();
        public bool IsOrthogonal() => ToMatrix().IsOrthogonal();

        public bool Equals(Matrix3x3 o) =>
            M11 == o.M11 && M12 == o.M12 && M13 == o.M13 && M21 == o.M21 && M22 == o.M22 && M23 == o.M23 && M31 == o.M31 && M32 == o.M32 && M33 == o.M33;
        public bool EqualsFast(ref Matrix3x3 other, float epsilon = 0.0001f) =>
            Right.Equals(other.Right, epsilon) && Up.Equals(other.Up, epsilon) && Backward.Equals(other.Backward, epsilon);
        public override bool Equals(object obj) => obj is Matrix3x3 m && Equals(m);
        public override int GetHashCode() => Right.GetHashCode() ^ Up.GetHashCode() * 7 ^ Backward.GetHashCode() * 13;

        public override string ToString()
        {
            var c = CultureInfo.CurrentCulture;
            return "{ {M11:" + M11.ToString(c) + " M12:" + M12.ToString(c) + " M13:" + M13.ToString(c) + "} "
                + "{M21:" + M21.ToString(c) + " M22:" + M22.ToString(c) + " M23:" + M23.ToString(c) + "} "
                + "{M31:" + M31.ToString(c) + " M32:" + M32.ToString(c) + " M33:" + M33.ToString(c) + "} }";
        }
    }

    /// <summary>Assorted math helpers of the game (fast sine and cosine, angles between vectors ...).</summary>
    public static class MyMath
    {
        public static Vector3 Vector3One = Vector3.One;

        /// <summary>Sine; the game's is a table lookup, here exact (the difference is within the table's error).</summary>
        public static float FastSin(float angle) => (float)Math.Sin(angle);
        public static float FastCos(float angle) => (float)Math.Cos(angle);
        public static float FastTanH(float x) => (float)Math.Tanh(x);
        public static void InitializeFastSin() { }
        public static float ArcTanAngle(float x, float y) => (float)Math.Atan2(y, x);
        public static float AngleBetween(Vector3 a, Vector3 b)
        {
            float dot = Vector3.Dot(a, b) / (a.Length() * b.Length());
            return (float)Math.Acos(dot > 1 ? 1 : dot < -1 ? -1 : dot);
        }
        /// <summary>Yaw (X) and pitch (Y) of <paramref name="Location"/> seen from <paramref name="From"/>, radians.</summary>
        public static Vector3 AngleTo(Vector3 From, Vector3 Location)
        {
            var d = Location - From;
            return new Vector3((float)Math.Atan2(d.X, -d.Z), (float)Math.Atan2(d.Y, Math.Sqrt(d.X * d.X + d.Z * d.Z)), 0f);
        }
        public static float Clamp(float val, float min, float max) => val < min ? min : val > max ? max : val;
        public static Vector3 Abs(ref Vector3 vector) => Vector3.Abs(vector);
        public static Vector3 MaxComponents(ref Vector3 a, ref Vector3 b) => Vector3.Max(a, b);
        public static float CosineDistance(ref Vector3 a, ref Vector3 b) => Vector3.Dot(a, b) / (a.Length() * b.Length());
        public static double CosineDistance(ref Vector3D a, ref Vector3D b) => Vector3D.Dot(a, b) / (a.Length() * b.Length());
        public static BoundingBox CreateFromInsideRadius(float radius) => new BoundingBox(new Vector3(-radius), new Vector3(radius));
        public static float DistanceSquaredFromLineSegment(Vector3 v, Vector3 w, Vector3 p)
        {
            var segment = w - v;
            float lengthSquared = segment.LengthSquared();
            if (lengthSquared == 0)
                return Vector3.DistanceSquared(p, v);
            float t = Clamp(Vector3.Dot(p - v, segment) / lengthSquared, 0, 1);
            return Vector3.DistanceSquared(p, v + t * segment);
        }
        /// <summary>The part of <paramref name="projectedVector"/> along the unit <paramref name="forwardVector"/>.</summary>
        public static Vector3 ForwardVectorProjection(Vector3 forwardVector, Vector3 projectedVector) => forwardVector * Vector3.Dot(projectedVector, forwardVector);
        public static int Mod(int x, int m) => (x % m + m) % m;
        public static long Mod(long x, int m) => (x % m + m) % m;
        /// <summary>The angle moved into [center - Pi, center + Pi).</summary>
        public static float NormalizeAngle(float angle, float center = 0f)
        {
            float shifted = angle - center + MathHelper.Pi;
            return shifted - (float)Math.Floor(shifted / MathHelper.TwoPi) * MathHelper.TwoPi + center - MathHelper.Pi;
        }
        public static Vector3 QuaternionToEuler(Quaternion Rotation)
        {
            var m = Matrix.CreateFromQuaternion(Rotation);
            Matrix.GetEulerAnglesXYZ(ref m, out var xyz);
            return xyz;
        }
        public static Vector3 VectorFromColor(byte red, byte green, byte blue) => new Vector3(red / 255f, green / 255f, blue / 255f);
        public static Vector4 VectorFromColor(byte red, byte green, byte blue, byte alpha) => new Vector4(red / 255f, green / 255f, blue / 255f, alpha / 255f);
    }
}
