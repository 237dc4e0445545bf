using VRage.Game.GUI.TextPanel;
using VRageMath;

namespace ShipSim.StandIn.Tests;

/// <summary>Sprites and draw frames: what a script builds and hands to a surface when the frame is disposed.</summary>
public class SpriteTests
{
    [Fact]
    public void Sprite_FactoriesFillTheFields()
    {
        var text = MySprite.CreateText("Hello", "Debug", Color.Lime, 1.5f, TextAlignment.LEFT);
        Assert.Equal(SpriteType.TEXT, text.Type);
        Assert.Equal("Hello", text.Data);
        Assert.Equal("Debug", text.FontId);
        Assert.Equal(Color.Lime, text.Color);
        Assert.Equal(1.5f, text.RotationOrScale);
        Assert.Equal(TextAlignment.LEFT, text.Alignment);

        var square = MySprite.CreateSprite("SquareSimple", new Vector2(256, 256), new Vector2(100, 50));
        Assert.Equal(SpriteType.TEXTURE, square.Type);
        Assert.Equal(new Vector2(100, 50), square.Size);
        Assert.Equal(SpriteType.CLIP_RECT, MySprite.CreateClipRect(new Rectangle(0, 0, 10, 10)).Type);

        MySerializableSprite saved = square;
        Assert.Equal(square, (MySprite)saved);
    }

    [Fact]
    public void DrawFrame_SubmitsItsSpritesOnceWhenDisposed()
    {
        var submitted = new List<MySprite[]>();
        var frame = new MySpriteDrawFrame(f => submitted.Add(f.ToCollection().Sprites));
        frame.Add(new MySprite(SpriteType.TEXTURE, "Circle"));
        using (frame.Clip(0, 0, 100, 100))
            frame.AddRange([MySprite.CreateText("a", "White", Color.White), MySprite.CreateText("b", "White", Color.White)]);
        Assert.Empty(submitted);

        frame.Dispose();
        frame.Dispose();
        var copy = frame;
        copy.Dispose(); // a copy shares the frame: still submitted once

        var sprites = Assert.Single(submitted);
        // The clip ends with a clip sprite without a rectangle (the clear-clip sprite).
        Assert.Null(sprites[^1].Size);
        Assert.Equal([SpriteType.TEXTURE, SpriteType.CLIP_RECT, SpriteType.TEXT, SpriteType.TEXT, SpriteType.CLIP_RECT], sprites.Select(s => s.Type));
    }

    [Fact]
    public void DrawFrame_WithoutCallbackIgnoresEverything()
    {
        var frame = new MySpriteDrawFrame(null);
        frame.Add(new MySprite());
        frame.Dispose();
        Assert.Null(frame.ToCollection().Sprites);
    }
}
