using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>
    /// Row-major 4x4 double matrix, as the game uses for world matrices: rows 1-3 are Right, Up and Backward
    /// (Forward = -row 3), row 4 is Translation; points transform as row vectors (v x M).
    /// </summary>
    public struct MatrixD : IEquatable<MatrixD>
    {
        public double M11, M12, M13, M14;
        public double M21, M22, M23, M24;
        public double M31, M32, M33, M34;
        public double M41, M42, M43, M44;

        public static MatrixD Identity = new MatrixD(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
        public static MatrixD Zero = new MatrixD(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public MatrixD(double m11, double m12, double m13, double m14,
                       double m21, double m22, double m23, double m24,
                       double m31, double m32, double m33, double m34,
                       double m41, double m42, double m43, double m44)
        {
            M11 = m11; M12 = m12; M13 = m13; M14 = m14;
            M21 = m21; M22 = m22; M23 = m23; M24 = m24;
            M31 = m31; M32 = m32; M33 = m33; M34 = m34;
            M41 = m41; M42 = m42; M43 = m43; M44 = m44;
        }

        /// <summary>A rotation/scale matrix from its 3x3 part; no translation.</summary>
        public MatrixD(double m11, double m12, double m13, double m21, double m22, double m23, double m31, double m32, double m33)
            : this(m11, m12, m13, 0, m21, m22, m23, 0, m31, m32, m33, 0, 0, 0, 0, 1) { }

        public MatrixD(Matrix m)
            : this(m.M11, m.M12, m.M13, m.M14, m.M21, m.M22, m.M23, m.M24, m.M31, m.M32, m.M33, m.M34, m.M41, m.M42, m.M43, m.M44) { }

        public Vector3D Right { get => new Vector3D(M11, M12, M13); set { M11 = value.X; M12 = value.Y; M13 = value.Z; } }
        public Vector3D Left { get => -Right; set => Right = -value; }
        public Vector3D Up { get => new Vector3D(M21, M22, M23); set { M21 = value.X; M22 = value.Y; M23 = value.Z; } }
        public Vector3D Down { get => -Up; set => Up = -value; }
        public Vector3D Backward { get => new Vector3D(M31, M32, M33); set { M31 = value.X; M32 = value.Y; M33 = value.Z; } }
        public Vector3D Forward { get => -Backward; set => Backward = -value; }
        public Vector3D Translation { get => new Vector3D(M41, M42, M43); set { M41 = value.X; M42 = value.Y; M43 = value.Z; } }
        public Vector3D Col0 => new Vector3D(M11, M21, M31);
        public Vector3D Col1 => new Vector3D(M12, M22, M32);
        public Vector3D Col2 => new Vector3D(M13, M23, M33);
        /// <summary>Length of each of the first three rows.</summary>
        public Vector3D Scale => new Vector3D(Right.Length(), Up.Length(), Backward.Length());

        public double this[int row, int column]
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

        public Vector4D GetRow(int row)
        {
            var r = GetRow4(row);
            return new Vector4D(r.A, r.B, r.C, r.D);
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
            public double A, B, C, D;
            public Vector4Row(double a, double b, double c, double d) { A = a; B = b; C = c; D = d; }
            public double this[int i]
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
        public Vector3D GetDirectionVector(Base6Directions.Direction direction)
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

        public void SetDirectionVector(Base6Directions.Direction direction, Vector3D newValue)
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
        public Base6Directions.Direction GetClosestDirection(Vector3D referenceVector) => GetClosestDirection(ref referenceVector);
        public Base6Directions.Direction GetClosestDirection(ref Vector3D referenceVector)
        {
            double right = Vector3D.Dot(referenceVector, Right), up = Vector3D.Dot(referenceVector, Up), back = Vector3D.Dot(referenceVector, Backward);
            double ar = Math.Abs(right), au = Math.Abs(up), ab = Math.Abs(back);
            if (ar >= au && ar >= ab)
                return right > 0 ? Base6Directions.Direction.Right : Base6Directions.Direction.Left;
            if (au >= ab)
                return up > 0 ? Base6Directions.Direction.Up : Base6Directions.Direction.Down;
            return back > 0 ? Base6Directions.Direction.Backward : Base6Directions.Direction.Forward;
        }

        /// <summary>The rotation part alone (translation removed).</summary>
        public MatrixD GetOrientation()
        {
            var m = this;
            m.M41 = 0; m.M42 = 0; m.M43 = 0; m.M44 = 1;
            m.M14 = 0; m.M24 = 0; m.M34 = 0;
            return m;
        }

        public bool HasNoTranslationOrPerspective() => M41 == 0 && M42 == 0 && M43 == 0 && M14 == 0 && M24 == 0 && M34 == 0 && M44 == 1;
        public bool IsNan() => double.IsNaN(M11 + M12 + M13 + M14 + M21 + M22 + M23 + M24 + M31 + M32 + M33 + M34 + M41 + M42 + M43 + M44);
        public bool IsValid() => !IsNan() && !double.IsInfinity(M11 + M12 + M13 + M14 + M21 + M22 + M23 + M24 + M31 + M32 + M33 + M34 + M41 + M42 + M43 + M44);
        public void AssertIsValid(string message = null) { }
        public bool IsMirrored() => Determinant() < 0;
        public bool IsOrthogonal() => IsOrthogonal(1E-4);
        public bool IsOrthogonal(double epsilon) =>
            Math.Abs(Right.LengthSquared() - 1) < epsilon && Math.Abs(Up.LengthSquared() - 1) < epsilon && Math.Abs(Backward.LengthSquared() - 1) < epsilon
            && Math.Abs(Vector3D.Dot(Right, Up)) < epsilon && Math.Abs(Vector3D.Dot(Right, Backward)) < epsilon && Math.Abs(Vector3D.Dot(Up, Backward)) < epsilon;
        public bool IsRotation() => IsOrthogonal() && Determinant() > 0 && HasNoTranslationOrPerspective();

        /// <summary>Re-orthonormalizes the rotation rows in place (Forward kept, Up adjusted).</summary>
        public void Orthogonalize()
        {
            var forward = Vector3D.Normalize(Forward);
            var right = Vector3D.Normalize(Vector3D.Cross(forward, Up));
            var up = Vector3D.Cross(right, forward);
            Right = right * Right.Length();
            Up = up * Up.Length();
            Forward = forward * Forward.Length();
        }

        public static MatrixD Orthogonalize(MatrixD rotationMatrix)
        {
            rotationMatrix.Orthogonalize();
            return rotationMatrix;
        }

        /// <summary>Normalizes the three direction rows.</summary>
        public static MatrixD Normalize(MatrixD matrix)
        {
            matrix.Right = Vector3D.Normalize(matrix.Right);
            matrix.Up = Vector3D.Normalize(matrix.Up);
            matrix.Backward = Vector3D.Normalize(matrix.Backward);
            return matrix;
        }

        public double Determinant()
        {
            double a = M33 * M44 - M34 * M43, b = M32 * M44 - M34 * M42, c = M32 * M43 - M33 * M42;
            double d = M31 * M44 - M34 * M41, e = M31 * M43 - M33 * M41, f = M31 * M42 - M32 * M41;
            return M11 * (M22 * a - M23 * b + M24 * c) - M12 * (M21 * a - M23 * d + M24 * e)
                 + M13 * (M21 * b - M22 * d + M24 * f) - M14 * (M21 * c - M22 * e + M23 * f);
        }

        /// <summary>Euler angles (radians about X, Y, Z) of a rotation matrix; false at gimbal lock.</summary>
        public static bool GetEulerAnglesXYZ(ref MatrixD mat, out Vector3D xyz)
        {
            double x, y, z;
            double sy = mat.M13;
            if (sy < 1)
            {
                if (sy > -1)
                {
                    x = -Math.Atan2(mat.M23, mat.M33);
                    y = Math.Asin(sy);
                    z = -Math.Atan2(mat.M12, mat.M11);
                    xyz = new Vector3D(x, y, z);
                    return true;
                }
                x = -Math.Atan2(-mat.M21, mat.M22);
                y = -Math.PI / 2;
            }
            else
            {
                x = Math.Atan2(mat.M21, mat.M22);
                y = Math.PI / 2;
            }
            xyz = new Vector3D(x, y, 0);
            return false;
        }

        // --- construction ----------------------------------------------------------------------------
        public static MatrixD CreateTranslation(Vector3D position) => CreateTranslation(position.X, position.Y, position.Z);
        public static MatrixD CreateTranslation(Vector3 position) => CreateTranslation(position.X, position.Y, position.Z);
        public static void CreateTranslation(ref Vector3D position, out MatrixD result) => result = CreateTranslation(position);
        public static MatrixD CreateTranslation(double xPosition, double yPosition, double zPosition)
        {
            var m = Identity;
            m.M41 = xPosition; m.M42 = yPosition; m.M43 = zPosition;
            return m;
        }
        public static void CreateTranslation(double xPosition, double yPosition, double zPosition, out MatrixD result) =>
            result = CreateTranslation(xPosition, yPosition, zPosition);

        public static MatrixD CreateScale(double xScale, double yScale, double zScale) => new MatrixD(xScale, 0, 0, 0, yScale, 0, 0, 0, zScale);
        public static void CreateScale(double xScale, double yScale, double zScale, out MatrixD result) => result = CreateScale(xScale, yScale, zScale);
        public static MatrixD CreateScale(Vector3D scales) => CreateScale(scales.X, scales.Y, scales.Z);
        public static void CreateScale(ref Vector3D scales, out MatrixD result) => result = CreateScale(scales);
        public static MatrixD CreateScale(double scale) => CreateScale(scale, scale, scale);
        public static void CreateScale(double scale, out MatrixD result) => result = CreateScale(scale);

        public static MatrixD CreateRotationX(double radians)
        {
            double c = Math.Cos(radians), s = Math.Sin(radians);
            return new MatrixD(1, 0, 0, 0, c, s, 0, -s, c);
        }
        public static void CreateRotationX(double radians, out MatrixD result) => result = CreateRotationX(radians);
        public static MatrixD CreateRotationY(double radians)
        {
            double c = Math.Cos(radians), s = Math.Sin(radians);
            return new MatrixD(c, 0, -s, 0, 1, 0, s, 0, c);
        }
        public static void CreateRotationY(double radians, out MatrixD result) => result = CreateRotationY(radians);
        public static MatrixD CreateRotationZ(double radians)
        {
            double c = Math.Cos(radians), s = Math.Sin(radians);
            return new MatrixD(c, s, 0, -s, c, 0, 0, 0, 1);
        }
        public static void CreateRotationZ(double radians, out MatrixD result) => result = CreateRotationZ(radians);

        /// <summary>Rotation about a unit axis by an angle in radians (right-handed).</summary>
        public static MatrixD CreateFromAxisAngle(Vector3D axis, double angle)
        {
            double x = axis.X, y = axis.Y, z = axis.Z, s = Math.Sin(angle), c = Math.Cos(angle);
            double xx = x * x, yy = y * y, zz = z * z, xy = x * y, xz = x * z, yz = y * z;
            return new MatrixD(
                xx + c * (1 - xx), xy - c * xy + s * z, xz - c * xz - s * y,
                xy - c * xy - s * z, yy + c * (1 - yy), yz - c * yz + s * x,
                xz - c * xz + s * y, yz - c * yz - s * x, zz + c * (1 - zz));
        }
        public static void CreateFromAxisAngle(ref Vector3D axis, double angle, out MatrixD result) => result = CreateFromAxisAngle(axis, angle);

        public static MatrixD CreateFromQuaternion(QuaternionD quaternion)
        {
            double xx = quaternion.X * quaternion.X, yy = quaternion.Y * quaternion.Y, zz = quaternion.Z * quaternion.Z;
            double xy = quaternion.X * quaternion.Y, zw = quaternion.Z * quaternion.W, zx = quaternion.Z * quaternion.X;
            double yw = quaternion.Y * quaternion.W, yz = quaternion.Y * quaternion.Z, xw = quaternion.X * quaternion.W;
            return new MatrixD(
                1 - 2 * (yy + zz), 2 * (xy + zw), 2 * (zx - yw),
                2 * (xy - zw), 1 - 2 * (zz + xx), 2 * (yz + xw),
                2 * (zx + yw), 2 * (yz - xw), 1 - 2 * (yy + xx));
        }
        public static MatrixD CreateFromQuaternion(Quaternion quaternion) =>
            CreateFromQuaternion(new QuaternionD(quaternion.X, quaternion.Y, quaternion.Z, quaternion.W));
        public static void CreateFromQuaternion(ref Quaternion quaternion, out MatrixD result) => result = CreateFromQuaternion(quaternion);

        public static MatrixD CreateFromYawPitchRoll(double yaw, double pitch, double roll) =>
            CreateFromQuaternion(QuaternionD.CreateFromYawPitchRoll(yaw, pitch, roll));
        public static void CreateFromYawPitchRoll(double yaw, double pitch, double roll, out MatrixD result) =>
            result = CreateFromYawPitchRoll(yaw, pitch, roll);

        public static MatrixD CreateFromTransformScale(Quaternion orientation, Vector3D position, Vector3D scale)
        {
            var m = CreateFromQuaternion(orientation);
            m.Right *= scale.X; m.Up *= scale.Y; m.Backward *= scale.Z;
            m.Translation = position;
            return m;
        }

        /// <summary>A world matrix at <paramref name="position"/> facing <paramref name="forward"/> with <paramref name="up"/> up.</summary>
        public static MatrixD CreateWorld(Vector3D position, Vector3D forward, Vector3D up)
        {
            var back = Vector3D.Normalize(-forward);
            var right = Vector3D.Normalize(Vector3D.Cross(up, back));
            var m = Identity;
            m.Right = right; m.Up = Vector3D.Cross(back, right); m.Backward = back; m.Translation = position;
            return m;
        }
        public static MatrixD CreateWorld(Vector3D position, Vector3 forward, Vector3 up) => CreateWorld(position, (Vector3D)forward, (Vector3D)up);
        public static MatrixD CreateWorld(Vector3D position) => CreateTranslation(position);
        public static void CreateWorld(ref Vector3D position, ref Vector3D forward, ref Vector3D up, out MatrixD result) => result = CreateWorld(position, forward, up);

        /// <summary>An orientation whose Forward is <paramref name="dir"/> (normalized); Up is chosen perpendicular.</summary>
        public static MatrixD CreateFromDir(Vector3D dir) => CreateFromDir(dir, Vector3D.CalculatePerpendicularVector(Vector3D.Normalize(dir)));
        public static MatrixD CreateFromDir(Vector3D dir, Vector3D suggestedUp) => CreateWorld(Vector3D.Zero, dir, suggestedUp);

        /// <summary>A view matrix: world to camera space, the camera looking from its position to the target.</summary>
        public static MatrixD CreateLookAt(Vector3D cameraPosition, Vector3D cameraTarget, Vector3D cameraUpVector)
        {
            var z = Vector3D.Normalize(cameraPosition - cameraTarget);
            var x = Vector3D.Normalize(Vector3D.Cross(cameraUpVector, z));
            var y = Vector3D.Cross(z, x);
            return new MatrixD(
                x.X, y.X, z.X, 0,
                x.Y, y.Y, z.Y, 0,
                x.Z, y.Z, z.Z, 0,
                -Vector3D.Dot(x, cameraPosition), -Vector3D.Dot(y, cameraPosition), -Vector3D.Dot(z, cameraPosition), 1);
        }
        public static MatrixD CreateLookAt(Vector3D cameraPosition, Vector3D cameraTarget, Vector3 cameraUpVector) =>
            CreateLookAt(cameraPosition, cameraTarget, (Vector3D)cameraUpVector);
        public static void CreateLookAt(ref Vector3D cameraPosition, ref Vector3D cameraTarget, ref Vector3D cameraUpVector, out MatrixD result) =>
            result = CreateLookAt(cameraPosition, cameraTarget, cameraUpVector);
        public static MatrixD CreateLookAtInverse(Vector3D cameraPosition, Vector3D cameraTarget, Vector3D cameraUpVector) =>
            Invert(CreateLookAt(cameraPosition, cameraTarget, cameraUpVector));

        public static MatrixD CreatePerspectiveFieldOfView(double fieldOfView, double aspectRatio, double nearPlaneDistance, double farPlaneDistance)
        {
            double yScale = 1.0 / Math.Tan(fieldOfView * 0.5), xScale = yScale / aspectRatio;
            double depth = nearPlaneDistance - farPlaneDistance;
            return new MatrixD(
                xScale, 0, 0, 0,
                0, yScale, 0, 0,
                0, 0, farPlaneDistance / depth, -1,
                0, 0, nearPlaneDistance * farPlaneDistance / depth, 0);
        }
        public static void CreatePerspectiveFieldOfView(double fieldOfView, double aspectRatio, double nearPlaneDistance, double farPlaneDistance, out MatrixD result) =>
            result = CreatePerspectiveFieldOfView(fieldOfView, aspectRatio, nearPlaneDistance, farPlaneDistance);
        public static MatrixD CreatePerspective(double width, double height, double nearPlaneDistance, double farPlaneDistance)
        {
            double depth = nearPlaneDistance - farPlaneDistance;
            return new MatrixD(
                2 * nearPlaneDistance / width, 0, 0, 0,
                0, 2 * nearPlaneDistance / height, 0, 0,
                0, 0, farPlaneDistance / depth, -1,
                0, 0, nearPlaneDistance * farPlaneDistance / depth, 0);
        }
        public static void CreatePerspective(double width, double height, double nearPlaneDistance, double farPlaneDistance, out MatrixD result) =>
            result = CreatePerspective(width, height, nearPlaneDistance, farPlaneDistance);
        public static MatrixD CreateOrthographic(double width, double height, double zNearPlane, double zFarPlane) =>
            new MatrixD(2 / width, 0, 0, 0, 0, 2 / height, 0, 0, 0, 0, 1 / (zNearPlane - zFarPlane), 0, 0, 0, zNearPlane / (zNearPlane - zFarPlane), 1);
        public static void CreateOrthographic(double width, double height, double zNearPlane, double zFarPlane, out MatrixD result) =>
            result = CreateOrthographic(width, height, zNearPlane, zFarPlane);

        // --- arithmetic ------------------------------------------------------------------------------
        public static MatrixD operator -(MatrixD m) => m * -1.0;
        public static MatrixD operator +(MatrixD a, MatrixD b) => Combine(a, b, 1);
        public static MatrixD operator -(MatrixD a, MatrixD b) => Combine(a, b, -1);
        static MatrixD Combine(MatrixD a, MatrixD b, double sign) => new MatrixD(
            a.M11 + sign * b.M11, a.M12 + sign * b.M12, a.M13 + sign * b.M13, a.M14 + sign * b.M14,
            a.M21 + sign * b.M21, a.M22 + sign * b.M22, a.M23 + sign * b.M23, a.M24 + sign * b.M24,
            a.M31 + sign * b.M31, a.M32 + sign * b.M32, a.M33 + sign * b.M33, a.M34 + sign * b.M34,
            a.M41 + sign * b.M41, a.M42 + sign * b.M42, a.M43 + sign * b.M43, a.M44 + sign * b.M44);
        public static MatrixD operator *(MatrixD m, double s) => new MatrixD(
            m.M11 * s, m.M12 * s, m.M13 * s, m.M14 * s, m.M21 * s, m.M22 * s, m.M23 * s, m.M24 * s,
            m.M31 * s, m.M32 * s, m.M33 * s, m.M34 * s, m.M41 * s, m.M42 * s, m.M43 * s, m.M44 * s);
        public static MatrixD operator *(double s, MatrixD m) => m * s;
        public static MatrixD operator /(MatrixD m, double divider) => m * (1.0 / divider);
        public static MatrixD operator /(MatrixD a, MatrixD b) => new MatrixD(
            a.M11 / b.M11, a.M12 / b.M12, a.M13 / b.M13, a.M14 / b.M14, a.M21 / b.M21, a.M22 / b.M22, a.M23 / b.M23, a.M24 / b.M24,
            a.M31 / b.M31, a.M32 / b.M32, a.M33 / b.M33, a.M34 / b.M34, a.M41 / b.M41, a.M42 / b.M42, a.M43 / b.M43, a.M44 / b.M44);
        public static MatrixD operator *(MatrixD a, MatrixD b) => new MatrixD(
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
        public static MatrixD operator *(MatrixD a, Matrix b) => a * (MatrixD)b;
        public static MatrixD operator *(Matrix a, MatrixD b) => (MatrixD)a * b;
        public static bool operator ==(MatrixD a, MatrixD b) => a.Equals(b);
        public static bool operator !=(MatrixD a, MatrixD b) => !a.Equals(b);
        public static implicit operator MatrixD(Matrix m) => new MatrixD(m);
        public static implicit operator Matrix(MatrixD m) => new Matrix(
            (float)m.M11, (float)m.M12, (float)m.M13, (float)m.M14, (float)m.M21, (float)m.M22, (float)m.M23, (float)m.M24,
            (float)m.M31, (float)m.M32, (float)m.M33, (float)m.M34, (float)m.M41, (float)m.M42, (float)m.M43, (float)m.M44);

        public static MatrixD Add(MatrixD matrix1, MatrixD matrix2) => matrix1 + matrix2;
        public static void Add(ref MatrixD matrix1, ref MatrixD matrix2, out MatrixD result) => result = matrix1 + matrix2;
        public static void Subtract(ref MatrixD matrix1, ref MatrixD matrix2, out MatrixD result) => result = matrix1 - matrix2;
        public static MatrixD Multiply(MatrixD matrix1, MatrixD matrix2) => matrix1 * matrix2;
        public static MatrixD Multiply(MatrixD matrix1, Matrix matrix2) => matrix1 * matrix2;
        public static void Multiply(ref MatrixD matrix1, ref MatrixD matrix2, out MatrixD result) => result = matrix1 * matrix2;
        public static void Multiply(ref MatrixD matrix1, ref Matrix matrix2, out MatrixD result) => result = matrix1 * matrix2;
        public static void Multiply(ref Matrix matrix1, ref MatrixD matrix2, out MatrixD result) => result = matrix1 * matrix2;
        public static MatrixD Multiply(MatrixD matrix1, double scaleFactor) => matrix1 * scaleFactor;
        public static void Multiply(ref MatrixD matrix1, double scaleFactor, out MatrixD result) => result = matrix1 * scaleFactor;
        public static MatrixD Divide(MatrixD matrix1, MatrixD matrix2) => matrix1 / matrix2;
        public static void Divide(ref MatrixD matrix1, ref MatrixD matrix2, out MatrixD result) => result = matrix1 / matrix2;
        public static MatrixD Divide(MatrixD matrix1, double divider) => matrix1 / divider;
        public static void Divide(ref MatrixD matrix1, double divider, out MatrixD result) => result = matrix1 / divider;
        public static MatrixD Negate(MatrixD matrix) => -matrix;
        public static void Negate(ref MatrixD matrix, out MatrixD result) => result = -matrix;
        public static MatrixD Lerp(MatrixD matrix1, MatrixD matrix2, double amount) => matrix1 + (matrix2 - matrix1) * amount;
        public static void Lerp(ref MatrixD matrix1, ref MatrixD matrix2, double amount, out MatrixD result) => result = Lerp(matrix1, matrix2, amount);

        /// <summary>Interpolates orientation (quaternion slerp) and translation (linear).</summary>
        public static MatrixD Slerp(MatrixD matrix1, MatrixD matrix2, double amount)
        {
            var rotation = QuaternionD.Slerp(QuaternionD.CreateFromRotationMatrix(matrix1), QuaternionD.CreateFromRotationMatrix(matrix2), amount);
            var result = CreateFromQuaternion(rotation);
            result.Translation = Vector3D.Lerp(matrix1.Translation, matrix2.Translation, amount);
            return result;
        }
        public static void Slerp(ref MatrixD matrix1, ref MatrixD matrix2, double amount, out MatrixD result) => result = Slerp(matrix1, matrix2, amount);

        public static MatrixD Transpose(MatrixD m) => new MatrixD(
            m.M11, m.M21, m.M31, m.M41,
            m.M12, m.M22, m.M32, m.M42,
            m.M13, m.M23, m.M33, m.M43,
            m.M14, m.M24, m.M34, m.M44);
        public static void Transpose(ref MatrixD matrix, out MatrixD result) => result = Transpose(matrix);

        /// <summary>The general inverse (cofactors over the determinant).</summary>
        public static MatrixD Invert(MatrixD m)
        {
            double s0 = m.M11 * m.M22 - m.M21 * m.M12, s1 = m.M11 * m.M23 - m.M21 * m.M13, s2 = m.M11 * m.M24 - m.M21 * m.M14;
            double s3 = m.M12 * m.M23 - m.M22 * m.M13, s4 = m.M12 * m.M24 - m.M22 * m.M14, s5 = m.M13 * m.M24 - m.M23 * m.M14;
            double c5 = m.M33 * m.M44 - m.M43 * m.M34, c4 = m.M32 * m.M44 - m.M42 * m.M34, c3 = m.M32 * m.M43 - m.M42 * m.M33;
            double c2 = m.M31 * m.M44 - m.M41 * m.M34, c1 = m.M31 * m.M43 - m.M41 * m.M33, c0 = m.M31 * m.M42 - m.M41 * m.M32;
            double inv = 1.0 / (s0 * c5 - s1 * c4 + s2 * c3 + s3 * c2 - s4 * c1 + s5 * c0);
            return new MatrixD(
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
        public static MatrixD Invert(ref MatrixD matrix) => Invert(matrix);
        public static void Invert(ref MatrixD matrix, out MatrixD result) => result = Invert(matrix);

        /// <summary>Rotates the matrix by a quaternion (M x R).</summary>
        public static MatrixD Transform(MatrixD value, Quaternion rotation) => value * CreateFromQuaternion(rotation);
        public static void Transform(ref MatrixD value, ref Quaternion rotation, out MatrixD result) => result = Transform(value, rotation);

        /// <summary>Scales the three direction rows.</summary>
        public static MatrixD Rescale(MatrixD matrix, double scale)
        {
            Rescale(ref matrix, scale);
            return matrix;
        }
        public static MatrixD Rescale(MatrixD matrix, Vector3D scale)
        {
            Rescale(ref matrix, ref scale);
            return matrix;
        }
        public static void Rescale(ref MatrixD matrix, double scale)
        {
            matrix.Right *= scale; matrix.Up *= scale; matrix.Backward *= scale;
        }
        public static void Rescale(ref MatrixD matrix, float scale) => Rescale(ref matrix, (double)scale);
        public static void Rescale(ref MatrixD matrix, ref Vector3D scale)
        {
            matrix.Right *= scale.X; matrix.Up *= scale.Y; matrix.Backward *= scale.Z;
        }

        /// <summary>Snaps each direction of <paramref name="toAlign"/> to the closest direction of the axis matrix.</summary>
        public static MatrixD AlignRotationToAxes(ref MatrixD toAlign, ref MatrixD axisDefinitionMatrix)
        {
            var result = Identity;
            var forward = toAlign.Forward;
            var up = toAlign.Up;
            result.Forward = axisDefinitionMatrix.GetDirectionVector(axisDefinitionMatrix.GetClosestDirection(ref forward));
            result.Up = axisDefinitionMatrix.GetDirectionVector(axisDefinitionMatrix.GetClosestDirection(ref up));
            result.Right = Vector3D.Cross(result.Forward, result.Up);
            return result;
        }

        public static MatrixD SwapYZCoordinates(MatrixD m)
        {
            var result = m;
            result.Right = Vector3D.SwapYZCoordinates(m.Right);
            result.Up = Vector3D.SwapYZCoordinates(m.Backward);
            result.Backward = Vector3D.SwapYZCoordinates(-m.Up);
            result.Translation = Vector3D.SwapYZCoordinates(m.Translation);
            return result;
        }

        public void SetFrom(ref Matrix m) => this = new MatrixD(m);
        public void SetRotationAndScale(ref Matrix m)
        {
            Right = (Vector3D)m.Right; Up = (Vector3D)m.Up; Backward = (Vector3D)m.Backward;
        }

        public bool Equals(MatrixD o) =>
            M11 == o.M11 && M12 == o.M12 && M13 == o.M13 && M14 == o.M14 &&
            M21 == o.M21 && M22 == o.M22 && M23 == o.M23 && M24 == o.M24 &&
            M31 == o.M31 && M32 == o.M32 && M33 == o.M33 && M34 == o.M34 &&
            M41 == o.M41 && M42 == o.M42 && M43 == o.M43 && M44 == o.M44;
        public bool EqualsFast(ref MatrixD other, double epsilon = 1E-4) =>
            Right.Equals(other.Right, epsilon) && Up.Equals(other.Up, epsilon) && Backward.Equals(other.Backward, epsilon) && Translation.Equals(other.Translation, epsilon);
        public override bool Equals(object obj) => obj is MatrixD m && Equals(m);
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
