using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>Single-precision 4x4 matrix, the same layout and operations as <see cref="MatrixD"/> (which declares the
    /// implicit conversions between the two).</summary>
    public struct Matrix : IEquatable<Matrix>
    {
        public float M11, M12, M13, M14;
        public float M21, M22, M23, M24;
        public float M31, M32, M33, M34;
        public float M41, M42, M43, M44;

        public static Matrix Identity = new Matrix(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
        public static Matrix Zero = new Matrix(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Matrix(float m11, float m12, float m13, float m14,
                       float m21, float m22, float m23, float m24,
                       float m31, float m32, float m33, float m34,
                       float m41, float m42, float m43, float m44)
        {
            M11 = m11; M12 = m12; M13 = m13; M14 = m14;
            M21 = m21; M22 = m22; M23 = m23; M24 = m24;
            M31 = m31; M32 = m32; M33 = m33; M34 = m34;
            M41 = m41; M42 = m42; M43 = m43; M44 = m44;
        }

        /// <summary>A rotation/scale matrix from its 3x3 part; no translation.</summary>
        public Matrix(float m11, float m12, float m13, float m21, float m22, float m23, float m31, float m32, float m33)
            : this(m11, m12, m13, 0, m21, m22, m23, 0, m31, m32, m33, 0, 0, 0, 0, 1) { }

        public Vector3 Right { get => new Vector3(M11, M12, M13); set { M11 = value.X; M12 = value.Y; M13 = value.Z; } }
        public Vector3 Left { get => -Right; set => Right = -value; }
        public Vector3 Up { get => new Vector3(M21, M22, M23); set { M21 = value.X; M22 = value.Y; M23 = value.Z; } }
        public Vector3 Down { get => -Up; set => Up = -value; }
        public Vector3 Backward { get => new Vector3(M31, M32, M33); set { M31 = value.X; M32 = value.Y; M33 = value.Z; } }
        public Vector3 Forward { get => -Backward; set => Backward = -value; }
        public Vector3 Translation { get => new Vector3(M41, M42, M43); set { M41 = value.X; M42 = value.Y; M43 = value.Z; } }
        public Vector3 Col0 => new Vector3(M11, M21, M31);
        public Vector3 Col1 => new Vector3(M12, M22, M32);
        public Vector3 Col2 => new Vector3(M13, M23, M33);
        /// <summary>Length of each of the first three rows.</summary>
        public Vector3 Scale => new Vector3(Right.Length(), Up.Length(), Backward.Length());

        public float this[int row, int column]
        {
            get => GetRow4(row)[column];
            set
            {
                var r = GetRow4(row);
                r[column] = value;
                SetRow(row, r);
            }
        }

        Vector4Row GetRow4(int row)
        {
            switch (row)
            {
                case 0: return new Vector4Row(M11, M12, M13, M14);
                case 1: return new Vector4Row(M21, M22, M23, M24);
                case 2: return new Vector4Row(M31, M32, M33, M34);
                case 3: return new Vector4Row(M41, M42, M43, M44);
                default: throw new ArgumentOutOfRangeException(nameof(row));
            }
        }

        public Vector4 GetRow(int row)
        {
            var r = GetRow4(row);
            return new Vector4(r.A, r.B, r.C, r.D);
        }

        public void SetRow(int row, Vector4 value) => SetRow(row, new Vector4Row(value.X, value.Y, value.Z, value.W));

        void SetRow(int row, Vector4Row value)
        {
            switch (row)
            {
                case 0: M11 = value.A; M12 = value.B; M13 = value.C; M14 = value.D; break;
                case 1: M21 = value.A; M22 = value.B; M23 = value.C; M24 = value.D; break;
                case 2: M31 = value.A; M32 = value.B; M33 = value.C; M34 = value.D; break;
                case 3: M41 = value.A; M42 = value.B; M43 = value.C; M44 = value.D; break;
                default: throw new ArgumentOutOfRangeException(nameof(row));
            }
        }

        // A row with indexable components, for the [row, column] indexer.
        struct Vector4Row
        {
            public float A, B, C, D;
            public Vector4Row(float a, float b, float c, float d) { A = a; B = b; C = c; D = d; }
            public float this[int i]
            {
                get => i == 0 ? A : i == 1 ? B : i == 2 ? C : i == 3 ? D : throw new ArgumentOutOfRangeException(nameof(i));
                set
                {
                    if (i == 0) A = value; else if (i == 1) B = value; else if (i == 2) C = value; else if (i == 3) D = value;
                    else throw new ArgumentOutOfRangeException(nameof(i));
                }
            }
        }

        // --- directions ------------------------------------------------------------------------------
        public Vector3 GetDirectionVector(Base6Directions.Direction direction)
        {
            switch (direction)
            {
                case Base6Directions.Direction.Forward: return Forward;
                case Base6Directions.Direction.Backward: return Backward;
                case Base6Directions.Direction.Left: return Left;
                case Base6Directions.Direction.Right: return Right;
                case Base6Directions.Direction.Up: return Up;
                case Base6Directions.Direction.Down: return Down;
                default: throw new ArgumentOutOfRangeException(nameof(direction));
            }
        }

        public void SetDirectionVector(Base6Directions.Direction direction, Vector3 newValue)
        {
            switch (direction)
            {
                case Base6Directions.Direction.Forward: Forward = newValue; break;
                case Base6Directions.Direction.Backward: Backward = newValue; break;
                case Base6Directions.Direction.Left: Left = newValue; break;
                case Base6Directions.Direction.Right: Right = newValue; break;
                case Base6Directions.Direction.Up: Up = newValue; break;
                case Base6Directions.Direction.Down: Down = newValue; break;
                default: throw new ArgumentOutOfRangeException(nameof(direction));
            }
        }

        /// <summary>The matrix direction closest to <paramref name="referenceVector"/>.</summary>
        public Base6Directions.Direction GetClosestDirection(Vector3 referenceVector) => GetClosestDirection(ref referenceVector);
        public Base6Directions.Direction GetClosestDirection(ref Vector3 referenceVector)
        {
            float right = Vector3.Dot(referenceVector, Right), up = Vector3.Dot(referenceVector, Up), back = Vector3.Dot(referenceVector, Backward);
            float ar = Math.Abs(right), au = Math.Abs(up), ab = Math.Abs(back);
            if (ar >= au && ar >= ab)
                return right > 0 ? Base6Directions.Direction.Right : Base6Directions.Direction.Left;
            if (au >= ab)
                return up > 0 ? Base6Directions.Direction.Up : Base6Directions.Direction.Down;
            return back > 0 ? Base6Directions.Direction.Backward : Base6Directions.Direction.Forward;
        }

        /// <summary>The rotation part alone (translation removed).</summary>
        public Matrix GetOrientation()
        {
            var m = this;
            m.M41 = 0; m.M42 = 0; m.M43 = 0; m.M44 = 1;
            m.M14 = 0; m.M24 = 0; m.M34 = 0;
            return m;
        }

        public bool HasNoTranslationOrPerspective() => M41 == 0 && M42 == 0 && M43 == 0 && M14 == 0 && M24 == 0 && M34 == 0 && M44 == 1;
        public bool IsNan() => float.IsNaN(M11 + M12 + M13 + M14 + M21 + M22 + M23 + M24 + M31 + M32 + M33 + M34 + M41 + M42 + M43 + M44);
        public bool IsValid() => !IsNan() && !float.IsInfinity(M11 + M12 + M13 + M14 + M21 + M22 + M23 + M24 + M31 + M32 + M33 + M34 + M41 + M42 + M43 + M44);
        public void AssertIsValid(string message = null) { }
        public bool IsMirrored() => Determinant() < 0;
        public bool IsOrthogonal() => IsOrthogonal(1E-4f);
        public bool IsOrthogonal(float epsilon) =>
            Math.Abs(Right.LengthSquared() - 1) < epsilon && Math.Abs(Up.LengthSquared() - 1) < epsilon && Math.Abs(Backward.LengthSquared() - 1) < epsilon
            && Math.Abs(Vector3.Dot(Right, Up)) < epsilon && Math.Abs(Vector3.Dot(Right, Backward)) < epsilon && Math.Abs(Vector3.Dot(Up, Backward)) < epsilon;
        public bool IsRotation() => IsOrthogonal() && Determinant() > 0 && HasNoTranslationOrPerspective();

        /// <summary>Re-orthonormalizes the rotation rows in place (Forward kept, Up adjusted).</summary>
        public void Orthogonalize()
        {
            var forward = Vector3.Normalize(Forward);
            var right = Vector3.Normalize(Vector3.Cross(forward, Up));
            var up = Vector3.Cross(right, forward);
            Right = right * Right.Length();
            Up = up * Up.Length();
            Forward = forward * Forward.Length();
        }

        public static Matrix Orthogonalize(Matrix rotationMatrix)
        {
            rotationMatrix.Orthogonalize();
            return rotationMatrix;
        }

        /// <summary>Normalizes the three direction rows.</summary>
        public static Matrix Normalize(Matrix matrix)
        {
            matrix.Right = Vector3.Normalize(matrix.Right);
            matrix.Up = Vector3.Normalize(matrix.Up);
            matrix.Backward = Vector3.Normalize(matrix.Backward);
            return matrix;
        }

        public float Determinant()
        {
            float a = M33 * M44 - M34 * M43, b = M32 * M44 - M34 * M42, c = M32 * M43 - M33 * M42;
            float d = M31 * M44 - M34 * M41, e = M31 * M43 - M33 * M41, f = M31 * M42 - M32 * M41;
            return M11 * (M22 * a - M23 * b + M24 * c) - M12 * (M21 * a - M23 * d + M24 * e)
                 + M13 * (M21 * b - M22 * d + M24 * f) - M14 * (M21 * c - M22 * e + M23 * f);
        }

        /// <summary>Euler angles (radians about X, Y, Z) of a rotation matrix; false at gimbal lock.</summary>
        public static bool GetEulerAnglesXYZ(ref Matrix mat, out Vector3 xyz)
        {
            float x, y, z;
            float sy = mat.M13;
            if (sy < 1)
            {
                if (sy > -1)
                {
                    x = -(float)Math.Atan2(mat.M23, mat.M33);
                    y = (float)Math.Asin(sy);
                    z = -(float)Math.Atan2(mat.M12, mat.M11);
                    xyz = new Vector3(x, y, z);
                    return true;
                }
                x = -(float)Math.Atan2(-mat.M21, mat.M22);
                y = -MathHelper.PiOver2;
            }
            else
            {
                x = (float)Math.Atan2(mat.M21, mat.M22);
                y = MathHelper.PiOver2;
            }
            xyz = new Vector3(x, y, 0);
            return false;
        }

        // --- construction ----------------------------------------------------------------------------
        public static Matrix CreateTranslation(Vector3 position) => CreateTranslation(position.X, position.Y, position.Z);
        public static void CreateTranslation(ref Vector3 position, out Matrix result) => result = CreateTranslation(position);
        public static Matrix CreateTranslation(float xPosition, float yPosition, float zPosition)
        {
            var m = Identity;
            m.M41 = xPosition; m.M42 = yPosition; m.M43 = zPosition;
            return m;
        }
        public static void CreateTranslation(float xPosition, float yPosition, float zPosition, out Matrix result) =>
            result = CreateTranslation(xPosition, yPosition, zPosition);

        public static Matrix CreateScale(float xScale, float yScale, float zScale) => new Matrix(xScale, 0, 0, 0, yScale, 0, 0, 0, zScale);
        public static void CreateScale(float xScale, float yScale, float zScale, out Matrix result) => result = CreateScale(xScale, yScale, zScale);
        public static Matrix CreateScale(Vector3 scales) => CreateScale(scales.X, scales.Y, scales.Z);
        public static void CreateScale(ref Vector3 scales, out Matrix result) => result = CreateScale(scales);
        public static Matrix CreateScale(float scale) => CreateScale(scale, scale, scale);
        public static void CreateScale(float scale, out Matrix result) => result = CreateScale(scale);

        public static Matrix CreateRotationX(float radians)
        {
            float c = (float)Math.Cos(radians), s = (float)Math.Sin(radians);
            return new Matrix(1, 0, 0, 0, c, s, 0, -s, c);
        }
        public static void CreateRotationX(float radians, out Matrix result) => result = CreateRotationX(radians);
        public static Matrix CreateRotationY(float radians)
        {
            float c = (float)Math.Cos(radians), s = (float)Math.Sin(radians);
            return new Matrix(c, 0, -s, 0, 1, 0, s, 0, c);
        }
        public static void CreateRotationY(float radians, out Matrix result) => result = CreateRotationY(radians);
        public static Matrix CreateRotationZ(float radians)
        {
            float c = (float)Math.Cos(radians), s = (float)Math.Sin(radians);
            return new Matrix(c, s, 0, -s, c, 0, 0, 0, 1);
        }
        public static void CreateRotationZ(float radians, out Matrix result) => result = CreateRotationZ(radians);

        /// <summary>Rotation about a unit axis by an angle in radians (right-handed).</summary>
        public static Matrix CreateFromAxisAngle(Vector3 axis, float angle)
        {
            float x = axis.X, y = axis.Y, z = axis.Z, s = (float)Math.Sin(angle), c = (float)Math.Cos(angle);
            float xx = x * x, yy = y * y, zz = z * z, xy = x * y, xz = x * z, yz = y * z;
            return new Matrix(
                xx + c * (1 - xx), xy - c * xy + s * z, xz - c * xz - s * y,
                xy - c * xy - s * z, yy + c * (1 - yy), yz - c * yz + s * x,
                xz - c * xz + s * y, yz - c * yz - s * x, zz + c * (1 - zz));
        }
        public static void CreateFromAxisAngle(ref Vector3 axis, float angle, out Matrix result) => result = CreateFromAxisAngle(axis, angle);

        public static Matrix CreateFromQuaternion(Quaternion quaternion)
        {
            float xx = quaternion.X * quaternion.X, yy = quaternion.Y * quaternion.Y, zz = quaternion.Z * quaternion.Z;
            float xy = quaternion.X * quaternion.Y, zw = quaternion.Z * quaternion.W, zx = quaternion.Z * quaternion.X;
            float yw = quaternion.Y * quaternion.W, yz = quaternion.Y * quaternion.Z, xw = quaternion.X * quaternion.W;
            return new Matrix(
                1 - 2 * (yy + zz), 2 * (xy + zw), 2 * (zx - yw),
                2 * (xy - zw), 1 - 2 * (zz + xx), 2 * (yz + xw),
                2 * (zx + yw), 2 * (yz - xw), 1 - 2 * (yy + xx));
        }

        public static Matrix CreateFromYawPitchRoll(float yaw, float pitch, float roll) =>
            CreateFromQuaternion(Quaternion.CreateFromYawPitchRoll(yaw, pitch, roll));
        public static void CreateFromYawPitchRoll(float yaw, float pitch, float roll, out Matrix result) =>
            result = CreateFromYawPitchRoll(yaw, pitch, roll);

        public static Matrix CreateFromTransformScale(Quaternion orientation, Vector3 position, Vector3 scale)
        {
            var m = CreateFromQuaternion(orientation);
            m.Right *= scale.X; m.Up *= scale.Y; m.Backward *= scale.Z;
            m.Translation = position;
            return m;
        }

        /// <summary>A world matrix at <paramref name="position"/> facing <paramref name="forward"/> with <paramref name="up"/> up.</summary>
        public static Matrix CreateWorld(Vector3 position, Vector3 forward, Vector3 up)
        {
            var back = Vector3.Normalize(-forward);
            var right = Vector3.Normalize(Vector3.Cross(up, back));
            var m = Identity;
            m.Right = right; m.Up = Vector3.Cross(back, right); m.Backward = back; m.Translation = position;
            return m;
        }
        public static Matrix CreateWorld(Vector3 position) => CreateTranslation(position);
        public static void CreateWorld(ref Vector3 position, ref Vector3 forward, ref Vector3 up, out Matrix result) => result = CreateWorld(position, forward, up);

        /// <summary>An orientation whose Forward is <paramref name="dir"/> (normalized); Up is chosen perpendicular.</summary>
        public static Matrix CreateFromDir(Vector3 dir) => CreateFromDir(dir, Vector3.CalculatePerpendicularVector(Vector3.Normalize(dir)));
        public static Matrix CreateFromDir(Vector3 dir, Vector3 suggestedUp) => CreateWorld(Vector3.Zero, dir, suggestedUp);

        /// <summary>A view matrix: world to camera space, the camera looking from its position to the target.</summary>
        public static Matrix CreateLookAt(Vector3 cameraPosition, Vector3 cameraTarget, Vector3 cameraUpVector)
        {
            var z = Vector3.Normalize(cameraPosition - cameraTarget);
            var x = Vector3.Normalize(Vector3.Cross(cameraUpVector, z));
            var y = Vector3.Cross(z, x);
            return new Matrix(
                x.X, y.X, z.X, 0,
                x.Y, y.Y, z.Y, 0,
                x.Z, y.Z, z.Z, 0,
                -Vector3.Dot(x, cameraPosition), -Vector3.Dot(y, cameraPosition), -Vector3.Dot(z, cameraPosition), 1);
        }
        public static void CreateLookAt(ref Vector3 cameraPosition, ref Vector3 cameraTarget, ref Vector3 cameraUpVector, out Matrix result) =>
            result = CreateLookAt(cameraPosition, cameraTarget, cameraUpVector);
        public static Matrix CreateLookAtInverse(Vector3 cameraPosition, Vector3 cameraTarget, Vector3 cameraUpVector) =>
            Invert(CreateLookAt(cameraPosition, cameraTarget, cameraUpVector));

        public static Matrix CreatePerspectiveFieldOfView(float fieldOfView, float aspectRatio, float nearPlaneDistance, float farPlaneDistance)
        {
            float yScale = 1f / (float)Math.Tan(fieldOfView * 0.5f), xScale = yScale / aspectRatio;
            float depth = nearPlaneDistance - farPlaneDistance;
            return new Matrix(
                xScale, 0, 0, 0,
                0, yScale, 0, 0,
                0, 0, farPlaneDistance / depth, -1,
                0, 0, nearPlaneDistance * farPlaneDistance / depth, 0);
        }
        public static void CreatePerspectiveFieldOfView(float fieldOfView, float aspectRatio, float nearPlaneDistance, float farPlaneDistance, out Matrix result) =>
            result = CreatePerspectiveFieldOfView(fieldOfView, aspectRatio, nearPlaneDistance, farPlaneDistance);
        public static Matrix CreatePerspective(float width, float height, float nearPlaneDistance, float farPlaneDistance)
        {
            float depth = nearPlaneDistance - farPlaneDistance;
            return new Matrix(
                2 * nearPlaneDistance / width, 0, 0, 0,
                0, 2 * nearPlaneDistance / height, 0, 0,
                0, 0, farPlaneDistance / depth, -1,
                0, 0, nearPlaneDistance * farPlaneDistance / depth, 0);
        }
        public static void CreatePerspective(float width, float height, float nearPlaneDistance, float farPlaneDistance, out Matrix result) =>
            result = CreatePerspective(width, height, nearPlaneDistance, farPlaneDistance);
        public static Matrix CreateOrthographic(float width, float height, float zNearPlane, float zFarPlane) =>
            new Matrix(2 / width, 0, 0, 0, 0, 2 / height, 0, 0, 0, 0, 1 / (zNearPlane - zFarPlane), 0, 0, 0, zNearPlane / (zNearPlane - zFarPlane), 1);
        public static void CreateOrthographic(float width, float height, float zNearPlane, float zFarPlane, out Matrix result) =>
            result = CreateOrthographic(width, height, zNearPlane, zFarPlane);

        // --- arithmetic ------------------------------------------------------------------------------
        public static Matrix operator -(Matrix m) => m * -1f;
        public static Matrix operator +(Matrix a, Matrix b) => Combine(a, b, 1);
        public static Matrix operator -(Matrix a, Matrix b) => Combine(a, b, -1);
        static Matrix Combine(Matrix a, Matrix b, float sign) => new Matrix(
            a.M11 + sign * b.M11, a.M12 + sign * b.M12, a.M13 + sign * b.M13, a.M14 + sign * b.M14,
            a.M21 + sign * b.M21, a.M22 + sign * b.M22, a.M23 + sign * b.M23, a.M24 + sign * b.M24,
            a.M31 + sign * b.M31, a.M32 + sign * b.M32, a.M33 + sign * b.M33, a.M34 + sign * b.M34,
            a.M41 + sign * b.M41, a.M42 + sign * b.M42, a.M43 + sign * b.M43, a.M44 + sign * b.M44);
        public static Matrix operator *(Matrix m, float s) => new Matrix(
            m.M11 * s, m.M12 * s, m.M13 * s, m.M14 * s, m.M21 * s, m.M22 * s, m.M23 * s, m.M24 * s,
            m.M31 * s, m.M32 * s, m.M33 * s, m.M34 * s, m.M41 * s, m.M42 * s, m.M43 * s, m.M44 * s);
        public static Matrix operator *(float s, Matrix m) => m * s;
        public static Matrix operator /(Matrix m, float divider) => m * (1f / divider);
        public static Matrix operator /(Matrix a, Matrix b) => new Matrix(
            a.M11 / b.M11, a.M12 / b.M12, a.M13 / b.M13, a.M14 / b.M14, a.M21 / b.M21, a.M22 / b.M22, a.M23 / b.M23, a.M24 / b.M24,
            a.M31 / b.M31, a.M32 / b.M32, a.M33 / b.M33, a.M34 / b.M34, a.M41 / b.M41, a.M42 / b.M42, a.M43 / b.M43, a.M44 / b.M44);
        public static Matrix operator *(Matrix a, Matrix b) => new Matrix(
            a.M11 * b.M11 + a.M12 * b.M21 + a.M13 * b.M31 + a.M14 * b.M41,
            a.M11 * b.M12 + a.M12 * b.M22 + a.M13 * b.M32 + a.M14 * b.M42,
            a.M11 * b.M13 + a.M12 * b.M23 + a.M13 * b.M33 + a.M14 * b.M43,
            a.M11 * b.M14 + a.M12 * b.M24 + a.M13 * b.M34 + a.M14 * b.M44,
            a.M21 * b.M11 + a.M22 * b.M21 + a.M23 * b.M31 + a.M24 * b.M41,
            a.M21 * b.M12 + a.M22 * b.M22 + a.M23 * b.M32 + a.M24 * b.M42,
            a.M21 * b.M13 + a.M22 * b.M23 + a.M23 * b.M33 + a.M24 * b.M43,
            a.M21 * b.M14 + a.M22 * b.M24 + a.M23 * b.M34 + a.M24 * b.M44,
            a.M31 * b.M11 + a.M32 * b.M21 + a.M33 * b.M31 + a.M34 * b.M41,
            a.M31 * b.M12 + a.M32 * b.M22 + a.M33 * b.M32 + a.M34 * b.M42,
            a.M31 * b.M13 + a.M32 * b.M23 + a.M33 * b.M33 + a.M34 * b.M43,
            a.M31 * b.M14 + a.M32 * b.M24 + a.M33 * b.M34 + a.M34 * b.M44,
            a.M41 * b.M11 + a.M42 * b.M21 + a.M43 * b.M31 + a.M44 * b.M41,
            a.M41 * b.M12 + a.M42 * b.M22 + a.M43 * b.M32 + a.M44 * b.M42,
            a.M41 * b.M13 + a.M42 * b.M23 + a.M43 * b.M33 + a.M44 * b.M43,
            a.M41 * b.M14 + a.M42 * b.M24 + a.M43 * b.M34 + a.M44 * b.M44);
        public static bool operator ==(Matrix a, Matrix b) => a.Equals(b);
        public static bool operator !=(Matrix a, Matrix b) => !a.Equals(b);

        public static Matrix Add(Matrix matrix1, Matrix matrix2) => matrix1 + matrix2;
        public static void Add(ref Matrix matrix1, ref Matrix matrix2, out Matrix result) => result = matrix1 + matrix2;
        public static void Subtract(ref Matrix matrix1, ref Matrix matrix2, out Matrix result) => result = matrix1 - matrix2;
        public static Matrix Multiply(Matrix matrix1, Matrix matrix2) => matrix1 * matrix2;
        public static void Multiply(ref Matrix matrix1, ref Matrix matrix2, out Matrix result) => result = matrix1 * matrix2;
        public static Matrix Multiply(Matrix matrix1, float scaleFactor) => matrix1 * scaleFactor;
        public static void Multiply(ref Matrix matrix1, float scaleFactor, out Matrix result) => result = matrix1 * scaleFactor;
        public static Matrix Divide(Matrix matrix1, Matrix matrix2) => matrix1 / matrix2;
        public static void Divide(ref Matrix matrix1, ref Matrix matrix2, out Matrix result) => result = matrix1 / matrix2;
        public static Matrix Divide(Matrix matrix1, float divider) => matrix1 / divider;
        public static void Divide(ref Matrix matrix1, float divider, out Matrix result) => result = matrix1 / divider;
        public static Matrix Negate(Matrix matrix) => -matrix;
        public static void Negate(ref Matrix matrix, out Matrix result) => result = -matrix;
        public static Matrix Lerp(Matrix matrix1, Matrix matrix2, float amount) => matrix1 + (matrix2 - matrix1) * amount;
        public static void Lerp(ref Matrix matrix1, ref Matrix matrix2, float amount, out Matrix result) => result = Lerp(matrix1, matrix2, amount);

        /// <summary>Interpolates orientation (quaternion slerp) and translation (linear).</summary>
        public static Matrix Slerp(Matrix matrix1, Matrix matrix2, float amount)
        {
            var rotation = Quaternion.Slerp(Quaternion.CreateFromRotationMatrix(matrix1), Quaternion.CreateFromRotationMatrix(matrix2), amount);
            var result = CreateFromQuaternion(rotation);
            result.Translation = Vector3.Lerp(matrix1.Translation, matrix2.Translation, amount);
            return result;
        }
        public static void Slerp(ref Matrix matrix1, ref Matrix matrix2, float amount, out Matrix result) => result = Slerp(matrix1, matrix2, amount);

        public static Matrix Transpose(Matrix m) => new Matrix(
            m.M11, m.M21, m.M31, m.M41,
            m.M12, m.M22, m.M32, m.M42,
            m.M13, m.M23, m.M33, m.M43,
            m.M14, m.M24, m.M34, m.M44);
        public static void Transpose(ref Matrix matrix, out Matrix result) => result = Transpose(matrix);

        /// <summary>The general inverse (cofactors over the determinant).</summary>
        public static Matrix Invert(Matrix m)
        {
            float s0 = m.M11 * m.M22 - m.M21 * m.M12, s1 = m.M11 * m.M23 - m.M21 * m.M13, s2 = m.M11 * m.M24 - m.M21 * m.M14;
            float s3 = m.M12 * m.M23 - m.M22 * m.M13, s4 = m.M12 * m.M24 - m.M22 * m.M14, s5 = m.M13 * m.M24 - m.M23 * m.M14;
            float c5 = m.M33 * m.M44 - m.M43 * m.M34, c4 = m.M32 * m.M44 - m.M42 * m.M34, c3 = m.M32 * m.M43 - m.M42 * m.M33;
            float c2 = m.M31 * m.M44 - m.M41 * m.M34, c1 = m.M31 * m.M43 - m.M41 * m.M33, c0 = m.M31 * m.M42 - m.M41 * m.M32;
            float inv = 1f / (s0 * c5 - s1 * c4 + s2 * c3 + s3 * c2 - s4 * c1 + s5 * c0);
            return new Matrix(
                (m.M22 * c5 - m.M23 * c4 + m.M24 * c3) * inv,
                (-m.M12 * c5 + m.M13 * c4 - m.M14 * c3) * inv,
                (m.M42 * s5 - m.M43 * s4 + m.M44 * s3) * inv,
                (-m.M32 * s5 + m.M33 * s4 - m.M34 * s3) * inv,
                (-m.M21 * c5 + m.M23 * c2 - m.M24 * c1) * inv,
                (m.M11 * c5 - m.M13 * c2 + m.M14 * c1) * inv,
                (-m.M41 * s5 + m.M43 * s2 - m.M44 * s1) * inv,
                (m.M31 * s5 - m.M33 * s2 + m.M34 * s1) * inv,
                (m.M21 * c4 - m.M22 * c2 + m.M24 * c0) * inv,
                (-m.M11 * c4 + m.M12 * c2 - m.M14 * c0) * inv,
                (m.M41 * s4 - m.M42 * s2 + m.M44 * s0) * inv,
                (-m.M31 * s4 + m.M32 * s2 - m.M34 * s0) * inv,
                (-m.M21 * c3 + m.M22 * c1 - m.M23 * c0) * inv,
                (m.M11 * c3 - m.M12 * c1 + m.M13 * c0) * inv,
                (-m.M41 * s3 + m.M42 * s1 - m.M43 * s0) * inv,
                (m.M31 * s3 - m.M32 * s1 + m.M33 * s0) * inv);
        }
        public static Matrix Invert(ref Matrix matrix) => Invert(matrix);
        public static void Invert(ref Matrix matrix, out Matrix result) => result = Invert(matrix);

        /// <summary>Rotates the matrix by a quaternion (M x R).</summary>
        public static Matrix Transform(Matrix value, Quaternion rotation) => value * CreateFromQuaternion(rotation);
        public static void Transform(ref Matrix value, ref Quaternion rotation, out Matrix result) => result = Transform(value, rotation);

        /// <summary>Scales the three direction rows.</summary>
        public static Matrix Rescale(Matrix matrix, float scale)
        {
            Rescale(ref matrix, scale);
            return matrix;
        }
        public static Matrix Rescale(Matrix matrix, Vector3 scale)
        {
            Rescale(ref matrix, ref scale);
            return matrix;
        }
        public static void Rescale(ref Matrix matrix, float scale)
        {
            matrix.Right *= scale; matrix.Up *= scale; matrix.Backward *= scale;
        }
        public static void Rescale(ref Matrix matrix, ref Vector3 scale)
        {
            matrix.Right *= scale.X; matrix.Up *= scale.Y; matrix.Backward *= scale.Z;
        }

        /// <summary>Snaps each direction of <paramref name="toAlign"/> to the closest direction of the axis matrix.</summary>
        public static Matrix AlignRotationToAxes(ref Matrix toAlign, ref Matrix axisDefinitionMatrix)
        {
            var result = Identity;
            var forward = toAlign.Forward;
            var up = toAlign.Up;
            result.Forward = axisDefinitionMatrix.GetDirectionVector(axisDefinitionMatrix.GetClosestDirection(ref forward));
            result.Up = axisDefinitionMatrix.GetDirectionVector(axisDefinitionMatrix.GetClosestDirection(ref up));
            result.Right = Vector3.Cross(result.Forward, result.Up);
            return result;
        }

        public static Matrix SwapYZCoordinates(Matrix m)
        {
            var result = m;
            result.Right = Vector3.SwapYZCoordinates(m.Right);
            result.Up = Vector3.SwapYZCoordinates(m.Backward);
            result.Backward = Vector3.SwapYZCoordinates(-m.Up);
            result.Translation = Vector3.SwapYZCoordinates(m.Translation);
            return result;
        }


        public bool Equals(Matrix o) =>
            M11 == o.M11 && M12 == o.M12 && M13 == o.M13 && M14 == o.M14 &&
            M21 == o.M21 && M22 == o.M22 && M23 == o.M23 && M24 == o.M24 &&
            M31 == o.M31 && M32 == o.M32 && M33 == o.M33 && M34 == o.M34 &&
            M41 == o.M41 && M42 == o.M42 && M43 == o.M43 && M44 == o.M44;
        public bool EqualsFast(ref Matrix other, float epsilon = 1E-4f) =>
            Right.Equals(other.Right, epsilon) && Up.Equals(other.Up, epsilon) && Backward.Equals(other.Backward, epsilon) && Translation.Equals(other.Translation, epsilon);
        public override bool Equals(object obj) => obj is Matrix m && Equals(m);
        public override int GetHashCode() => Right.GetHashCode() ^ Up.GetHashCode() * 7 ^ Backward.GetHashCode() * 13 ^ Translation.GetHashCode() * 31;

        public override string ToString()
        {
            var c = CultureInfo.CurrentCulture;
            return "{ {M11:" + M11.ToString(c) + " M12:" + M12.ToString(c) + " M13:" + M13.ToString(c) + " M14:" + M14.ToString(c) + "} "
                + "{M21:" + M21.ToString(c) + " M22:" + M22.ToString(c) + " M23:" + M23.ToString(c) + " M24:" + M24.ToString(c) + "} "
                + "{M31:" + M31.ToString(c) + " M32:" + M32.ToString(c) + " M33:" + M33.ToString(c) + " M34:" + M34.ToString(c) + "} "
                + "{M41:" + M41.ToString(c) + " M42:" + M42.ToString(c) + " M43:" + M43.ToString(c) + " M44:" + M44.ToString(c) + "} }";
        }
    }
}
