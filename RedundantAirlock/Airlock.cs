using System;
using System.Collections.Generic;
using Sandbox.ModAPI.Ingame;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRageMath;

namespace IngameScript
{
    partial class Program
    {
        // One airlock's blocks: what they show goes into its cycle, what the cycle decides goes back to them, and its
        // lights, sound blocks, LCDs and console line show its state.
        public class Airlock
        {
            public readonly string Name, Key;
            public readonly AirlockCycle Cycle;
            public readonly List<IMyDoor> Inner = new List<IMyDoor>(), Outer = new List<IMyDoor>();
            public readonly List<IMyAirVent> Vents = new List<IMyAirVent>();
            public readonly List<IMyLightingBlock> Lights = new List<IMyLightingBlock>();
            public readonly List<IMySoundBlock> Sounds = new List<IMySoundBlock>();
            public readonly List<IMyTextPanel> Screens = new List<IMyTextPanel>();
            // Names spelled out: a minifier renames enum members, and with them what ToString says.
            static readonly string[] Phases = { "idle", "closing", "pumping", "opening", "error", "locked" },
                Stalls = { "None", "DoorStuck", "DoorBroken", "NoVent", "PumpStalled", "Breach" };
            AirlockView _view;
            Phase _shownPhase = (Phase)(-1);
            Side _shownTarget;
            int _shownPercent = -1;

            public Airlock(string name, AirlockSettings settings)
            {
                Name = name;
                Key = KeyOf(name);
                Cycle = new AirlockCycle(settings);
            }

            public string Status { get; private set; } = "";

            // As players type a name: any case, with or without "Airlock", quoted or not.
            public static string KeyOf(string name)
            {
                name = name.Trim().Trim('"').Trim().ToLowerInvariant();
                return name.StartsWith("airlock ") ? name.Substring(8).Trim() : name == "airlock" ? "" : name;
            }

            public void Clear()
            {
                Inner.Clear();
                Outer.Clear();
                Vents.Clear();
                Lights.Clear();
                Sounds.Clear();
                Screens.Clear();
            }

            public AirlockView Look()
            {
                _view.Inner = Look(Inner);
                _view.Outer = Look(Outer);
                var level = 0.0;
                _view.Vents = 0;
                _view.Airtight = true;
                foreach (var vent in Vents)
                    if (vent.IsWorking && !vent.Closed)
                    {
                        _view.Vents++;
                        level += vent.GetOxygenLevel();
                        _view.Airtight &= vent.CanPressurize;
                    }
                _view.Level = _view.Vents > 0 ? level / _view.Vents : 0;
                return _view;
            }

            static SideView Look(List<IMyDoor> doors)
            {
                var side = new SideView { Doors = doors.Count };
                foreach (var door in doors)
                {
                    var status = door.Closed ? DoorStatus.Open : door.Status; // a door that is gone leaves a hole
                    var works = !door.Closed && door.IsWorking;
                    if (status == DoorStatus.Closed)
                        side.Closed++;
                    else if (!works)
                        side.Broken++;
                    if (status == DoorStatus.Open)
                        side.Open++;
                    if (!door.Closed && door.IsFunctional && (works || !door.Enabled))
                        side.Usable++;
                }
                return side;
            }

            public void Apply()
            {
                Move(Inner, Cycle.InnerDoors, Cycle.LockInner);
                Move(Outer, Cycle.OuterDoors, Cycle.LockOuter);
                if (Cycle.Depressurize.HasValue)
                    foreach (var vent in Vents)
                        if (vent.Depressurize != Cycle.Depressurize.Value)
                            vent.Depressurize = Cycle.Depressurize.Value;
            }

            // Locked means switched off, and only once closed: switched off in mid-travel a door would stop unsealed.
            static void Move(List<IMyDoor> doors, DoorIntent intent, bool locked)
            {
                foreach (var door in doors)
                {
                    var status = door.Status;
                    var closed = status == DoorStatus.Closed;
                    if (door.Enabled == (locked && closed))
                        door.Enabled = !(locked && closed);
                    if (intent == DoorIntent.Open && status != DoorStatus.Open && status != DoorStatus.Opening)
                        door.OpenDoor();
                    else if (intent == DoorIntent.Close && !closed && status != DoorStatus.Closing)
                        door.CloseDoor();
                }
            }

            public void Unshow() { _shownPhase = (Phase)(-1); }

            // Console line, LCDs, lights and sound, rewritten only when what they show changed.
            public bool Show()
            {
                var c = Cycle;
                var percent = (int)Math.Round(_view.Level * 100);
                if (c.Phase == _shownPhase && c.Target == _shownTarget && (percent == _shownPercent || c.Phase != Phase.Pumping && Math.Abs(percent - _shownPercent) < 5))
                    return false;
                var entered = c.Phase != _shownPhase;
                _shownPhase = c.Phase;
                _shownTarget = c.Target;
                _shownPercent = percent;
                var what = c.Phase == Phase.Idle ? (c.Safe(Side.Inner, _view) ? "ready inside" : c.Safe(Side.Outer, _view) ? "ready outside" : "idle")
                    : c.Phase == Phase.Locked ? "LOCKED"
                    : c.Phase == Phase.Error ? "ERROR: " + Stalls[(int)c.Stall] + " in " + Phases[(int)c.StalledIn] + ", force to go on"
                    : Phases[(int)c.Phase] + " to " + AirlockCycle.Name(c.Target);
                Status = Name + ": " + what + ", O2 " + percent + "%";
                foreach (var screen in Screens)
                    screen.WriteText(Name + "\n" + what + "\nO2 " + percent + "%");
                if (entered)
                {
                    var color = c.Phase == Phase.Idle ? Color.Green : c.Cycling ? Color.Yellow : Color.Red;
                    foreach (var light in Lights)
                    {
                        light.Color = color;
                        light.BlinkIntervalSeconds = c.Cycling || c.Phase == Phase.Error ? 1 : 0;
                        light.BlinkLength = 50;
                    }
                    foreach (var sound in Sounds)
                        if (c.Phase == Phase.Error)
                            sound.Play();
                        else
                            sound.Stop();
                }
                return true;
            }
        }
    }
}
