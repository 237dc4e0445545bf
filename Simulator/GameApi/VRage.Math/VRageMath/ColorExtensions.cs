using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>Colour conversions: HSV (all three 0..1), hex strings, sRGB and linear, tints and shades.</summary>
    public static class ColorExtensions
    {
        public static Color Alpha(this Color c, float a) => new Color(c, a);

        public static Vector3 ColorToHSV(this Color rgb)
        {
            float r = rgb.R / 255f, g = rgb.G / 255f, b = rgb.B / 255f;
            float max = Math.Max(r, Math.Max(g, b)), min = Math.Min(r, Math.Min(g, b)), delta = max - min;
            float hue = 0;
            if (delta > 0)
            {
                if (max == r) hue = (g - b) / delta % 6f;
                else if (max == g) hue = (b - r) / delta + 2f;
                else hue = (r - g) / delta + 4f;
                hue /= 6f;
                if (hue < 0) hue += 1f;
            }
            return new Vector3(hue, max == 0 ? 0 : delta / max, max);
        }

        /// <summary>As ColorToHSV, with saturation and value shifted to -1..1 around the game's paint defaults.</summary>
        public static Vector3 ColorToHSVDX11(this Color rgb)
        {
            var hsv = rgb.ColorToHSV();
            return new Vector3(hsv.X, hsv.Y * 2f - 1f, hsv.Z * 2f - 1f);
        }

        public static Color HSVtoColor(this Vector3 HSV)
        {
            float h = (HSV.X % 1f + 1f) % 1f * 6f, s = MathHelper.Saturate(HSV.Y), v = MathHelper.Saturate(HSV.Z);
            int sector = (int)Math.Floor(h) % 6;
            float f = h - (float)Math.Floor(h), p = v * (1 - s), q = v * (1 - f * s), t = v * (1 - (1 - f) * s);
            switch (sector)
            {
                case 0: return new Color(v, t, p);
                case 1: return new Color(q, v, p);
                case 2: return new Color(p, v, t);
                case 3: return new Color(p, q, v);
                case 4: return new Color(t, p, v);
                default: return new Color(v, p, q);
            }
        }

        /// <summary>Hue distance on the colour wheel, 0..0.5.</summary>
        public static float HueDistance(this Color color, float hue)
        {
            float distance = Math.Abs(color.ColorToHSV().X - hue);
            return Math.Min(distance, 1f - distance);
        }
        public static float HueDistance(this Color color, Color otherColor) => color.HueDistance(otherColor.ColorToHSV().X);

        public static uint PackHSVToUint(this Vector3 HSV)
        {
            int h = (int)Math.Round(MathHelper.Saturate(HSV.X) * 65535), s = (int)Math.Round(MathHelper.Saturate(HSV.Y) * 255), v = (int)Math.Round(MathHelper.Saturate(HSV.Z) * 255);
            return (uint)(h | s << 16 | v << 24);
        }
        public static Vector3 UnpackHSVFromUint(uint packed) =>
            new Vector3((packed & 0xFFFF) / 65535f, (packed >> 16 & 0xFF) / 255f, (packed >> 24) / 255f);

        /// <summary>"#RRGGBB", "RRGGBB", "#RRGGBBAA" or "RRGGBBAA".</summary>
        public static Color HexToColor(string hex)
        {
            hex = (hex ?? "").TrimStart('#');
            if (hex.Length != 6 && hex.Length != 8)
                return Color.Black;
            uint value;
            if (!uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value))
                return Color.Black;
            if (hex.Length == 6)
                return new Color((int)(value >> 16 & 0xFF), (int)(value >> 8 & 0xFF), (int)(value & 0xFF));
            return new Color((int)(value >> 24), (int)(value >> 16 & 0xFF), (int)(value >> 8 & 0xFF), (int)(value & 0xFF));
        }
        public static Vector4 HexToVector4(string hex) => HexToColor(hex).ToVector4();
        public static Color? FromHtml(string htmlColor)
        {
            var text = (htmlColor ?? "").TrimStart('#');
            return text.Length == 6 || text.Length == 8 ? HexToColor(text) : (Color?)null;
        }

        public static Color Shade(this Color c, float r) => new Color((int)(c.R * (1 - r)), (int)(c.G * (1 - r)), (int)(c.B * (1 - r)), c.A);
        public static Color Tint(this Color c, float r) => new Color((int)(c.R + (255 - c.R) * r), (int)(c.G + (255 - c.G) * r), (int)(c.B + (255 - c.B) * r), c.A);
        public static Vector4 PremultiplyColor(this Vector4 c) => new Vector4(c.X * c.W, c.Y * c.W, c.Z * c.W, c.W);
        public static Vector4 UnmultiplyColor(this Vector4 c) => c.W == 0 ? Vector4.Zero : new Vector4(c.X / c.W, c.Y / c.W, c.Z / c.W, c.W);
        public static Vector3 ToGray(this Vector3 c) => new Vector3(0.2126f * c.X + 0.7152f * c.Y + 0.0722f * c.Z);
        public static Vector4 ToGray(this Vector4 c) => new Vector4(ToGray(new Vector3(c.X, c.Y, c.Z)), c.W);

        public static float ToLinearRGBComponent(float c) => c <= 0.04045f ? c / 12.92f : (float)Math.Pow((c + 0.055f) / 1.055f, 2.4);
        public static float ToSRGBComponent(float c) => c <= 0.0031308f ? c * 12.92f : 1.055f * (float)Math.Pow(c, 1 / 2.4) - 0.055f;
        public static Vector3 ToLinearRGB(this Vector3 c) => new Vector3(ToLinearRGBComponent(c.X), ToLinearRGBComponent(c.Y), ToLinearRGBComponent(c.Z));
        public static Vector4 ToLinearRGB(this Vector4 c) => new Vector4(ToLinearRGB(new Vector3(c.X, c.Y, c.Z)), c.W);
        public static Vector3 ToSRGB(this Vector3 c) => new Vector3(ToSRGBComponent(c.X), ToSRGBComponent(c.Y), ToSRGBComponent(c.Z));
        public static Vector4 ToSRGB(this Vector4 c) => new Vector4(ToSRGB(new Vector3(c.X, c.Y, c.Z)), c.W);

        /// <summary>Black-body colour of a temperature in kelvin (approximation), channels 0..1.</summary>
        public static Vector3 TemperatureToRGB(float temperature)
        {
            double t = temperature / 100.0;
            double r = t <= 66 ? 255 : 329.698727446 * Math.Pow(t - 60, -0.1332047592);
            double g = t <= 66 ? 99.4708025861 * Math.Log(t) - 161.1195681661 : 288.1221695283 * Math.Pow(t - 60, -0.0755148492);
            double b = t >= 66 ? 255 : t <= 19 ? 0 : 138.5177312231 * Math.Log(t - 10) - 305.0447927307;
            return new Vector3((float)MathHelper.Clamp(r, 0, 255) / 255f, (float)MathHelper.Clamp(g, 0, 255) / 255f, (float)MathHelper.Clamp(b, 0, 255) / 255f);
        }
    }
}
