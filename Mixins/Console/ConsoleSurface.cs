using System;
using System.Text;
using Sandbox.ModAPI.Ingame;
using VRage.Game.GUI.TextPanel;

namespace IngameScript
{
    partial class Program
    {
        // A screen the console writes to, with the text it last wrote there.
        public class ConsoleSurface
        {
            static readonly StringBuilder Probe = new StringBuilder("X");
            public readonly IMyTextSurface Surface;
            public readonly IMyTerminalBlock Block;
            string _shown;

            public ConsoleSurface(IMyTextSurface surface, IMyTerminalBlock block)
            {
                Surface = surface;
                Block = block;
                if (surface.ContentType == ContentType.NONE)
                    surface.ContentType = ContentType.TEXT_AND_IMAGE;
            }

            // The player chose a sprite script for it: leave it alone.
            public bool ShowsScript => Surface.ContentType == ContentType.SCRIPT;

            public int Lines()
            {
                var line = Surface.MeasureStringInPixels(Probe, Surface.Font, Surface.FontSize).Y;
                return line <= 0 ? 0 : Math.Max(1, (int)(Surface.SurfaceSize.Y * (1 - 2 * Surface.TextPadding / 100f) / line));
            }

            // Compared as strings: the game does that without counting an instruction per character.
            public void Show(StringBuilder text)
            {
                var s = text.ToString();
                if (s != _shown)
                    Surface.WriteText(_shown = s);
            }
        }
    }
}
