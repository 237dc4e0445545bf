using System;
using System.Globalization;

namespace VRageMath
{
    /// <summary>An integer point.</summary>
    public struct Point : IEquatable<Point>
    {
        public int X;
        public int Y;

        public static readonly Point Zero = new Point(0, 0);

        public Point(int x, int y) { X = x; Y = y; }

        public static bool operator ==(Point a, Point b) => a.X == b.X && a.Y == b.Y;
        public static bool operator !=(Point a, Point b) => !(a == b);
        public bool Equals(Point other) => this == other;
        public override bool Equals(object obj) => obj is Point p && this == p;
        public override int GetHashCode() => X * 397 ^ Y;
        public override string ToString() => string.Format(CultureInfo.CurrentCulture, "{{X:{0} Y:{1}}}", X, Y);
    }

    /// <summary>An integer rectangle: top-left corner and size.</summary>
    public struct Rectangle : IEquatable<Rectangle>
    {
        public int X;
        public int Y;
        public int Width;
        public int Height;

        public static readonly Rectangle Empty = new Rectangle();

        public Rectangle(int x, int y, int width, int height) { X = x; Y = y; Width = width; Height = height; }

        public int Left => X;
        public int Right => X + Width;
        public int Top => Y;
        public int Bottom => Y + Height;
        public Point Location { get => new Point(X, Y); set { X = value.X; Y = value.Y; } }
        public Point Center => new Point(X + Width / 2, Y + Height / 2);
        public bool IsEmpty => Width == 0 && Height == 0 && X == 0 && Y == 0;

        public bool Contains(int x, int y) => X <= x && x < X + Width && Y <= y && y < Y + Height;
        public bool Contains(Point value) => Contains(value.X, value.Y);
        public bool Contains(Rectangle value) => X <= value.X && value.X + value.Width <= X + Width && Y <= value.Y && value.Y + value.Height <= Y + Height;
        public bool Intersects(Rectangle value) => value.X < X + Width && X < value.X + value.Width && value.Y < Y + Height && Y < value.Y + value.Height;
        public void Offset(int offsetX, int offsetY) { X += offsetX; Y += offsetY; }
        public void Inflate(int horizontalAmount, int verticalAmount)
        {
            X -= horizontalAmount; Y -= verticalAmount; Width += horizontalAmount * 2; Height += verticalAmount * 2;
        }

        public static bool operator ==(Rectangle a, Rectangle b) => a.Equals(b);
        public static bool operator !=(Rectangle a, Rectangle b) => !a.Equals(b);
        public bool Equals(Rectangle other) => X == other.X && Y == other.Y && Width == other.Width && Height == other.Height;
        public override bool Equals(object obj) => obj is Rectangle r && Equals(r);
        public override int GetHashCode() => ((X * 397 ^ Y) * 397 ^ Width) * 397 ^ Height;
        public override string ToString() => string.Format(CultureInfo.CurrentCulture, "{{X:{0} Y:{1} Width:{2} Height:{3}}}", X, Y, Width, Height);
    }

    /// <summary>A float rectangle: top-left Position and Size (sprite viewports of text surfaces).</summary>
    public struct RectangleF : IEquatable<RectangleF>
    {
        public Vector2 Position;
        public Vector2 Size;

        public RectangleF(Vector2 position, Vector2 size) { Position = position; Size = size; }
        public RectangleF(float x, float y, float width, float height) { Position = new Vector2(x, y); Size = new Vector2(width, height); }

        public float X { get => Position.X; set => Position.X = value; }
        public float Y { get => Position.Y; set => Position.Y = value; }
        public float Width { get => Size.X; set => Size.X = value; }
        public float Height { get => Size.Y; set => Size.Y = value; }
        public float Right => Position.X + Size.X;
        public float Bottom => Position.Y + Size.Y;
        public Vector2 Center => Position + Size / 2f;

        public bool Contains(int x, int y) => Contains((float)x, y);
        public bool Contains(float x, float y) => x >= Position.X && x <= Right && y >= Position.Y && y <= Bottom;
        public bool Contains(Vector2 vector2D) => Contains(vector2D.X, vector2D.Y);
        public bool Intersects(RectangleF value) => value.X < Right && X < value.Right && value.Y < Bottom && Y < value.Bottom;

        /// <summary>The overlap of two rectangles; false (and an empty rectangle) when they do not overlap.</summary>
        public static bool Intersect(ref RectangleF value1, ref RectangleF value2, out RectangleF result)
        {
            float left = Math.Max(value1.X, value2.X), top = Math.Max(value1.Y, value2.Y);
            float right = Math.Min(value1.Right, value2.Right), bottom = Math.Min(value1.Bottom, value2.Bottom);
            if (right <= left || bottom <= top)
            {
                result = new RectangleF();
                return false;
            }
            result = new RectangleF(left, top, right - left, bottom - top);
            return true;
        }

        public static RectangleF Min(RectangleF? a, RectangleF? b)
        {
            if (!a.HasValue) return b ?? new RectangleF();
            if (!b.HasValue) return a.Value;
            var first = a.Value;
            var second = b.Value;
            RectangleF result;
            Intersect(ref first, ref second, out result);
            return result;
        }

        public static bool operator ==(RectangleF a, RectangleF b) => a.Equals(b);
        public static bool operator !=(RectangleF a, RectangleF b) => !a.Equals(b);
        public bool Equals(RectangleF other) => Position == other.Position && Size == other.Size;
        public override bool Equals(object obj) => obj is RectangleF r && Equals(r);
        public override int GetHashCode() => Position.GetHashCode() * 397 ^ Size.GetHashCode();
        public override string ToString() => string.Format(CultureInfo.CurrentCulture, "{{X:{0} Y:{1} Width:{2} Height:{3}}}", X, Y, Width, Height);
    }
}
