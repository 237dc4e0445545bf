using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Ingame;
using VRage.Game.GUI.TextPanel;
using VRage.Game.ModAPI.Ingame.Utilities;

namespace IngameScript
{
    partial class Program
    {
        // The console on the PB's own screen, in Echo, and on screens opted in by their block's Custom Data: [console] with
        // surface=0 (or 0,2), script=Name, fontsize=0.8 (docs/console.md). Found again every 10 s, or at once by Rescan().
        public class MainConsole : EchoConsole
        {
            readonly List<Screen> _screens = new List<Screen>(); // the PB's own first
            readonly HashSet<IMyTextSurface> _scripted = new HashSet<IMyTextSurface>(); // warned about once each
            readonly List<IMyTerminalBlock> _found = new List<IMyTerminalBlock>();
            // What the last scan parsed: the same blocks with the same Custom Data parse nothing.
            readonly Dictionary<IMyTerminalBlock, string> _parsed = new Dictionary<IMyTerminalBlock, string>();
            readonly Dictionary<long, string> _warnedFor = new Dictionary<long, string>();
            readonly Func<IMyTerminalBlock, bool> _optedIn;
            readonly MyIni _ini = new MyIni();
            long _scannedAt;
            bool _wasShared = true;

            // Shown: the text last written there (comparing strings costs no instruction per character).
            class Screen
            {
                public IMyTextSurface Surface;
                public IMyTerminalBlock Block;
                public string Shown;
            }

            public MainConsole(MyGridProgram program, string scriptName) : base(program, scriptName)
            {
                _title = scriptName;
                Add(program.Me.GetSurface(0), program.Me, 0);
                _optedIn = b => b.IsSameConstructAs(program.Me) && MyIni.HasSection(b.CustomData, "console");
                Rescan();
            }

            // Off on a standby node, so that only the active writes the opted-in screens.
            public bool SharedSurfaces { get; set; } = true;

            protected override void Redraw()
            {
                _changed |= SharedSurfaces && !_wasShared; // back on: redrawn at once
                _wasShared = SharedSurfaces;
                if (_ticks - _scannedAt >= 600)
                    Rescan();
                for (var i = _screens.Count - 1; i > 0; i--)
                    if (_screens[i].Block.Closed)
                    {
                        Log("Screen of \"" + _screens[i].Block.CustomName + "\" is gone", LogLevel.Warning);
                        _screens.RemoveAt(i);
                    }
                if (!_changed)
                    return;
                var count = SharedSurfaces ? _screens.Count : 1;
                // Warnings first, so that this very redraw shows them. A sprite script's screen is the player's.
                for (var i = 0; i < count; i++)
                {
                    var s = _screens[i].Surface;
                    if (s.ContentType != ContentType.SCRIPT)
                        _scripted.Remove(s);
                    else if (_scripted.Add(s))
                        Log((i > 0 ? "\"" + _screens[i].Block.CustomName + "\"" : "This block's screen") + " shows a sprite script: console paused there", LogLevel.Warning);
                }
                for (var i = 0; i < count; i++)
                {
                    var s = _screens[i].Surface;
                    var script = s.ContentType == ContentType.SCRIPT;
                    if (script && i > 0)
                        continue;
                    // One line's height; no limit when it cannot be measured.
                    var line = s.MeasureStringInPixels(_sb.Clear().Append('X'), s.Font, s.FontSize).Y;
                    Compose(script ? EchoLines : line <= 0 ? int.MaxValue : Math.Max(1, (int)(s.SurfaceSize.Y * (1 - 2 * s.TextPadding / 100) / line)));
                    var text = _sb.ToString();
                    if (i == 0)
                        _echo = text;
                    if (!script && text != _screens[i].Shown)
                        s.WriteText(_screens[i].Shown = text);
                }
                _changed = false;
            }

            void Add(IMyTextSurface surface, IMyTerminalBlock block, float fontSize)
            {
                if (surface.ContentType == ContentType.NONE)
                    surface.ContentType = ContentType.TEXT_AND_IMAGE;
                if (fontSize > 0)
                    surface.FontSize = fontSize;
                _screens.Add(new Screen { Surface = surface, Block = block });
            }

            public void Rescan()
            {
                _scannedAt = _ticks;
                _p.GridTerminalSystem.GetBlocksOfType(_found, _optedIn);
                var same = _found.Count == _parsed.Count;
                string data;
                foreach (var block in _found)
                    same &= _parsed.TryGetValue(block, out data) && data == block.CustomData;
                if (same)
                    return;
                _parsed.Clear();
                _screens.RemoveRange(1, _screens.Count - 1);
                foreach (var block in _found)
                    AddScreens(block);
                _changed = true;
            }

            void AddScreens(IMyTerminalBlock block)
            {
                MyIniParseResult result;
                _parsed[block] = block.CustomData;
                if (!_ini.TryParse(block.CustomData, out result))
                {
                    WarnOnce(block, "Custom Data of \"" + block.CustomName + "\" is not valid INI (" + result + "): its screen is skipped");
                    return;
                }
                var script = _ini.Get("console", "script").ToString();
                if (script.Length > 0 && !string.Equals(script, ScriptName, StringComparison.OrdinalIgnoreCase))
                    return;
                var provider = block as IMyTextSurfaceProvider;
                var count = provider != null ? provider.SurfaceCount : block is IMyTextSurface ? 1 : 0;
                var fontSize = _ini.Get("console", "fontsize").ToSingle(0f);
                foreach (var item in _ini.Get("console", "surface").ToString("0").Split(','))
                {
                    int i;
                    if (int.TryParse(item.Trim(), out i) && i >= 0 && i < count)
                        Add(provider != null ? provider.GetSurface(i) : (IMyTextSurface)block, block, fontSize);
                    else
                        WarnOnce(block, "\"" + block.CustomName + "\": [console] surface=" + item.Trim() + " is not one of its " + count + " screen(s)");
                }
            }

            // Once per block, and again only after the player edits its Custom Data.
            void WarnOnce(IMyTerminalBlock block, string message)
            {
                string warned;
                if (!_warnedFor.TryGetValue(block.EntityId, out warned) || warned != block.CustomData)
                    Log(message, LogLevel.Warning);
                _warnedFor[block.EntityId] = block.CustomData;
            }
        }
    }
}
