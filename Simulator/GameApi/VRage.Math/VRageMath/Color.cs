using System;

namespace VRageMath
{
    // RGBA colour, one byte a channel, as the game's text surfaces and lights take it.
    public struct Color : IEquatable<Color>
    {
        public byte R;
        public byte G;
        public byte B;
        public byte A;

        public Color(int r, int g, int b) : this(r, g, b, 255) { }

        public Color(int r, int g, int b, int a)
        {
            R = ClampByte(r); G = ClampByte(g); B = ClampByte(b); A = ClampByte(a);
        }

        public Color(float r, float g, float b) : this(r, g, b, 1f) { }

        public Color(float r, float g, float b, float a)
            : this((int)Math.Round(r * 255), (int)Math.Round(g * 255), (int)Math.Round(b * 255), (int)Math.Round(a * 255)) { }

        static byte ClampByte(int v) => (byte)(v < 0 ? 0 : v > 255 ? 255 : v);

        public static Color Transparent => new Color(0, 0, 0, 0);
        public static Color Black => new Color(0, 0, 0);
        public static Color White => new Color(255, 255, 255);
        public static Color Red => new Color(255, 0, 0);
        public static Color Green => new Color(0, 128, 0);
        public static Color Lime => new Color(0, 255, 0);
        public static Color Blue => new Color(0, 0, 255);
        public static Color Yellow => new Color(255, 255, 0);
        public static Color Orange => new Color(255, 165, 0);
        public static Color Gray => new Color(128, 128, 128);
        public static Color DarkGray => new Color(169, 169, 169);
        public static Color Cyan => new Color(0, 255, 255);

        public bool Equals(Color other) => R == other.R && G == other.G && B == other.B && A == other.A;
        public override bool Equals(object obj) => obj is Color c && Equals(c);
        public override int GetHashCode() => (R << 24) | (G << 16) | (B << 8) | A;
        public static bool operator ==(Color a, Color b) => a.Equals(b);
        public static bool operator !=(Color a, Color b) => !a.Equals(b);
        public override string ToString() => "{R:" + R + " G:" + G + " B:" + B + " A:" + A + "}";
    }
}
