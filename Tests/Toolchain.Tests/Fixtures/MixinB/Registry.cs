using System.Collections.Generic;

namespace IngameScript
{
    /// <summary>A partial type outside Program, split over two files of a mixin.</summary>
    public partial class Registry
    {
        readonly List<string> _names = new List<string>();

        public int Count { get { return _names.Count; } }

        public void Add(string name)
        {
            if (!Contains(name))
                _names.Add(name);
        }
    }
}
