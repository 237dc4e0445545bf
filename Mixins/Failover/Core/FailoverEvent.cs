namespace IngameScript
{
    partial class Program
    {
        // What the terminal system shows of a peer's block.
        public enum PeerCondition { Working, Destroyed, Damaged, Disabled, Unpowered, Departed }

        // Why something happened; the adapter words it (FailoverManager.Reasons, same order).
        public enum FailoverReason
        {
            None, NoActive, ActiveDestroyed, ActiveDamaged, ActiveDisabled, ActiveUnpowered, ActiveDeparted, ActiveSilent,
            ActiveRestarted, ActiveSteppedDown, CommandUnconfirmed, ReportedByPeer, Yielded, Failback, OtherActiveWins,
            LostByPeers, ResumedAfterGap, Outvoted,
        }

        // TookOver (Number: commands replayed), SteppedDown (Peer: who leads), ActiveIs (Number: term), ActiveLost,
        // PeerJoined and DuplicateRank (Number: rank), CommandKept (Peer: the active), CommandForwarded (Peer: the
        // standby), DuplicateCommand, CommandDropped, YieldedTo, YieldRefused, Outvoted (Text: the other id).
        public enum FailoverEventKind
        {
            TookOver, SteppedDown, ActiveIs, ActiveLost, PeerJoined, DuplicateRank, CommandKept, CommandForwarded,
            DuplicateCommand, CommandDropped, YieldedTo, YieldRefused, Outvoted,
        }

        public struct FailoverEvent
        {
            public FailoverEventKind Kind;
            public FailoverReason Reason;
            public long Peer, Number;
            public string Text;
        }
    }
}
