using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Ingame;
using VRage.Game.GUI.TextPanel;
using VRageMath;

namespace IngameScript
{
    partial class Program
    {
        /// <summary>One text surface the console writes to, with the text it last wrote there.</summary>
        public class ConsoleSurface
        {
            static readonly StringBuilder Probe = new StringBuilder("X");
            readonly StringBuilder _shown = new StringBuilder();

            public ConsoleSurface(IMyTextSurface surface, IMyTerminalBlock block, int index)
            {
                Surface = surface;
                Block = block;
                Index = index;
                if (surface.ContentType == ContentType.NONE)
                    surface.ContentType = ContentType.TEXT_AND_IMAGE;
            }

            public IMyTextSurface Surface { get; private set; }
            public IMyTerminalBlock Block { get; private set; }
            public int Index { get; private set; }

            /// <summary>The block was removed from the world (ground down, destroyed).</summary>
            public bool Gone { get { return Block.Closed; } }

            /// <summary>The player switched this surface to a sprite script: leave it alone.</summary>
            public bool ShowsScript { get { return Surface.ContentType == ContentType.SCRIPT; } }

            /// <summary>How many lines of text fit at the surface's current font size.</summary>
            public int LineCapacity()
            {
                var size = Surface.SurfaceSize;
                var lineHeight = Surface.MeasureStringInPixels(Probe, Surface.Font, Surface.FontSize).Y;
                if (lineHeight <= 0)
                    return 0;
                var usable = size.Y * (1 - 2 * Surface.TextPadding / 100f);
                return Math.Max(1, (int)(usable / lineHeight));
            }

            /// <summary>Writes <paramref name="text"/> unless the surface already shows exactly that.</summary>
            public bool Show(StringBuilder text)
            {
                if (SameText(text, _shown))
                    return false;
                _shown.Clear().Append(text);
                Surface.WriteText(text);
                return true;
            }

            static bool SameText(StringBuilder a, StringBuilder b)
            {
                if (a.Length != b.Length)
                    return false;
                for (var i = 0; i < a.Length; i++)
                    if (a[i] != b[i])
                        return false;
                return true;
            }
        }
    }
}
