using System;
using VRage;

namespace VRageMath
{
    /// <summary>Scalar helpers of the game's math library (single precision, with double overloads).</summary>
    public static class MathHelper
    {
        public const float E = 2.718282f;
        public const float Log2E = 1.442695f;
        public const float Log10E = 0.4342945f;
        public const float Pi = 3.141593f;
        public const float TwoPi = 6.283185f;
        public const float FourPi = 12.56637f;
        public const float PiOver2 = 1.570796f;
        public const float PiOver4 = 0.7853982f;
        public const float Sqrt2 = 1.414214f;
        public const float Sqrt3 = 1.732051f;
        public const float RadiansPerSecondToRPM = 9.549297f;
        public const float RPMToRadiansPerSecond = 0.1047198f;
        public const float RPMToRadiansPerMillisec = 0.0001047198f;
        public const float EPSILON = 1E-05f;
        public const float EPSILON10 = 1E-10f;

        public static float ToRadians(float degrees) => degrees * (Pi / 180f);
        public static double ToRadians(double degrees) => degrees * (Math.PI / 180.0);
        public static Vector3 ToRadians(Vector3 v) => v * (Pi / 180f);
        public static float ToDegrees(float radians) => radians * (180f / Pi);
        public static double ToDegrees(double radians) => radians * (180.0 / Math.PI);

        public static float Clamp(float value, float min, float max) => value > max ? max : value < min ? min : value;
        public static double Clamp(double value, double min, double max) => value > max ? max : value < min ? min : value;
        public static int Clamp(int value, int min, int max) => value > max ? max : value < min ? min : value;
        public static byte Clamp(byte value, byte min, byte max) => value > max ? max : value < min ? min : value;
        public static MyFixedPoint Clamp(MyFixedPoint value, MyFixedPoint min, MyFixedPoint max) => value > max ? max : value < min ? min : value;
        public static float Saturate(float n) => Clamp(n, 0f, 1f);
        public static double Saturate(double n) => Clamp(n, 0.0, 1.0);

        public static float Distance(float value1, float value2) => Math.Abs(value1 - value2);
        public static float Max(float value1, float value2) => Math.Max(value1, value2);
        public static double Max(double value1, double value2) => Math.Max(value1, value2);
        public static float Max(float a, float b, float c) => Math.Max(a, Math.Max(b, c));
        public static int Max(int a, int b, int c) => Math.Max(a, Math.Max(b, c));
        public static double Max(double a, double b, double c) => Math.Max(a, Math.Max(b, c));
        public static float Min(float value1, float value2) => Math.Min(value1, value2);
        public static double Min(double value1, double value2) => Math.Min(value1, value2);
        public static float Min(float a, float b, float c) => Math.Min(a, Math.Min(b, c));
        public static double Min(double a, double b, double c) => Math.Min(a, Math.Min(b, c));

        public static float Lerp(float value1, float value2, float amount) => value1 + (value2 - value1) * amount;
        public static double Lerp(double value1, double value2, double amount) => value1 + (value2 - value1) * amount;
        public static float Barycentric(float value1, float value2, float value3, float amount1, float amount2) =>
            value1 + amount1 * (value2 - value1) + amount2 * (value3 - value1);

        public static float SmoothStep(float value1, float value2, float amount) => Lerp(value1, value2, SmoothStepStable(Clamp(amount, 0f, 1f)));
        public static double SmoothStep(double value1, double value2, double amount) => Lerp(value1, value2, SmoothStepStable(Clamp(amount, 0.0, 1.0)));
        public static float SmoothStepStable(float amount) => amount * amount * (3f - 2f * amount);
        public static double SmoothStepStable(double amount) => amount * amount * (3.0 - 2.0 * amount);
        public static float SCurve3(float t) => t * t * (3f - 2f * t);
        public static double SCurve3(double t) => t * t * (3.0 - 2.0 * t);
        public static float SCurve5(float t) => t * t * t * (t * (t * 6f - 15f) + 10f);
        public static double SCurve5(double t) => t * t * t * (t * (t * 6.0 - 15.0) + 10.0);

        public static float CatmullRom(float value1, float value2, float value3, float value4, float amount)
        {
            float t2 = amount * amount, t3 = t2 * amount;
            return 0.5f * (2f * value2 + (value3 - value1) * amount + (2f * value1 - 5f * value2 + 4f * value3 - value4) * t2
                + (3f * value2 - value1 - 3f * value3 + value4) * t3);
        }

        public static float Hermite(float value1, float tangent1, float value2, float tangent2, float amount)
        {
            float t2 = amount * amount, t3 = t2 * amount;
            return (2f * t3 - 3f * t2 + 1f) * value1 + (t3 - 2f * t2 + amount) * tangent1
                + (-2f * t3 + 3f * t2) * value2 + (t3 - t2) * tangent2;
        }

        public static double CubicInterp(double p0, double p1, double p2, double p3, double t)
        {
            double a = p3 - p2 - p0 + p1;
            return a * t * t * t + (p0 - p1 - a) * t * t + (p2 - p0) * t + p1;
        }

        public static Vector3D CalculateBezierPoint(double t, Vector3D p0, Vector3D p1, Vector3D p2, Vector3D p3)
        {
            double u = 1 - t;
            return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
        }

        public static Vector3 CalculateVectorOnSphere(Vector3 northPoleDir, float phi, float theta)
        {
            var perpendicular = Vector3.CalculatePerpendicularVector(northPoleDir);
            var other = Vector3.Cross(northPoleDir, perpendicular);
            return (float)Math.Sin(theta) * ((float)Math.Cos(phi) * perpendicular + (float)Math.Sin(phi) * other)
                + (float)Math.Cos(theta) * northPoleDir;
        }

        public static float InterpLog(float value, float amount1, float amount2) =>
            (float)Math.Exp(Lerp((float)Math.Log(amount1), (float)Math.Log(amount2), value));
        public static float InterpLogInv(float value, float amount1, float amount2) =>
            (float)((Math.Log(value) - Math.Log(amount1)) / (Math.Log(amount2) - Math.Log(amount1)));

        /// <summary>Wraps an angle into [-Pi, Pi].</summary>
        public static float WrapAngle(float angle)
        {
            angle = (float)Math.IEEERemainder(angle, 2 * Math.PI);
            if (angle <= -Pi)
                angle += TwoPi;
            else if (angle > Pi)
                angle -= TwoPi;
            return angle;
        }

        /// <summary>Limits an angle to [0, 2 Pi).</summary>
        public static void LimitRadians(ref float angle)
        {
            angle %= TwoPi;
            if (angle < 0)
                angle += TwoPi;
        }

        public static void LimitRadians2PI(ref double angle)
        {
            angle %= 2 * Math.PI;
            if (angle < 0)
                angle += 2 * Math.PI;
        }

        /// <summary>Limits an angle to (-Pi, Pi].</summary>
        public static void LimitRadiansPI(ref double angle)
        {
            LimitRadians2PI(ref angle);
            if (angle > Math.PI)
                angle -= 2 * Math.PI;
        }

        public static void LimitRadiansPI(ref float angle)
        {
            LimitRadians(ref angle);
            if (angle > Pi)
                angle -= TwoPi;
        }

        public static float MonotonicCosine(float radians) => radians > 0 ? 2f - (float)Math.Cos(radians) : (float)Math.Cos(radians);
        public static float MonotonicAcos(float cos) => cos > 1f ? (float)Math.Acos(2f - cos) : (float)-Math.Acos(cos);

        public static float Atan(float x) => (float)Math.Atan(x);
        public static double Atan(double x) => Math.Atan(x);

        public static int Floor(float n) => (int)Math.Floor(n);
        public static int Floor(double n) => (int)Math.Floor(n);
        public static int FloorToInt(float x) => (int)Math.Floor(x);
        public static int FloorToInt(double x) => (int)Math.Floor(x);
        public static int CeilToInt(float x) => (int)Math.Ceiling(x);
        public static int CeilToInt(double x) => (int)Math.Ceiling(x);
        public static int RoundToInt(float x) => (int)Math.Round(x);
        public static int RoundToInt(double x) => (int)Math.Round(x);
        public static float RoundOn2(float x) => (float)Math.Round(x, 2);
        public static int Align(int value, int alignment) => (value + alignment - 1) / alignment * alignment;

        public static bool IsPowerOfTwo(int x) => x > 0 && (x & (x - 1)) == 0;
        public static int Pow2(int n) => 1 << n;
        public static int Log2(int n) => Log2Floor(n);
        public static int Log2(uint n) { int r = 0; while ((n >>= 1) != 0) r++; return r; }
        public static int Log2Floor(int value) { int r = 0; while ((value >>= 1) > 0) r++; return r; }
        public static int Log2Ceiling(int value) { int floor = Log2Floor(value); return (1 << floor) == value ? floor : floor + 1; }
        public static int GetNumberOfMipmaps(int v) { int n = 0; while (v > 0) { v >>= 1; n++; } return n; }

        public static int GetNearestBiggerPowerOfTwo(int v) => (int)GetNearestBiggerPowerOfTwo((uint)v);
        public static uint GetNearestBiggerPowerOfTwo(uint v)
        {
            --v;
            v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16;
            return v + 1;
        }
        public static int GetNearestBiggerPowerOfTwo(float f) { int x = 1; while (x < f) x <<= 1; return x; }
        public static int GetNearestBiggerPowerOfTwo(double f) { int x = 1; while (x < f) x <<= 1; return x; }

        /// <summary>Exponential smoothing toward a new value (a quarter of the way each call).</summary>
        public static int Smooth(int newValue, int lastSmooth) => lastSmooth + (newValue - lastSmooth) / 4;
        public static float Smooth(float newValue, float lastSmooth) => lastSmooth + (newValue - lastSmooth) / 4f;

        public static bool IsZero(float value, float epsilon = EPSILON) => value > -epsilon && value < epsilon;
        public static bool IsZero(double value, float epsilon = EPSILON) => value > -epsilon && value < epsilon;
        public static bool IsZero(Vector3 value, float epsilon = EPSILON) => IsZero(value.X, epsilon) && IsZero(value.Y, epsilon) && IsZero(value.Z, epsilon);
        public static bool IsZero(Vector3D value, float epsilon = EPSILON) => IsZero(value.X, epsilon) && IsZero(value.Y, epsilon) && IsZero(value.Z, epsilon);
        public static bool IsZero(Quaternion value, float epsilon = EPSILON) =>
            IsZero(value.X, epsilon) && IsZero(value.Y, epsilon) && IsZero(value.Z, epsilon) && IsZero(value.W, epsilon);
        public static bool IsZero(Vector4 value) => IsZero(value.X) && IsZero(value.Y) && IsZero(value.Z) && IsZero(value.W);

        public static bool IsEqual(float value1, float value2) => IsZero(value1 - value2);
        public static bool IsEqual(Vector2 value1, Vector2 value2) => IsZero(value1.X - value2.X) && IsZero(value1.Y - value2.Y);
        public static bool IsEqual(Vector3 value1, Vector3 value2) => IsZero(value1 - value2);
        public static bool IsEqual(Quaternion value1, Quaternion value2) => IsZero(value1 - value2);
        public static bool IsEqual(QuaternionD value1, QuaternionD value2) =>
            IsZero(value1.X - value2.X) && IsZero(value1.Y - value2.Y) && IsZero(value1.Z - value2.Z) && IsZero(value1.W - value2.W);
        public static bool IsEqual(Matrix value1, Matrix value2) =>
            IsEqual(value1.Right, value2.Right) && IsEqual(value1.Up, value2.Up) && IsEqual(value1.Backward, value2.Backward) && IsEqual(value1.Translation, value2.Translation);

        public static bool IsValid(float f) => !float.IsNaN(f) && !float.IsInfinity(f);
        public static bool IsValid(double f) => !double.IsNaN(f) && !double.IsInfinity(f);
        public static bool IsValid(Vector2 vec) => IsValid(vec.X) && IsValid(vec.Y);
        public static bool IsValid(Vector3 vec) => IsValid(vec.X) && IsValid(vec.Y) && IsValid(vec.Z);
        public static bool IsValid(Vector3D vec) => IsValid(vec.X) && IsValid(vec.Y) && IsValid(vec.Z);
        public static bool IsValid(Vector3? vec) => !vec.HasValue || IsValid(vec.Value);
        public static bool IsValid(Quaternion q) => IsValid(q.X) && IsValid(q.Y) && IsValid(q.Z) && IsValid(q.W) && !IsZero(q);
        public static bool IsValid(Matrix matrix) => IsValid(matrix.Right) && IsValid(matrix.Up) && IsValid(matrix.Backward) && IsValid(matrix.Translation);
        public static bool IsValid(MatrixD matrix) => IsValid(matrix.Right) && IsValid(matrix.Up) && IsValid(matrix.Backward) && IsValid(matrix.Translation);
        public static bool IsValidNormal(Vector3 vec) { float l = vec.LengthSquared(); return IsValid(vec) && l > 0.999f && l < 1.001f; }
        public static bool IsValidOrZero(Matrix matrix) => IsValid(matrix.Right) && IsValid(matrix.Up) && IsValid(matrix.Backward) && IsValid(matrix.Translation);
    }

    /// <summary>Double-precision constants and helpers.</summary>
    public static class MathHelperD
    {
        public const double E = Math.E;
        public const double Pi = Math.PI;
        public const double TwoPi = Math.PI * 2;
        public const double FourPi = Math.PI * 4;
        public const double PiOver2 = Math.PI / 2;
        public const double PiOver4 = Math.PI / 4;

        public static double ToRadians(double degrees) => degrees * (Math.PI / 180.0);
        public static double ToDegrees(double radians) => radians * (180.0 / Math.PI);
        public static double Clamp(double value, double min, double max) => value > max ? max : value < min ? min : value;
        public static double Distance(double value1, double value2) => Math.Abs(value1 - value2);
        public static double Max(double value1, double value2) => Math.Max(value1, value2);
        public static double Min(double value1, double value2) => Math.Min(value1, value2);
        public static float MonotonicAcos(float cos) => MathHelper.MonotonicAcos(cos);
    }
}
