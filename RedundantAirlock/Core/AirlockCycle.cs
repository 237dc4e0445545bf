using System;

namespace IngameScript
{
    partial class Program
    {
        public enum Side { None, Inner, Outer }
        public enum Phase { Idle, Closing, Pumping, Opening, Error, Locked }
        public enum DoorIntent { Leave, Open, Close }
        public enum Stall { None, DoorStuck, DoorBroken, NoVent, PumpStalled, Breach }

        // The doors of one side. Usable: can open once switched on (a locked door is switched off, not broken).
        // Broken: not closed and not working, so it cannot close.
        public struct SideView
        {
            public int Doors, Closed, Open, Usable, Broken;
            public bool AllClosed => Closed == Doors;
        }

        public struct AirlockView
        {
            public SideView Inner, Outer;
            public int Vents;      // working air vents
            public double Level;   // chamber oxygen 0..1, as the vents report it
            public bool Airtight;  // every working vent can pressurize
            public SideView Of(Side side) => side == Side.Outer ? Outer : Inner;
        }

        // Levels 0..1, times in ticks.
        public class AirlockSettings
        {
            public double Inside = 1, Outside, Tolerance = 0.05;
            public int DoorTicks = 300, PumpTicks = 1200, AutoCloseTicks = 300;
            public bool LockIdle = true;
            public double LevelOf(Side side) => side == Side.Outer ? Outside : Inside;
        }

        // One airlock's cycle, a pure state machine: commands and views in, door, lock and vent intents out. Close and
        // lock every door, pump to the target side's level, open that side, close it after a delay. Each phase has a
        // timeout; a stall seals everything until `force`. Unforced, it opens a door only while every door of the other
        // side is closed and the chamber is within the tolerance of the side's level.
        public class AirlockCycle
        {
            public readonly AirlockSettings Settings;
            long _since, _autoCloseAt = -1;
            bool _closeAll;

            public AirlockCycle(AirlockSettings settings) { Settings = settings; }

            public Phase Phase { get; private set; }
            public Phase StalledIn { get; private set; }
            public Stall Stall { get; private set; }
            public Side Target { get; private set; }
            public bool Forced { get; private set; }
            public DoorIntent InnerDoors { get; private set; }
            public DoorIntent OuterDoors { get; private set; }
            public bool LockInner { get; private set; }
            public bool LockOuter { get; private set; }
            public bool? Depressurize { get; private set; } // null: leave the vents as they are
            public string Message { get; private set; }     // worth a log line, once
            public bool Cycling => Phase >= Phase.Closing && Phase <= Phase.Opening;
            public bool Busy => Cycling || _autoCloseAt >= 0 || _closeAll;

            public static Side Other(Side side) => side == Side.Outer ? Side.Inner : Side.Outer;
            public static string Name(Side side) => side == Side.Outer ? "outer" : "inner";
            public static string Percent(double level) => Math.Round(level * 100) + "%";
            public bool Safe(Side side, AirlockView v) => v.Vents > 0 && Math.Abs(v.Level - Settings.LevelOf(side)) <= Settings.Tolerance;

            // A player's command; false (with Message) when refused.
            public bool Command(string verb, AirlockView v, long now)
            {
                Message = null;
                switch (verb)
                {
                    case "cycle":
                        var inner = Safe(Side.Inner, v);
                        return Begin(Cycling || inner == Safe(Side.Outer, v) ? Other(Target) : inner ? Side.Outer : Side.Inner, now);
                    case "inner":
                    case "outer":
                        var side = verb == "inner" ? Side.Inner : Side.Outer;
                        if (!Begin(side, now))
                            return false;
                        // Already at that side's level with the other side closed: open it, close nothing.
                        if (Safe(side, v) && v.Of(Other(side)).AllClosed)
                            To(Phase.Opening, now);
                        return true;
                    case "close":
                    case "lock":
                        _autoCloseAt = -1;
                        _closeAll = verb == "close";
                        if (verb == "lock" || Phase != Phase.Locked)
                            To(verb == "lock" ? Phase.Locked : Phase.Idle, now);
                        return true;
                    case "unlock":
                        if (Phase == Phase.Locked)
                            To(Phase.Idle, now);
                        return true;
                }
                // force: through the stalled or current phase, deliberately.
                if (verb != "force" || !Cycling && Phase != Phase.Error)
                {
                    Message = verb == "force" ? "nothing to force" : "unknown command " + verb;
                    return false;
                }
                Forced = true;
                var from = Phase == Phase.Error ? StalledIn : Phase;
                Message = from == Phase.Closing ? "forced on with a door not closed: air may leak"
                    : from == Phase.Pumping ? "forced open at " + Percent(v.Level) + " oxygen: the difference with the " + Name(Target) + " side is lost"
                    : "forced: the " + Name(Target) + " side counts as open";
                To(from == Phase.Opening ? Phase.Idle : from + 1, now);
                return true;
            }

            bool Begin(Side target, long now)
            {
                if (Phase == Phase.Locked)
                {
                    Message = "locked: unlock it first";
                    return false;
                }
                Target = target;
                Forced = _closeAll = false;
                _autoCloseAt = -1;
                To(Phase.Closing, now);
                return true;
            }

            void To(Phase phase, long now)
            {
                Phase = phase;
                _since = now;
                if (phase != Phase.Error)
                    Stall = Stall.None;
            }

            void Fail(Stall stall, long now, string why)
            {
                StalledIn = Phase;
                To(Phase.Error, now);
                Stall = stall;
                Message = why + ": sealed, `force` goes on";
            }

            // After a takeover or a restart: go on from what the last active was doing. An airlock left open by a
            // cycle closes after the delay; an error stays sealed.
            public void Restore(Phase phase, Side target, Phase stalledIn, Stall stall, long now)
            {
                Target = target;
                StalledIn = phase == Phase.Error ? stalledIn : phase;
                To(phase, now);
                Stall = phase == Phase.Error ? stall : Stall.None;
                _autoCloseAt = phase == Phase.Idle && target != Side.None && Settings.AutoCloseTicks > 0 ? now + Settings.AutoCloseTicks : -1;
            }

            public void Update(AirlockView v, long now)
            {
                Message = null;
                Depressurize = null;
                var waited = now - _since;
                var sealedUp = v.Inner.AllClosed && v.Outer.AllClosed;
                switch (Phase)
                {
                    case Phase.Idle:
                        Idle(v, now);
                        break;
                    case Phase.Closing:
                        Seal();
                        if (sealedUp)
                            To(Phase.Pumping, now);
                        else if (v.Inner.Broken + v.Outer.Broken > 0)
                            Fail(Stall.DoorBroken, now, "a door is open and cannot close (no power, off or damaged)");
                        else if (waited > Settings.DoorTicks)
                            Fail(Stall.DoorStuck, now, "a door did not close (in the way?)");
                        break;
                    case Phase.Pumping:
                        Seal();
                        if (!Forced && !sealedUp)
                            To(Phase.Closing, now);
                        else if (Safe(Target, v))
                            To(Phase.Opening, now);
                        else if (v.Vents == 0)
                            Fail(Stall.NoVent, now, "no working air vent");
                        else
                        {
                            Depressurize = Settings.LevelOf(Target) < v.Level;
                            if (!v.Airtight && Depressurize == false)
                                Fail(Stall.Breach, now, "the chamber does not hold air (a breach?)");
                            else if (waited > Settings.PumpTicks)
                                Fail(Stall.PumpStalled, now, "pumping stalled at " + Percent(v.Level) + " oxygen ("
                                    + (Depressurize == true ? "tanks full?" : "tanks empty?") + ")");
                        }
                        break;
                    case Phase.Opening:
                        // Once a target door is open the chamber takes that side's level, whatever it is: only a
                        // level that drifted before then sends it back (no loop onto a side that lost its air).
                        var other = v.Of(Other(Target));
                        if (!Forced && (!other.AllClosed || v.Of(Target).AllClosed && !Safe(Target, v)))
                        {
                            To(Phase.Closing, now);
                            Seal();
                            break;
                        }
                        Set(Target, DoorIntent.Open, false);
                        Set(Other(Target), DoorIntent.Close, true);
                        var target = v.Of(Target);
                        if (target.Usable == 0)
                            Fail(Stall.DoorBroken, now, "no " + Name(Target) + " door that works");
                        else if (target.Open >= target.Usable)
                        {
                            Message = "open to the " + Name(Target) + " side";
                            To(Phase.Idle, now);
                            Forced = false;
                            _autoCloseAt = Settings.AutoCloseTicks > 0 ? now + Settings.AutoCloseTicks : -1;
                        }
                        else if (waited > Settings.DoorTicks)
                            Fail(Stall.DoorStuck, now, "the " + Name(Target) + " door did not open");
                        break;
                    default:
                        Seal();
                        break;
                }
            }

            // A side at the chamber's level is free to use; a side at another level is closed and locked (a door opened
            // there by hand included). Never both sides open: the side the cycle did not open closes. The side the
            // cycle opened closes again after the delay.
            void Idle(AirlockView v, long now)
            {
                var innerFree = Safe(Side.Inner, v);
                var outerFree = Safe(Side.Outer, v);
                if (!v.Inner.AllClosed && !v.Outer.AllClosed)
                {
                    innerFree &= Target == Side.Inner;
                    outerFree &= Target == Side.Outer;
                }
                Set(Side.Inner, innerFree ? DoorIntent.Leave : DoorIntent.Close, !innerFree && (Settings.LockIdle || !v.Inner.AllClosed));
                Set(Side.Outer, outerFree ? DoorIntent.Leave : DoorIntent.Close, !outerFree && (Settings.LockIdle || !v.Outer.AllClosed));
                if (_closeAll || _autoCloseAt >= 0 && now >= _autoCloseAt)
                {
                    if (_closeAll)
                        Set(Other(Target), DoorIntent.Close, LockOf(Other(Target)));
                    Set(Target == Side.None ? Side.Inner : Target, DoorIntent.Close, LockOf(Target));
                    _autoCloseAt = -1;
                    _closeAll = false;
                }
            }

            bool LockOf(Side side) => side == Side.Outer ? LockOuter : LockInner;

            void Seal()
            {
                InnerDoors = OuterDoors = DoorIntent.Close;
                LockInner = LockOuter = true;
            }

            void Set(Side side, DoorIntent intent, bool locked)
            {
                if (side == Side.Outer)
                {
                    OuterDoors = intent;
                    LockOuter = locked;
                }
                else
                {
                    InnerDoors = intent;
                    LockInner = locked;
                }
            }
        }
    }
}
