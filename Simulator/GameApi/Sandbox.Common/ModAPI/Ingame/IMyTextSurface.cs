using System.Collections.Generic;
using System.Text;
using VRage.Game.GUI.TextPanel;
using VRageMath;

namespace Sandbox.ModAPI.Ingame
{
    public interface IMyTextSurface
    {
        bool WriteText(string value, bool append = false);
        bool WriteText(StringBuilder value, bool append = false);
        string GetText();
        void ReadText(StringBuilder buffer, bool append = false);
        ContentType ContentType { get; set; }
        TextAlignment Alignment { get; set; }
        float FontSize { get; set; }
        string Font { get; set; }
        Color FontColor { get; set; }
        Color BackgroundColor { get; set; }
        float TextPadding { get; set; }
        /// <summary>The sprite script shown when ContentType is SCRIPT.</summary>
        string Script { get; set; }
        /// <summary>Size of the drawable area, in pixels.</summary>
        Vector2 SurfaceSize { get; }
        Vector2 TextureSize { get; }
        string Name { get; }
        string DisplayName { get; }
        /// <summary>Size in pixels that the text takes at the given font and scale.</summary>
        Vector2 MeasureStringInPixels(StringBuilder text, string font, float scale);
        void GetFonts(List<string> fonts);
    }

    public interface IMyTextSurfaceProvider
    {
        int SurfaceCount { get; }
        IMyTextSurface GetSurface(int index);
    }

    public interface IMyTextPanel : IMyTextSurface, IMyFunctionalBlock
    {
    }
}
