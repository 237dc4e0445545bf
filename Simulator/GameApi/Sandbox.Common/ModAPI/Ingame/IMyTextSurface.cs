using System.Collections.Generic;
using System.Text;
using VRage.Game.GUI.TextPanel;
using VRageMath;

namespace Sandbox.ModAPI.Ingame
{
    // Not declared (types the stand-in does not model): DrawFrame() (MySpriteDrawFrame, sprites).
    public interface IMyTextSurface
    {
        /// <summary>Writes (or appends) text; false when the text cannot be changed (someone has it open). Capped at 100,000 characters.</summary>
        bool WriteText(string value, bool append = false);
        bool WriteText(StringBuilder value, bool append = false);
        /// <summary>Current text; allocates. ReadText does not.</summary>
        string GetText();
        void ReadText(StringBuilder buffer, bool append = false);
        void AddImageToSelection(string id, bool checkExistence = false);
        void AddImagesToSelection(List<string> ids, bool checkExistence = false);
        void RemoveImageFromSelection(string id, bool removeDuplicates = false);
        void RemoveImagesFromSelection(List<string> ids, bool removeDuplicates = false);
        void ClearImagesFromSelection();
        /// <summary>Adds the selected image ids to the list; the list is not cleared first.</summary>
        void GetSelectedImages(List<string> output);
        /// <summary>Size in pixels that the text takes at the given font and scale.</summary>
        Vector2 MeasureStringInPixels(StringBuilder text, string font, float scale);
        void GetFonts(List<string> fonts);
        void GetSprites(List<string> sprites);
        void GetScripts(List<string> scripts);

        ContentType ContentType { get; set; }
        TextAlignment Alignment { get; set; }
        float FontSize { get; set; }
        string Font { get; set; }
        Color FontColor { get; set; }
        Color BackgroundColor { get; set; }
        byte BackgroundAlpha { get; set; }
        float TextPadding { get; set; }
        float ChangeInterval { get; set; }
        bool PreserveAspectRatio { get; set; }
        /// <summary>Image shown now; null when none is selected or the surface is in text mode.</summary>
        string CurrentlyShownImage { get; }
        /// <summary>The sprite script shown when ContentType is SCRIPT.</summary>
        string Script { get; set; }
        Color ScriptBackgroundColor { get; set; }
        Color ScriptForegroundColor { get; set; }
        /// <summary>Size of the drawable area, in pixels.</summary>
        Vector2 SurfaceSize { get; }
        Vector2 TextureSize { get; }
        string Name { get; }
        string DisplayName { get; }
    }

    public interface IMyTextSurfaceProvider
    {
        int SurfaceCount { get; }
        bool UseGenericLcd { get; }
        IMyTextSurface GetSurface(int index);
    }

    public interface IMyTextPanel : IMyTextSurface, IMyFunctionalBlock
    {
    }
}
