namespace IngameScript
{
    partial class Program
    {
        // Zeta.cs sorts after alpha/Helpers.cs: MSBuild orders the project's files by path, ignoring case.
        static string Shout(string text)
        {
            return text.ToUpperInvariant();
        }
    }

    /// <summary>A struct outside Program.</summary>
    struct Reading
    {
        public double Value;
        public long Tick;
    }
}
