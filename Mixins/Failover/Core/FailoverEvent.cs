namespace IngameScript
{
    partial class Program
    {
        /// <summary>What a peer's block looks like through the terminal system.</summary>
        public enum PeerCondition
        {
            Working,
            /// <summary>Removed from the world (Closed).</summary>
            Destroyed,
            /// <summary>Built or damaged below its functional threshold.</summary>
            Damaged,
            /// <summary>Switched off.</summary>
            Disabled,
            /// <summary>Functional and on, but without power.</summary>
            Unpowered,
            /// <summary>No longer on this construct (the grid split, or it undocked).</summary>
            Departed,
        }

        /// <summary>Why something happened in the election; the adapter turns it into a log line.</summary>
        public enum FailoverReason
        {
            None,
            /// <summary>No node was active (a fresh ship, or every node restarted).</summary>
            NoActive,
            ActiveDestroyed,
            ActiveDamaged,
            ActiveDisabled,
            ActiveUnpowered,
            ActiveDeparted,
            /// <summary>No heartbeat from the active within the timeout (its script stopped).</summary>
            ActiveSilent,
            /// <summary>The active's script restarted (recompiled, world loaded).</summary>
            ActiveRestarted,
            /// <summary>The active says it is no longer active.</summary>
            ActiveSteppedDown,
            /// <summary>The active did not confirm a command in time (its script stopped).</summary>
            CommandUnconfirmed,
            /// <summary>Another node reported the active lost.</summary>
            ReportedByPeer,
            /// <summary>The active yielded (to this node, or to the next in rank order).</summary>
            Yielded,
            /// <summary>A better-ranked node takes over from a worse-ranked active (failback).</summary>
            Failback,
            /// <summary>Two actives heard each other; the other wins (higher term, lower rank, lower EntityId).</summary>
            OtherActiveWins,
            /// <summary>The other nodes lost contact with this one and elected a successor.</summary>
            LostByPeers,
            /// <summary>This node did not run for longer than the timeout (unpowered, disabled, damaged).</summary>
            ResumedAfterGap,
            /// <summary>A group of PBs running the same script with another id outnumbers this one.</summary>
            Outvoted,
        }

        public enum FailoverEventKind
        {
            /// <summary>This node became active (Reason; Number: commands replayed).</summary>
            TookOver,
            /// <summary>This node stopped being active (Reason; Peer: who leads now, if known).</summary>
            SteppedDown,
            /// <summary>A standby learned who is active (Peer; Number: term).</summary>
            ActiveIs,
            /// <summary>The active (Peer) was lost (Reason).</summary>
            ActiveLost,
            /// <summary>A node was heard for the first time (Peer; Number: rank).</summary>
            PeerJoined,
            /// <summary>A node has this node's rank (Peer; Number: rank).</summary>
            DuplicateRank,
            /// <summary>A standby keeps a command until the active confirms it (Text; Peer: the active, 0 if none).</summary>
            CommandKept,
            /// <summary>The active executes a command only a standby was given (Text; Peer: the standby).</summary>
            CommandForwarded,
            /// <summary>The same command twice in one tick (two timers, a button and a timer): run once (Text).</summary>
            DuplicateCommand,
            /// <summary>Too many commands waiting for the active: the oldest is dropped (Text).</summary>
            CommandDropped,
            /// <summary>This node yielded (Peer: the successor).</summary>
            YieldedTo,
            /// <summary>A yield was asked of a node that cannot: not active, or no other node can take over.</summary>
            YieldRefused,
            /// <summary>A group of this script with another id outnumbers this one (Text: its id).</summary>
            Outvoted,
        }

        /// <summary>Something the adapter shows on the console. Text refers to strings that already exist.</summary>
        public struct FailoverEvent
        {
            public FailoverEventKind Kind;
            public FailoverReason Reason;
            public long Peer;
            public long Number;
            public string Text;
        }
    }
}
