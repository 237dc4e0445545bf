namespace IngameScript
{
    partial class Registry
    {
        public bool Contains(string name)
        {
            return _names.IndexOf(name) >= 0;
        }
        // A comment before the closing brace of a part.
    }
}
