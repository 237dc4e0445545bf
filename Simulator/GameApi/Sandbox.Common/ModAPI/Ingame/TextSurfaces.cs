using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Interfaces;
using VRage;
using VRage.Collections;
using VRage.Game;
using VRage.Game.GUI.TextPanel;
using VRage.Game.ModAPI.Ingame;
using VRage.ObjectBuilders;
using VRageMath;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace Sandbox.ModAPI.Ingame
{
    public interface IMyTextSurface
    {
        TextAlignment Alignment { get; set; }
        byte BackgroundAlpha { get; set; }
        Color BackgroundColor { get; set; }
        float ChangeInterval { get; set; }
        ContentType ContentType { get; set; }
        /// <summary>Image shown now; null when none is selected or the surface is in text mode.</summary>
        string CurrentlyShownImage { get; }
        string DisplayName { get; }
        string Font { get; set; }
        Color FontColor { get; set; }
        float FontSize { get; set; }
        string Name { get; }
        bool PreserveAspectRatio { get; set; }
        /// <summary>The sprite script shown when ContentType is SCRIPT.</summary>
        string Script { get; set; }
        Color ScriptBackgroundColor { get; set; }
        Color ScriptForegroundColor { get; set; }
        /// <summary>Size of the drawable area, in pixels.</summary>
        Vector2 SurfaceSize { get; }
        float TextPadding { get; set; }
        Vector2 TextureSize { get; }
        void AddImagesToSelection(List<string> ids, bool checkExistence = false);
        void AddImageToSelection(string id, bool checkExistence = false);
        void ClearImagesFromSelection();
        MySpriteDrawFrame DrawFrame();
        void GetFonts(List<string> fonts);
        void GetScripts(List<string> scripts);
        /// <summary>Adds the selected image ids to the list; the list is not cleared first.</summary>
        void GetSelectedImages(List<string> output);
        void GetSprites(List<string> sprites);
        /// <summary>Current text; allocates. ReadText does not.</summary>
        string GetText();
        /// <summary>Size in pixels that the text takes at the given font and scale.</summary>
        Vector2 MeasureStringInPixels(StringBuilder text, string font, float scale);
        void ReadText(StringBuilder buffer, bool append = false);
        void RemoveImageFromSelection(string id, bool removeDuplicates = false);
        void RemoveImagesFromSelection(List<string> ids, bool removeDuplicates = false);
        /// <summary>Writes (or appends) text; false when the text cannot be changed (someone has it open). Capped at 100,000 characters.</summary>
        bool WriteText(string value, bool append = false);
        /// <summary>Writes (or appends) text; false when the text cannot be changed (someone has it open). Capped at 100,000 characters.</summary>
        bool WriteText(StringBuilder value, bool append = false);
    }

    public interface IMyTextSurfaceProvider
    {
        int SurfaceCount { get; }
        bool UseGenericLcd { get; }
        IMyTextSurface GetSurface(int index);
    }

    public interface IMyTextPanel : IMyTextSurface, IMyFunctionalBlock
    {
        string GetPublicTitle();
        bool WritePublicTitle(string value, bool append = false);
    }
}
