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
        // The console on the PB's own screen, in Echo, and on every screen opted in by its block's Custom Data:
        //   [console]
        //   surface=0      ; which of the block's screens, from 0; several: 0,2 (default 0)
        //   script=Name    ; only this script's console (default: any)
        //   fontsize=0.8   ; optional; otherwise the screen keeps its own
        // Screens are found again every 10 s of game time, or at once with Rescan().
        public class MainConsole : EchoConsole
        {
            const string Section = "console";
            readonly ConsoleSurface _own;
            readonly List<ConsoleSurface> _shared = new List<ConsoleSurface>();
            // What the last scan parsed: finding the same blocks with the same Custom Data parses nothing.
            readonly List<IMyTerminalBlock> _found = new List<IMyTerminalBlock>(), _scanned = new List<IMyTerminalBlock>();
            readonly List<string> _scannedData = new List<string>();
            readonly List<IMyTextSurface> _showingScript = new List<IMyTextSurface>(); // warned about once each
            readonly Dictionary<long, string> _warnedFor = new Dictionary<long, string>();
            readonly Func<IMyTerminalBlock, bool> _optedIn;
            readonly MyIni _ini = new MyIni();
            long _scannedAt;
            bool _redraw = true, _sharedOn = true;

            public MainConsole(MyGridProgram program, string scriptName) : base(program, scriptName)
            {
                _title = scriptName;
                _own = new ConsoleSurface(program.Me.GetSurface(0), program.Me);
                _optedIn = b => b.IsSameConstructAs(program.Me) && MyIni.HasSection(b.CustomData, Section);
                Rescan();
            }

            // Off on a standby node, so that only the active writes the opted-in screens; back on, they are redrawn at
            // the next flush. The PB's own screen is always written.
            public bool SharedSurfaces
            {
                get { return _sharedOn; }
                set
                {
                    _redraw |= value && !_sharedOn;
                    _sharedOn = value;
                }
            }

            public override void Flush()
            {
                EndRun();
                if (_ticks - _scannedAt >= 600)
                    Rescan();
                for (var i = _shared.Count - 1; i >= 0; i--)
                    if (_shared[i].Block.Closed)
                    {
                        Log("Screen of \"" + _shared[i].Block.CustomName + "\" is gone", LogLevel.Warning);
                        _shared.RemoveAt(i);
                    }
                if (_changed || _redraw)
                {
                    // Warnings first, so that they show in this very redraw.
                    NoteScript(_own);
                    for (var i = 0; _sharedOn && i < _shared.Count; i++)
                        NoteScript(_shared[i]);
                    if (_own.ShowsScript)
                        Compose(EchoLines);
                    else
                        Draw(_own);
                    _echo = _sb.ToString();
                    for (var i = 0; _sharedOn && i < _shared.Count; i++)
                        Draw(_shared[i]);
                    _changed = _redraw = false;
                }
                _p.Echo(_echo);
            }

            void Draw(ConsoleSurface s)
            {
                if (s.ShowsScript)
                    return;
                Compose(s.Lines());
                s.Show(_sb);
            }

            void NoteScript(ConsoleSurface s)
            {
                var known = _showingScript.Contains(s.Surface);
                if (s.ShowsScript && !known)
                {
                    _showingScript.Add(s.Surface);
                    Log((s == _own ? "This block's screen" : "\"" + s.Block.CustomName + "\"") + " shows a sprite script: console paused there", LogLevel.Warning);
                }
                else if (!s.ShowsScript && known)
                    _showingScript.Remove(s.Surface);
            }

            public void Rescan()
            {
                _scannedAt = _ticks;
                _p.GridTerminalSystem.GetBlocksOfType(_found, _optedIn);
                var same = _found.Count == _scanned.Count;
                for (var i = 0; same && i < _found.Count; i++)
                    same = _found[i] == _scanned[i] && _found[i].CustomData == _scannedData[i];
                if (same)
                    return;
                _scanned.Clear();
                _scannedData.Clear();
                _shared.Clear();
                foreach (var block in _found)
                {
                    _scanned.Add(block);
                    _scannedData.Add(block.CustomData);
                    AddSurfaces(block);
                }
                _redraw = true;
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
                if (script.Length > 0 && !string.Equals(script, ScriptName, StringComparison.OrdinalIgnoreCase))
                    return;
                var provider = block as IMyTextSurfaceProvider;
                var count = provider != null ? provider.SurfaceCount : block is IMyTextSurface ? 1 : 0;
                var fontSize = _ini.Get(Section, "fontsize").ToSingle(0f);
                foreach (var item in _ini.Get(Section, "surface").ToString("0").Split(','))
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
                    _shared.Add(new ConsoleSurface(surface, block));
                }
            }

            // Logged once per block, and again only after the player edits its Custom Data.
            void WarnOnce(IMyTerminalBlock block, string message)
            {
                string warned;
                if (_warnedFor.TryGetValue(block.EntityId, out warned) && warned == block.CustomData)
                    return;
                _warnedFor[block.EntityId] = block.CustomData;
                Log(message, LogLevel.Warning);
            }
        }
    }
}
