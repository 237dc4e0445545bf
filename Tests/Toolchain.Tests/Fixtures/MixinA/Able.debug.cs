namespace IngameScript
{
    partial class Program
    {
        // A mixin file matching mdk.ini's **/*.debug.cs.
        void MixinDebugTrace() { }
    }
}
