namespace IngameScript
{
    partial class Program
    {
        public enum FailoverRole { Starting, Standby, Active }

        // A better rank's wish to lead (Custom Data preempt=): never, when the active script reaches a safe point, at once.
        public enum PreemptMode { Never, Idle, Always }

        // Beat: rank, term, role (an active's also its app state and confirmed commands). Hello: a (re)started node asks
        // everyone to answer. Lost: the active (Subject) is gone. Yield: the active hands over to Subject. Probe: did the
        // active (Subject) run command Text? If not, it runs it.
        public enum FailoverMessageKind { Beat, Hello, Lost, Yield, Probe }

        // One election message, in or out; the adapter encodes it for IGC.
        public struct FailoverMessage
        {
            public FailoverMessageKind Kind;
            public long From, Term, Subject;
            public int Rank;
            public FailoverRole Role;
            public PreemptMode WantsLead;
            public bool Wake; // out: wake the receivers (IGC callback run) instead of waiting for their next run
            public string Text;
        }
    }
}
