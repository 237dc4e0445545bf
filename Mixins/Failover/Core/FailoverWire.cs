using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace IngameScript
{
    partial class Program
    {
        // Election messages on IGC as an immutable list of strings: a payload the game allows, and a reference, so an
        // unchanged beat is resent as the same object. Items: kind, failover id, script name, rank, term, role, lead wish,
        // subject, text, then the confirmed commands.
        public class FailoverWire
        {
            public const string WakeTag = "failover.mixin", QuietTag = "failover.mixin.quiet";
            const int Fixed = 9;
            static readonly string[] Kinds = { "FO1B", "FO1H", "FO1L", "FO1Y", "FO1P" }, Roles = { "T", "S", "A" }, Wishes = { "", "i", "a" };

            ImmutableList<string> _beat;
            FailoverMessage _beatOf;
            string _beatGroup;

            public ImmutableList<string> Encode(FailoverMessage m, string group, string script, List<string> confirmed)
            {
                var b = _beatOf;
                var beat = m.Kind == FailoverMessageKind.Beat;
                if (beat && confirmed.Count == 0 && _beat != null && b.Rank == m.Rank && b.Term == m.Term && b.Role == m.Role
                    && b.WantsLead == m.WantsLead && b.Text == m.Text && _beatGroup == group)
                    return _beat;
                var list = ImmutableList.Create(Kinds[(int)m.Kind], group, script, m.Rank.ToString(), m.Term.ToString(), Roles[(int)m.Role],
                    Wishes[(int)m.WantsLead], m.Subject == 0 ? "" : m.Subject.ToString(), m.Text ?? "");
                if (!beat)
                    return list;
                if (confirmed.Count > 0)
                    return list.AddRange(confirmed);
                _beatOf = m;
                _beatGroup = group;
                return _beat = list;
            }

            // False when it is not an election message of this version. The caller sets From.
            public static bool TryDecode(object data, out FailoverMessage m, out string group, out string script)
            {
                m = new FailoverMessage();
                group = script = null;
                var list = data as ImmutableList<string>;
                int rank, kind, role, wish;
                long term, subject = 0;
                if (list == null || list.Count < Fixed || !int.TryParse(list[3], out rank) || !long.TryParse(list[4], out term)
                    || list[7].Length > 0 && !long.TryParse(list[7], out subject) || (kind = Array.IndexOf(Kinds, list[0])) < 0
                    || (role = Array.IndexOf(Roles, list[5])) < 0 || (wish = Array.IndexOf(Wishes, list[6])) < 0)
                    return false;
                m = new FailoverMessage { Kind = (FailoverMessageKind)kind, Rank = rank, Term = term, Role = (FailoverRole)role,
                    WantsLead = (PreemptMode)wish, Subject = subject, Text = list[8] };
                group = list[1];
                script = list[2];
                return true;
            }

            public static int ConfirmedCount(object data) => ((ImmutableList<string>)data).Count - Fixed;

            public static string ConfirmedAt(object data, int index) => ((ImmutableList<string>)data)[Fixed + index];
        }
    }
}
