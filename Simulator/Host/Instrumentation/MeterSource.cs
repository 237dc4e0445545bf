namespace ShipSim.Host.Instrumentation;

/// <summary>
/// The meter compiled into every instrumented script: one static class per script assembly, so each
/// programmable block (which loads its own copy of the assembly) has its own counters, as static fields
/// are per block in the game. Written in C# 6 against .NET Framework 4.8 like the script itself.
/// The names start with <c>__Pb</c>: a script cannot reach them (the game compiler checked the script
/// before they existed, and instrumented code names them with <c>global::</c>).
/// </summary>
static class MeterSource
{
    public const string MeterType = "__PbMeter";
    public const string ExceptionType = "__PbLimitExceededException";

    /// <summary>Terminal message when the instruction budget is exhausted (wording assumed; see README).</summary>
    public const string InstructionLimitMessage = "Script Too Complex: the script exceeded the limit of {0:N0} instructions in one run.";
    public const string CallDepthLimitMessage = "Script Too Complex: the call chain exceeded the maximum depth of {0:N0}.";

    // Reason codes, read by the host after a run.
    public const int ReasonNone = 0, ReasonInstructions = 1, ReasonCallDepth = 2;

    public const string Text = """
        internal static class __PbMeter
        {
            internal static int Count;
            internal static int Max = 50000;
            internal static int Depth;
            internal static int MaxDepth = 1000;
            // Set at the first limit overflow of a run; from then on every catch filter refuses, so nothing
            // in the script can catch the overflow or anything thrown while it unwinds.
            internal static bool Tripped;
            internal static int Reason;

            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
            internal static void Fail() { Trip(1); }

            internal static void Enter() { if (++Depth > MaxDepth) Trip(2); }

            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
            static void Trip(int reason)
            {
                if (!Tripped) { Tripped = true; Reason = reason; }
                throw new __PbLimitExceededException(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    Reason == 2 ? "<<DEPTH>>" : "<<COUNT>>", Reason == 2 ? MaxDepth : Max));
            }

            // Host side, bound to delegates once per instance.
            internal static void Reset(int count, int max, int depth, int maxDepth)
            {
                Count = count; Max = max; Depth = depth; MaxDepth = maxDepth; Tripped = false; Reason = 0;
            }
            internal static int GetCount() { return Count; }
            internal static int GetDepth() { return Depth; }
            internal static int GetReason() { return Reason; }
        }

        internal sealed class __PbLimitExceededException : System.Exception
        {
            public __PbLimitExceededException(string message) : base(message) { }
        }
        """;

    public static string Source =>
        Text.Replace("<<DEPTH>>", CallDepthLimitMessage).Replace("<<COUNT>>", InstructionLimitMessage);
}
