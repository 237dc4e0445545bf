namespace IngameScript
{
    partial class Program
    {
        /// <summary>What a node is doing in the election.</summary>
        public enum FailoverRole
        {
            /// <summary>Just (re)started: asked the others who is active and waits two ticks for the answers.</summary>
            Starting,
            /// <summary>Watches the active node and keeps the commands it is given until the active confirms them.</summary>
            Standby,
            /// <summary>The one node that acts.</summary>
            Active,
        }

        /// <summary>A better-ranked standby's wish to lead (Custom Data <c>preempt=</c>).</summary>
        public enum PreemptMode
        {
            /// <summary>Never take over from a working active.</summary>
            Never,
            /// <summary>Take over when the active script says it is at a safe point.</summary>
            Idle,
            /// <summary>Take over at once.</summary>
            Always,
        }

        public enum FailoverMessageKind
        {
            /// <summary>A heartbeat: the sender's rank, term and role (an active's also carries the application
            /// state and the commands it executed since its last heartbeat).</summary>
            Beat,
            /// <summary>A node (re)started and asks every live node to answer with a heartbeat.</summary>
            Hello,
            /// <summary>The sender saw the active node (<see cref="FailoverMessage.Subject"/>) lost: an election begins.</summary>
            Lost,
            /// <summary>The active steps down in favour of <see cref="FailoverMessage.Subject"/>.</summary>
            Yield,
            /// <summary>A standby asks the active (<see cref="FailoverMessage.Subject"/>) whether it executed a command
            /// (<see cref="FailoverMessage.Text"/>); the active runs it if it did not.</summary>
            Probe,
        }

        /// <summary>One election message, in or out. Pure data: the adapter encodes and decodes it for IGC.</summary>
        public struct FailoverMessage
        {
            public FailoverMessageKind Kind;
            /// <summary>The sender's EntityId.</summary>
            public long From;
            public int Rank;
            public long Term;
            public FailoverRole Role;
            /// <summary>A standby that wants to lead, and how (Never: it does not).</summary>
            public PreemptMode WantsLead;
            /// <summary>Outgoing: send it so that it wakes the receivers (an IGC callback run) rather than waiting
            /// for their next periodic run.</summary>
            public bool Wake;
            /// <summary>Lost: the node that was lost; Yield: the chosen successor; Probe: the active asked.</summary>
            public long Subject;
            /// <summary>Beat of an active: its application state; Probe: the command.</summary>
            public string Text;
        }
    }
}
