namespace IngameScript
{
    partial class Program
    {
        // What the terminal system shows of a peer's block.
        public enum PeerCondition { Working, Destroyed, Damaged, Disabled, Unpowered, Departed }

        // Worded by FailoverManager.Reasons, in this order.
        public enum FailoverReason
        {
            None, NoActive, ActiveDestroyed, ActiveDamaged, ActiveDisabled, ActiveUnpowered, ActiveDeparted, ActiveSilent,
            ActiveRestarted, ActiveSteppedDown, CommandUnconfirmed, ReportedByPeer, Yielded, Failback, OtherActiveWins,
            LostByPeers, ResumedAfterGap, Outvoted,
        }

        // Number: commands replayed (TookOver), term (ActiveIs), rank (PeerJoined, DuplicateRank), count (Outvoted). Text:
        // the command, or the other id (Outvoted). Peer: who leads, the active, or who forwarded a command.
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
