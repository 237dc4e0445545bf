using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using VRage.Game.GUI.TextPanel;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>An LCD panel: one text surface, which it also offers as surface 0.</summary>
public sealed class SimTextPanel : SimFunctionalBlock, IMyTextPanel, IMyTextSurfaceProvider
{
    public SimTextPanel(SimGrid grid, string customName, bool wide = false) : base(grid, customName)
    {
        Surface = new SimTextSurface("ScreenArea", "Screen", wide ? new Vector2(1024, 512) : new Vector2(512, 512), this);
        SurfaceControls.Bind(this, Surface);
    }

    public SimTextSurface Surface { get; }

    protected override void DescribeOwnState(StringBuilder state) => state.Append(" text=").Append(Surface.GetText());
    public override string DefinitionDisplayNameText => "LCD Panel";
    public override string TypeId => "TextPanel";

    public override int SurfaceCount => 1;
    public override bool UseGenericLcd => true;
    public override IMyTextSurface GetSurface(int index) => index == 0 ? Surface : null!;

    public bool WriteText(string value, bool append = false) => Surface.WriteText(value, append);
    public bool WriteText(StringBuilder value, bool append = false) => Surface.WriteText(value, append);
    public string GetText() => Surface.GetText();
    public void ReadText(StringBuilder buffer, bool append = false) => Surface.ReadText(buffer, append);
    public ContentType ContentType { get => Surface.ContentType; set => Surface.ContentType = value; }
    public TextAlignment Alignment { get => Surface.Alignment; set => Surface.Alignment = value; }
    public float FontSize { get => Surface.FontSize; set => Surface.FontSize = value; }
    public string Font { get => Surface.Font; set => Surface.Font = value; }
    public Color FontColor { get => Surface.FontColor; set => Surface.FontColor = value; }
    public Color BackgroundColor { get => Surface.BackgroundColor; set => Surface.BackgroundColor = value; }
    public float TextPadding { get => Surface.TextPadding; set => Surface.TextPadding = value; }
    public string Script { get => Surface.Script; set => Surface.Script = value; }
    public byte BackgroundAlpha { get => Surface.BackgroundAlpha; set => Surface.BackgroundAlpha = value; }
    public float ChangeInterval { get => Surface.ChangeInterval; set => Surface.ChangeInterval = value; }
    public bool PreserveAspectRatio { get => Surface.PreserveAspectRatio; set => Surface.PreserveAspectRatio = value; }
    public string CurrentlyShownImage => Surface.CurrentlyShownImage;
    public Color ScriptBackgroundColor { get => Surface.ScriptBackgroundColor; set => Surface.ScriptBackgroundColor = value; }
    public Color ScriptForegroundColor { get => Surface.ScriptForegroundColor; set => Surface.ScriptForegroundColor = value; }
    public void AddImageToSelection(string id, bool checkExistence = false) => Surface.AddImageToSelection(id, checkExistence);
    public void AddImagesToSelection(List<string> ids, bool checkExistence = false) => Surface.AddImagesToSelection(ids, checkExistence);
    public void RemoveImageFromSelection(string id, bool removeDuplicates = false) => Surface.RemoveImageFromSelection(id, removeDuplicates);
    public void RemoveImagesFromSelection(List<string> ids, bool removeDuplicates = false) => Surface.RemoveImagesFromSelection(ids, removeDuplicates);
    public void ClearImagesFromSelection() => Surface.ClearImagesFromSelection();
    public void GetSelectedImages(List<string> output) => Surface.GetSelectedImages(output);
    public void GetSprites(List<string> sprites) => Surface.GetSprites(sprites);
    public MySpriteDrawFrame DrawFrame() => Surface.DrawFrame();

    /// <summary>The panel's public title (obsolete in the game's UI, still in the interface); kept as text.</summary>
    public string PublicTitle { get; private set; } = "";
    public string GetPublicTitle() => PublicTitle;
    public bool WritePublicTitle(string value, bool append = false)
    {
        PublicTitle = append ? PublicTitle + value : value ?? "";
        return true;
    }
    public void GetScripts(List<string> scripts) => Surface.GetScripts(scripts);
    public Vector2 SurfaceSize => Surface.SurfaceSize;
    public Vector2 TextureSize => Surface.TextureSize;
    string IMyTextSurface.Name => Surface.Name;
    string IMyTextSurface.DisplayName => Surface.DisplayName;
    public Vector2 MeasureStringInPixels(StringBuilder text, string font, float scale) => Surface.MeasureStringInPixels(text, font, scale);
    public void GetFonts(List<string> fonts) => Surface.GetFonts(fonts);
}
