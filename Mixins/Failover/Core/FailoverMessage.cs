namespace IngameScript
{
    partial class Program
    {
        public enum FailoverRole { Starting, Standby, Active }

        // A better rank's wish to lead (preempt=): never, at the active's safe point, at once.
        public enum PreemptMode { Never, Idle, Always }

        // Beat: rank, term, role (an active's with app state and confirmed commands). Hello: a (re)started node asks all
        // to answer. Lost: the active (Subject) is gone. Yield: hands over to Subject. Probe: did Subject run command Text?
        public enum FailoverMessageKind { Beat, Hello, Lost, Yield, Probe }

        public struct FailoverMessage
        {
            public FailoverMessageKind Kind;
            public long From, Term, Subject;
            public int Rank;
            public FailoverRole Role;
            public PreemptMode WantsLead;
            public bool Wake; // out: wake the receivers (IGC callback) instead of waiting for their next run
            public string Text;
        }
    }
}
