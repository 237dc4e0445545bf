using System;
using System.Collections.Generic;
using VRage.Game.ModAPI.Ingame.Utilities;

namespace IngameScript
{
    partial class Program
    {
        // [failover] in a PB's Custom Data: id= (the same on every copy on the ship), rank= (0, 1, 2...: lowest working
        // leads), preempt= (idle | always | never). Bad values never stop the script: each gets a problem line and a
        // safe default (an unusable rank ranks last, so the block cannot lead while a well-configured one works).
        public class FailoverConfig
        {
            public const string Section = "failover", DefaultId = "default";
            public const int LastRank = int.MaxValue;

            public string Id = DefaultId;
            public int Rank = LastRank;
            public PreemptMode Preempt = PreemptMode.Idle;
            public readonly List<string> Problems = new List<string>();

            // Parses Custom Data into the script's MyIni (left parsed for its own sections); never writes Custom Data.
            public static FailoverConfig Read(MyIni ini, string customData)
            {
                var c = new FailoverConfig();
                MyIniParseResult parsed;
                if (!ini.TryParse(customData, out parsed))
                    c.Problems.Add("Custom Data line " + parsed.LineNo + ": " + parsed.Error + " (lines before it are read)");
                if (!ini.ContainsSection(Section))
                {
                    c.Problems.Add("No [failover] in Custom Data: joins id=default, ranks last. Add [failover] id= rank= to run copies.");
                    return c;
                }
                var id = ini.Get(Section, "id").ToString().Trim();
                if (id.Length > 0)
                    c.Id = id;
                else
                    c.Problems.Add("[failover] id= missing: using id=default. Give every copy on this ship the same id.");
                var text = ini.Get(Section, "rank").ToString().Trim();
                int rank;
                if (int.TryParse(text, out rank) && rank >= 0 && rank < LastRank)
                    c.Rank = rank;
                else
                    c.Problems.Add("[failover] rank=" + text + " is not a whole number from 0: this block ranks last.");
                var preempt = ini.Get(Section, "preempt").ToString("idle").Trim().ToLowerInvariant();
                c.Preempt = preempt == "always" ? PreemptMode.Always : preempt == "never" ? PreemptMode.Never : PreemptMode.Idle;
                if (preempt != "idle" && c.Preempt == PreemptMode.Idle)
                    c.Problems.Add("[failover] preempt=" + preempt + " is not idle, always or never: using idle.");
                return c;
            }
        }
    }
}
