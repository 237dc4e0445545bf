using System;
using System.Collections.Generic;
using VRage.Game.ModAPI.Ingame.Utilities;

namespace IngameScript
{
    partial class Program
    {
        /// <summary>
        /// The <c>[failover]</c> section of a programmable block's Custom Data:
        /// <code>
        /// [failover]
        /// id=ship        ; the same on every copy of this script on the ship (default: default)
        /// rank=0         ; 0, 1, 2...: the lowest working rank leads; takeover in ascending rank
        /// preempt=idle   ; idle | always | never: when a better rank that comes back takes over
        /// </code>
        /// Bad values never stop the script: each gets a problem line and a safe default (an unusable rank
        /// ranks last, so the block can never lead while a well-configured one works).
        /// </summary>
        public class FailoverConfig
        {
            public const string Section = "failover";
            public const string DefaultId = "default";
            /// <summary>What a missing or unusable rank becomes: after every valid rank.</summary>
            public const int LastRank = int.MaxValue;

            public string Id = DefaultId;
            public int Rank = LastRank;
            public PreemptMode Preempt = PreemptMode.Idle;
            /// <summary>What is wrong with the section, one line each; empty when all is well.</summary>
            public readonly List<string> Problems = new List<string>();

            /// <summary>Parses <paramref name="customData"/> into <paramref name="ini"/> (left parsed for the script's
            /// own sections) and reads the failover section. Never writes Custom Data.</summary>
            public static FailoverConfig Read(MyIni ini, string customData)
            {
                var config = new FailoverConfig();
                MyIniParseResult parsed;
                if (!ini.TryParse(customData, out parsed))
                    config.Problems.Add("Custom Data line " + parsed.LineNo + ": " + parsed.Error + " (what comes before it is still read)");
                if (!ini.ContainsSection(Section))
                {
                    config.Problems.Add("No [" + Section + "] section in Custom Data: this block joins id=" + DefaultId
                        + " and ranks last. Add [" + Section + "] id=... rank=... to run copies of this script.");
                    return config;
                }
                var id = ini.Get(Section, "id").ToString().Trim();
                if (id.Length > 0)
                    config.Id = id;
                else
                    config.Problems.Add("[" + Section + "] id= is missing: using id=" + DefaultId + ". Give every copy on this ship the same id.");
                var rankText = ini.Get(Section, "rank").ToString().Trim();
                int rank;
                if (rankText.Length == 0)
                    config.Problems.Add("[" + Section + "] rank= is missing: this block ranks last. Use 0 for the leader, 1, 2... for the others.");
                else if (!int.TryParse(rankText, out rank) || rank < 0 || rank == LastRank)
                    config.Problems.Add("[" + Section + "] rank=" + rankText + " is not a whole number from 0: this block ranks last.");
                else
                    config.Rank = rank;
                var preempt = ini.Get(Section, "preempt").ToString("idle").Trim();
                if (string.Equals(preempt, "always", StringComparison.OrdinalIgnoreCase))
                    config.Preempt = PreemptMode.Always;
                else if (string.Equals(preempt, "never", StringComparison.OrdinalIgnoreCase))
                    config.Preempt = PreemptMode.Never;
                else if (!string.Equals(preempt, "idle", StringComparison.OrdinalIgnoreCase))
                    config.Problems.Add("[" + Section + "] preempt=" + preempt + " is not idle, always or never: using idle.");
                return config;
            }
        }
    }
}
