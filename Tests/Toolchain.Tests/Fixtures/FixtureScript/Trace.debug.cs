namespace IngameScript
{
    partial class Program
    {
        // Ignored by mdk.ini (**/*.debug.cs): must not reach the script.
        void DebugOnlyTrace() { }
    }
}
