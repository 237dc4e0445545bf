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
        /// <summary>
        /// The full console: the script's name, its status lines, runtime figures and the newest log lines
        /// that fit, on the programmable block's own screen, on every screen a player opts in through
        /// Custom Data, and in Echo (the block's detailed info).
        ///
        /// Opting a screen in - Custom Data of an LCD, cockpit, button panel or any block with screens:
        ///   [console]
        ///   surface=0        ; which of the block's screens, from 0; several: 0,2 (default 0)
        ///   script=Name      ; only this script's console (default: any script using the console)
        ///   fontsize=0.8     ; optional; otherwise the screen keeps its own
        /// Blocks are found again every 10 s of game time, or at once with <see cref="Rescan"/>.
        /// </summary>
        public class MainConsole : IConsole
        {
            public const string Section = "console";
            const long RescanTicks = 600;

            readonly MyGridProgram _program;
            readonly string _scriptName;
            readonly ConsoleText _text;
            readonly StringBuilder _compose = new StringBuilder();
            readonly ConsoleSurface _own;
            readonly List<ConsoleSurface> _shared = new List<ConsoleSurface>();
            readonly List<IMyTerminalBlock> _candidates = new List<IMyTerminalBlock>();
            // What the last scan parsed, so that a rescan finding the same blocks with the same Custom Data
            // parses nothing and allocates nothing.
            readonly List<IMyTerminalBlock> _scannedBlocks = new List<IMyTerminalBlock>();
            readonly List<string> _scannedData = new List<string>();
            readonly Dictionary<long, string> _warnedFor = new Dictionary<long, string>();
            readonly Func<IMyTerminalBlock, bool> _optedIn;
            readonly MyIni _ini = new MyIni();
            string _echo = "";
            long _lastScan;
            bool _redraw = true;

            public MainConsole(MyGridProgram program, string scriptName)
            {
                _program = program;
                _scriptName = scriptName;
                _text = new ConsoleText(scriptName, program.Runtime);
                _own = new ConsoleSurface(program.Me.GetSurface(0), program.Me, 0);
                _optedIn = block => block.IsSameConstructAs(_program.Me) && MyIni.HasSection(block.CustomData, Section);
                Rescan();
            }

            /// <summary>Whether screens opted in through Custom Data are written. A standby node turns this off,
            /// so that only the active node drives the shared screens; its own screen is always written.</summary>
            public bool SharedSurfaces { get; set; } = true;

            /// <summary>Screens opted in and in use.</summary>
            public int SharedSurfaceCount { get { return _shared.Count; } }

            public void Log(string message, LogLevel level = LogLevel.Info)
            {
                _text.Log(message, level);
            }

            public void SetStatus(string key, string text)
            {
                _text.SetStatus(key, text);
            }

            public void ClearStatus(string key)
            {
                _text.ClearStatus(key);
            }

            public void Flush()
            {
                _text.EndRun();
                if (_text.Ticks - _lastScan >= RescanTicks)
                    Rescan();
                for (var i = _shared.Count - 1; i >= 0; i--)
                {
                    if (_shared[i].Gone)
                    {
                        _text.Log("Screen of \"" + _shared[i].Block.CustomName + "\" is gone", LogLevel.Warning);
                        _shared.RemoveAt(i);
                    }
                }
                if (_text.Changed || _redraw)
                {
                    Draw(_own);
                    _echo = _compose.ToString();
                    if (SharedSurfaces)
                        for (var i = 0; i < _shared.Count; i++)
                            Draw(_shared[i]);
                    _text.MarkShown();
                    _redraw = false;
                }
                _program.Echo(_echo);
            }

            void Draw(ConsoleSurface surface)
            {
                if (surface.ShowsScript)
                {
                    WarnOnce(surface.Block, "\"" + surface.Block.CustomName + "\" shows a sprite script: console paused there");
                    return;
                }
                _text.Compose(_compose, surface.LineCapacity());
                surface.Show(_compose);
            }

            /// <summary>Finds the screens opted in through Custom Data again.</summary>
            public void Rescan()
            {
                _lastScan = _text.Ticks;
                _program.GridTerminalSystem.GetBlocksOfType(_candidates, _optedIn);
                if (SameAsLastScan())
                    return;
                _scannedBlocks.Clear();
                _scannedData.Clear();
                foreach (var block in _candidates)
                {
                    _scannedBlocks.Add(block);
                    _scannedData.Add(block.CustomData);
                }
                _shared.Clear();
                foreach (var block in _candidates)
                    AddSurfaces(block);
                _redraw = true;
            }

            bool SameAsLastScan()
            {
                if (_candidates.Count != _scannedBlocks.Count)
                    return false;
                for (var i = 0; i < _candidates.Count; i++)
                    if (_candidates[i] != _scannedBlocks[i] || !ReferenceEquals(_candidates[i].CustomData, _scannedData[i])
                        && _candidates[i].CustomData != _scannedData[i])
                        return false;
                return true;
            }

            void AddSurfaces(IMyTerminalBlock block)
            {
                MyIniParseResult result;
                if (!_ini.TryParse(block.CustomData, out result))
                {
                    WarnOnce(block, "Custom Data of \"" + block.CustomName + "\" is not valid INI (" + result + "): its screen is skipped");
                    return;
                }
                var script = _ini.Get(Section, "script").ToString();
                if (script.Length > 0 && !string.Equals(script, _scriptName, StringComparison.OrdinalIgnoreCase))
                    return;
                var provider = block as IMyTextSurfaceProvider;
                var count = provider != null ? provider.SurfaceCount : block is IMyTextSurface ? 1 : 0;
                var indexes = _ini.Get(Section, "surface").ToString("0").Split(',');
                var fontSize = _ini.Get(Section, "fontsize").ToSingle(0f);
                foreach (var item in indexes)
                {
                    int index;
                    if (!int.TryParse(item.Trim(), out index) || index < 0 || index >= count)
                    {
                        WarnOnce(block, "\"" + block.CustomName + "\": [console] surface=" + item.Trim() + " is not one of its " + count + " screen(s)");
                        continue;
                    }
                    var surface = provider != null ? provider.GetSurface(index) : (IMyTextSurface)block;
                    if (fontSize > 0)
                        surface.FontSize = fontSize;
                    _shared.Add(new ConsoleSurface(surface, block, index));
                }
            }

            // A problem with a block's Custom Data is logged once, and again only after the player edits it.
            void WarnOnce(IMyTerminalBlock block, string message)
            {
                string warned;
                if (_warnedFor.TryGetValue(block.EntityId, out warned) && warned == block.CustomData)
                    return;
                _warnedFor[block.EntityId] = block.CustomData;
                _text.Log(message, LogLevel.Warning);
            }
        }
    }
}
