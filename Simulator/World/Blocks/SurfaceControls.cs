using System.Text;
using ShipSim.World.Core;
using VRage.Game.GUI.TextPanel;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// Binds the terminal properties of a block's main text surface ("Content", "Font", "FontSize", "alignment" ...)
/// to that surface, so GetValue/SetValue and the surface's own members agree. The Int64 combo values are our
/// mapping: Content and alignment are the enum values; Font is the index in <see cref="SimTextSurface.Fonts"/>.
/// Slider ranges are ours: font size 0.1..10, padding 0..50 %, image interval 0..30 s.
/// </summary>
public static class SurfaceControls
{
    public static void Bind(SimBlock block, SimTextSurface surface)
    {
        block.BindProperty("Content", () => (long)surface.ContentType, v => surface.ContentType = (ContentType)Math.Clamp(v, 0, 3), 0L, 3L, 0L);
        block.BindProperty("Font", () => (long)Math.Max(0, Array.IndexOf(SimTextSurface.Fonts, surface.Font)),
            v => surface.Font = SimTextSurface.Fonts[Math.Clamp(v, 0, SimTextSurface.Fonts.Length - 1)], 0L, SimTextSurface.Fonts.Length - 1L, 0L);
        block.BindProperty("FontSize", () => surface.FontSize, v => surface.FontSize = Math.Clamp(v, 0.1f, 10f), 0.1f, 10f, 1f);
        block.BindProperty("FontColor", () => surface.FontColor, v => surface.FontColor = v, Color.Black, Color.White, Color.White);
        block.BindProperty("alignment", () => (long)surface.Alignment, v => surface.Alignment = (TextAlignment)Math.Clamp(v, 0, 2), 0L, 2L, 0L);
        block.BindProperty("TextPaddingSlider", () => surface.TextPadding, v => surface.TextPadding = Math.Clamp(v, 0f, 50f), 0f, 50f, 2f);
        block.BindProperty("BackgroundColor", () => surface.BackgroundColor, v => surface.BackgroundColor = v, Color.Black, Color.White, Color.Black);
        block.BindProperty("ScriptForegroundColor", () => surface.ScriptForegroundColor, v => surface.ScriptForegroundColor = v, Color.Black, Color.White, new Color(179, 237, 255));
        block.BindProperty("ScriptBackgroundColor", () => surface.ScriptBackgroundColor, v => surface.ScriptBackgroundColor = v, Color.Black, Color.White, new Color(0, 88, 151));
        block.BindProperty("ChangeIntervalSlider", () => surface.ChangeInterval, v => surface.ChangeInterval = Math.Clamp(v, 0f, 30f), 0f, 30f, 0f);
        block.BindProperty("PreserveAspectRatio", () => surface.PreserveAspectRatio, v => surface.PreserveAspectRatio = v);
    }
}
