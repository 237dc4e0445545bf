using System;

namespace VRageMath
{
    /// <summary>
    /// Row-major 4x4 double matrix, as the game uses for world matrices: rows 1-3 are Right, Up and Backward
    /// (Forward = -row 3), row 4 is Translation. Only what the stand-in's declared members need.
    /// </summary>
    public struct MatrixD : IEquatable<MatrixD>
    {
        public double M11, M12, M13, M14;
        public double M21, M22, M23, M24;
        public double M31, M32, M33, M34;
        public double M41, M42, M43, M44;

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

        public static MatrixD Identity => new MatrixD(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);

        public Vector3D Right { get { return new Vector3D(M11, M12, M13); } set { M11 = value.X; M12 = value.Y; M13 = value.Z; } }
        public Vector3D Left { get { return -Right; } set { Right = -value; } }
        public Vector3D Up { get { return new Vector3D(M21, M22, M23); } set { M21 = value.X; M22 = value.Y; M23 = value.Z; } }
        public Vector3D Down { get { return -Up; } set { Up = -value; } }
        public Vector3D Backward { get { return new Vector3D(M31, M32, M33); } set { M31 = value.X; M32 = value.Y; M33 = value.Z; } }
        public Vector3D Forward { get { return -Backward; } set { Backward = -value; } }
        public Vector3D Translation { get { return new Vector3D(M41, M42, M43); } set { M41 = value.X; M42 = value.Y; M43 = value.Z; } }

        /// <summary>A world matrix at <paramref name="position"/> facing <paramref name="forward"/> with <paramref name="up"/> up.</summary>
        public static MatrixD CreateWorld(Vector3D position, Vector3D forward, Vector3D up)
        {
            var f = Vector3D.Normalize(forward);
            var r = Vector3D.Normalize(Vector3D.Cross(f, up));
            var u = Vector3D.Cross(r, f);
            var m = Identity;
            m.Right = r; m.Up = u; m.Forward = f; m.Translation = position;
            return m;
        }

        public static MatrixD CreateTranslation(Vector3D position)
        {
            var m = Identity;
            m.Translation = position;
            return m;
        }

        public static MatrixD Transpose(MatrixD m) => new MatrixD(
            m.M11, m.M21, m.M31, m.M41,
            m.M12, m.M22, m.M32, m.M42,
            m.M13, m.M23, m.M33, m.M43,
            m.M14, m.M24, m.M34, m.M44);

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

        public bool Equals(MatrixD o) =>
            M11 == o.M11 && M12 == o.M12 && M13 == o.M13 && M14 == o.M14 &&
            M21 == o.M21 && M22 == o.M22 && M23 == o.M23 && M24 == o.M24 &&
            M31 == o.M31 && M32 == o.M32 && M33 == o.M33 && M34 == o.M34 &&
            M41 == o.M41 && M42 == o.M42 && M43 == o.M43 && M44 == o.M44;
        public override bool Equals(object obj) => obj is MatrixD m && Equals(m);
        public override int GetHashCode() => Right.GetHashCode() ^ Up.GetHashCode() * 7 ^ Backward.GetHashCode() * 13 ^ Translation.GetHashCode() * 31;
        public static bool operator ==(MatrixD a, MatrixD b) => a.Equals(b);
        public static bool operator !=(MatrixD a, MatrixD b) => !a.Equals(b);
    }

}
