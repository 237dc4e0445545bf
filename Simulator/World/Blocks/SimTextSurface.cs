using System.Text;
using Sandbox.ModAPI.Ingame;
using VRage.Game.GUI.TextPanel;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// A text surface (an LCD, a PB's screen, a cockpit screen). It keeps what was written, with font, size
/// and alignment, and counts writes so tests can tell an unchanged surface from a rewritten one. In SCRIPT mode a
/// script draws sprites: each disposed DrawFrame replaces the sprites shown (<see cref="Sprites"/>); nothing is
/// rendered, the sprites are kept as data.
/// Font metrics are our assumption (game-behaviour.md says nothing): a line is 28.8 px high at FontSize 1, a
/// character 24 px wide in "Monospace" and 19 px on average in the other fonts.
/// Scripts can write to the surface of a block that is off, unpowered or broken, and the text is kept, but the
/// screen is dark until the block works again (<see cref="Shown"/>).
/// </summary>
/// <param name="block">The block whose screen this is; null only for a surface on its own (always lit).</param>
public sealed class SimTextSurface(string name, string displayName, Vector2 surfaceSize, Core.SimBlock? block = null) : IMyTextSurface
{
    public const float LineHeight = 28.8f;
    public const float MonospaceCharWidth = 24f;
    public const float AverageCharWidth = 19f;
    public static readonly string[] Fonts = ["Debug", "Monospace", "White", "Red", "Green", "Blue", "DarkBlue", "InfoMessageBoxText"];
    static readonly Lazy<string[]> SpriteIds = new(LoadSpriteIds);

    string _text = "";

    public string Name { get; } = name;
    public string DisplayName { get; } = displayName;
    public Vector2 SurfaceSize { get; } = surfaceSize;
    public Vector2 TextureSize => SurfaceSize;
    public ContentType ContentType { get; set; } = ContentType.NONE;
    public TextAlignment Alignment { get; set; } = TextAlignment.LEFT;
    public float FontSize { get; set; } = 1f;
    public string Font { get; set; } = "Debug";
    public Color FontColor { get; set; } = Color.White;
    public Color BackgroundColor { get; set; } = Color.Black;
    /// <summary>Percent of the surface kept free on each side.</summary>
    public float TextPadding { get; set; } = 2f;
    public string Script { get; set; } = "";
    public byte BackgroundAlpha { get; set; }
    public float ChangeInterval { get; set; }
    public bool PreserveAspectRatio { get; set; }
    public Color ScriptBackgroundColor { get; set; } = new(0, 88, 151);
    public Color ScriptForegroundColor { get; set; } = new(179, 237, 255);
    /// <summary>Selected images are kept but never drawn: the simulator shows text only.</summary>
    public List<string> SelectedImages { get; } = [];
    public string CurrentlyShownImage => SelectedImages.Count > 0 ? SelectedImages[0] : null!;

    /// <summary>Number of WriteText calls, changed text or not.</summary>
    public int Writes { get; private set; }
    /// <summary>Number of writes that changed the text.</summary>
    public int Changes { get; private set; }

    public bool WriteText(string value, bool append = false)
    {
        Writes++;
        var text = append ? _text + (value ?? "") : value ?? "";
        if (text != _text)
            Changes++;
        _text = text;
        return true;
    }

    public bool WriteText(StringBuilder value, bool append = false) => WriteText(value?.ToString() ?? "", append);

    public string GetText() => _text;

    public void ReadText(StringBuilder buffer, bool append = false)
    {
        if (!append)
            buffer.Clear();
        buffer.Append(_text);
    }

    public Vector2 MeasureStringInPixels(StringBuilder text, string font, float scale)
    {
        var lines = 1;
        var longest = 0;
        var current = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines++;
                current = 0;
                continue;
            }
            current++;
            longest = Math.Max(longest, current);
        }
        var width = font == "Monospace" ? MonospaceCharWidth : AverageCharWidth;
        return new Vector2(longest * width * scale, lines * LineHeight * scale);
    }

    public void AddImageToSelection(string id, bool checkExistence = false)
    {
        if (!checkExistence || !SelectedImages.Contains(id))
            SelectedImages.Add(id);
    }

    public void AddImagesToSelection(List<string> ids, bool checkExistence = false)
    {
        foreach (var id in ids)
            AddImageToSelection(id, checkExistence);
    }

    public void RemoveImageFromSelection(string id, bool removeDuplicates = false)
    {
        if (removeDuplicates)
            SelectedImages.RemoveAll(image => image == id);
        else
            SelectedImages.Remove(id);
    }

    public void RemoveImagesFromSelection(List<string> ids, bool removeDuplicates = false)
    {
        foreach (var id in ids)
            RemoveImageFromSelection(id, removeDuplicates);
    }

    public void ClearImagesFromSelection() => SelectedImages.Clear();

    public void GetSelectedImages(List<string> output)
    {
        output.Clear();
        output.AddRange(SelectedImages);
    }

    /// <summary>The sprites of the last frame drawn (disposed), in drawing order.</summary>
    public IReadOnlyList<MySprite> Sprites { get; private set; } = [];
    /// <summary>How many frames were submitted.</summary>
    public int FramesDrawn { get; private set; }

    public MySpriteDrawFrame DrawFrame() => new(frame =>
    {
        var sprites = new List<MySprite>();
        frame.AddToList(sprites);
        Sprites = sprites;
        FramesDrawn++;
    });

    public void GetSprites(List<string> sprites)
    {
        sprites.Clear();
        sprites.AddRange(SpriteIds.Value);
    }

    static string[] LoadSpriteIds()
    {
        using var stream = typeof(SimTextSurface).Assembly.GetManifestResourceStream("sprites.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#')).ToArray();
    }
    public void GetScripts(List<string> scripts) => scripts.Clear();

    public void GetFonts(List<string> fonts)
    {
        fonts.Clear();
        fonts.AddRange(Fonts);
    }

    /// <summary>What a player standing in front of it reads: the text while the surface shows text and its block
    /// works; nothing while the block is off, unpowered or broken (the screen is dark).</summary>
    public string Shown => (block?.IsWorking ?? true) && ContentType == ContentType.TEXT_AND_IMAGE ? _text : "";
}
