using System.Collections.Generic;
using System.Collections.Immutable;

namespace IngameScript
{
    partial class Program
    {
        /// <summary>
        /// How election messages travel over IGC: an immutable list of strings (a payload type the game allows,
        /// and a reference type, so resending an unchanged heartbeat allocates nothing and reading one allocates
        /// nothing either). Layout: kind marker, failover id, script name, rank, term, role, lead wish, subject,
        /// text, then the confirmed commands. Pure: no game API.
        /// </summary>
        public class FailoverWire
        {
            /// <summary>The broadcast tag whose messages wake the receivers (an IGC callback run).</summary>
            public const string WakeTag = "failover.mixin";
            /// <summary>The broadcast tag of standby heartbeats, read at the receivers' next run.</summary>
            public const string QuietTag = "failover.mixin.quiet";
            const int Fixed = 9;
            static readonly string[] Kinds = { "FO1B", "FO1H", "FO1L", "FO1Y", "FO1P" };
            static readonly string[] Roles = { "T", "S", "A" };
            static readonly string[] Wishes = { "", "i", "a" };

            readonly List<string> _items = new List<string>();
            ImmutableList<string> _beat;
            FailoverMessage _beatFields;
            string _beatGroup;
            string _beatScript;

            /// <summary>Encodes <paramref name="m"/>; an unchanged heartbeat without confirmations is the same
            /// object as last time.</summary>
            public ImmutableList<string> Encode(FailoverMessage m, string group, string script, List<string> confirmed)
            {
                var beat = m.Kind == FailoverMessageKind.Beat;
                var cacheable = beat && confirmed.Count == 0;
                if (cacheable && _beat != null && SameBeat(m, group, script))
                    return _beat;
                _items.Clear();
                _items.Add(Kinds[(int)m.Kind]);
                _items.Add(group);
                _items.Add(script);
                _items.Add(m.Rank.ToString());
                _items.Add(m.Term.ToString());
                _items.Add(Roles[(int)m.Role]);
                _items.Add(Wishes[(int)m.WantsLead]);
                _items.Add(m.Subject == 0 ? "" : m.Subject.ToString());
                _items.Add(m.Text ?? "");
                if (beat)
                    _items.AddRange(confirmed);
                var list = ImmutableList.CreateRange(_items);
                if (cacheable)
                {
                    _beat = list;
                    _beatFields = m;
                    _beatGroup = group;
                    _beatScript = script;
                }
                return list;
            }

            bool SameBeat(FailoverMessage m, string group, string script)
            {
                var b = _beatFields;
                return b.Rank == m.Rank && b.Term == m.Term && b.Role == m.Role && b.WantsLead == m.WantsLead
                    && b.Subject == m.Subject && b.Text == m.Text && _beatGroup == group && _beatScript == script;
            }

            /// <summary>Reads a message; false when it is not an election message of this protocol version. The
            /// sender is not in the payload: set <see cref="FailoverMessage.From"/> from the IGC message's source.</summary>
            public static bool TryDecode(object data, out FailoverMessage m, out string group, out string script)
            {
                m = new FailoverMessage();
                group = null;
                script = null;
                var list = data as ImmutableList<string>;
                if (list == null || list.Count < Fixed)
                    return false;
                var kind = System.Array.IndexOf(Kinds, list[0]);
                var role = System.Array.IndexOf(Roles, list[5]);
                var wish = System.Array.IndexOf(Wishes, list[6]);
                int rank;
                long term, subject = 0;
                if (kind < 0 || role < 0 || wish < 0
                    || !int.TryParse(list[3], out rank)
                    || !long.TryParse(list[4], out term)
                    || list[7].Length > 0 && !long.TryParse(list[7], out subject))
                    return false;
                m.Kind = (FailoverMessageKind)kind;
                m.Rank = rank;
                m.Term = term;
                m.Role = (FailoverRole)role;
                m.WantsLead = (PreemptMode)wish;
                m.Subject = subject;
                m.Text = list[8];
                group = list[1];
                script = list[2];
                return true;
            }

            /// <summary>How many commands a decoded heartbeat confirms.</summary>
            public static int ConfirmedCount(object data)
            {
                return ((ImmutableList<string>)data).Count - Fixed;
            }

            public static string ConfirmedAt(object data, int index)
            {
                return ((ImmutableList<string>)data)[Fixed + index];
            }
        }
    }
}
