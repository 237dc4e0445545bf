using System;
using System.Collections.Generic;
using VRageMath;

namespace VRage.Game.GUI.TextPanel
{
    /// <summary>
    /// One drawing instruction for a text surface in SCRIPT mode: a texture (Data = sprite id), a text (Data = text,
    /// RotationOrScale = scale) or a clip rectangle. Null Position/Size/Color mean the surface's defaults.
    /// </summary>
    public struct MySprite : IEquatable<MySprite>
    {
        public SpriteType Type;
        public Vector2? Position;
        public Vector2? Size;
        public Color? Color;
        public string Data;
        public string FontId;
        public TextAlignment Alignment;
        public float RotationOrScale;

        public MySprite(SpriteType type = SpriteType.TEXTURE, string data = null, Vector2? position = null, Vector2? size = null,
            Color? color = null, string fontId = null, TextAlignment alignment = TextAlignment.CENTER, float rotation = 0f)
        {
            Type = type;
            Data = data;
            Position = position;
            Size = size;
            Color = color;
            FontId = fontId;
            Alignment = alignment;
            RotationOrScale = rotation;
        }

        public static MySprite CreateSprite(string sprite, Vector2 position, Vector2 size) =>
            new MySprite(SpriteType.TEXTURE, sprite, position, size);
        public static MySprite CreateText(string text, string fontId, Color color, float scale = 1f, TextAlignment alignment = TextAlignment.CENTER) =>
            new MySprite(SpriteType.TEXT, text, null, null, color, fontId, alignment, scale);
        /// <summary>Later sprites are clipped to this rectangle until a clear-clip sprite.</summary>
        public static MySprite CreateClipRect(Rectangle rect) =>
            new MySprite(SpriteType.CLIP_RECT, null, new Vector2(rect.X, rect.Y), new Vector2(rect.Width, rect.Height));
        public static MySprite CreateClearClipRect() => new MySprite(SpriteType.CLIP_RECT);

        public static implicit operator MySerializableSprite(MySprite sprite) => new MySerializableSprite
        {
            Type = sprite.Type,
            Data = sprite.Data,
            Position = sprite.Position.HasValue ? new SerializableVector2(sprite.Position.Value.X, sprite.Position.Value.Y) : (SerializableVector2?)null,
            Size = sprite.Size.HasValue ? new SerializableVector2(sprite.Size.Value.X, sprite.Size.Value.Y) : (SerializableVector2?)null,
            Color = sprite.Color?.PackedValue,
            FontId = sprite.FontId,
            Alignment = sprite.Alignment,
            RotationOrScale = sprite.RotationOrScale,
        };

        public static implicit operator MySprite(MySerializableSprite sprite) => new MySprite(
            sprite.Type, sprite.Data,
            sprite.Position.HasValue ? new Vector2(sprite.Position.Value.X, sprite.Position.Value.Y) : (Vector2?)null,
            sprite.Size.HasValue ? new Vector2(sprite.Size.Value.X, sprite.Size.Value.Y) : (Vector2?)null,
            sprite.Color.HasValue ? new Color(sprite.Color.Value) : (Color?)null,
            sprite.FontId, sprite.Alignment, sprite.RotationOrScale);

        public bool Equals(MySprite other) =>
            Type == other.Type && Position == other.Position && Size == other.Size && Color == other.Color && Data == other.Data
            && FontId == other.FontId && Alignment == other.Alignment && RotationOrScale == other.RotationOrScale;
        public override bool Equals(object obj) => obj is MySprite s && Equals(s);
        public override int GetHashCode() => ((int)Type * 397 ^ (Data?.GetHashCode() ?? 0)) * 397 ^ Position.GetHashCode();
    }

    /// <summary>A frame's sprites as one value (what a surface shows).</summary>
    public struct MySpriteCollection
    {
        public MySprite[] Sprites;

        public MySpriteCollection(MySprite[] sprites) { Sprites = sprites; }
    }

    /// <summary>
    /// A frame being drawn on a text surface: sprites are collected by Add and shown together when the frame is
    /// disposed (submitted once; a second Dispose does nothing). Copies of the struct share the same sprite list.
    /// </summary>
    public struct MySpriteDrawFrame : IDisposable
    {
        /// <summary>Returned by Clip: disposing it adds the clear-clip sprite.</summary>
        public struct ClearClipToken : IDisposable
        {
            readonly MySpriteDrawFrame _frame;

            public ClearClipToken(MySpriteDrawFrame frame) { _frame = frame; }

            public void Dispose() => _frame.Add(MySprite.CreateClearClipRect());
        }

        readonly List<MySprite> _sprites;
        readonly SubmitOnce _submit;

        public MySpriteDrawFrame(Action<MySpriteDrawFrame> submitFrameCallback)
        {
            _sprites = submitFrameCallback == null ? null : new List<MySprite>();
            _submit = submitFrameCallback == null ? null : new SubmitOnce(submitFrameCallback);
        }

        public void Add(MySprite sprite) => _sprites?.Add(sprite);
        public void AddRange(IEnumerable<MySprite> sprites)
        {
            if (_sprites != null && sprites != null)
                _sprites.AddRange(sprites);
        }

        public ClearClipToken Clip(int x, int y, int width, int height)
        {
            Add(MySprite.CreateClipRect(new Rectangle(x, y, width, height)));
            return new ClearClipToken(this);
        }

        public void AddToList(List<MySprite> list)
        {
            if (list != null && _sprites != null)
                list.AddRange(_sprites);
        }

        public MySpriteCollection ToCollection() =>
            _sprites == null || _sprites.Count == 0 ? default(MySpriteCollection) : new MySpriteCollection(_sprites.ToArray());

        public void Dispose() => _submit?.Run(this);

        // Held by reference so that every copy of the frame sees that it was submitted.
        sealed class SubmitOnce
        {
            Action<MySpriteDrawFrame> _callback;

            public SubmitOnce(Action<MySpriteDrawFrame> callback) { _callback = callback; }

            public void Run(MySpriteDrawFrame frame)
            {
                var callback = _callback;
                _callback = null;
                callback?.Invoke(frame);
            }
        }
    }

    /// <summary>A sprite in saved form.</summary>
    public struct MySerializableSprite
    {
        public SpriteType Type;
        public SerializableVector2? Position;
        public SerializableVector2? Size;
        public uint? Color;
        public string Data;
        public string FontId;
        public TextAlignment Alignment;
        public float RotationOrScale;
        public int Index;
    }

    public struct MySerializableSpriteCollection
    {
        public MySerializableSprite[] Sprites;
        public int Length;

        public MySerializableSpriteCollection(MySerializableSprite[] sprites, int length)
        {
            Sprites = sprites;
            Length = length;
        }
    }
}
