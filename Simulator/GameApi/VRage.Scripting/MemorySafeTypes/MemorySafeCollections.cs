using System.Collections.Generic;

namespace VRage.Scripting.MemorySafeTypes
{
    // The game substitutes these for collections built by some LINQ calls so that their memory can be
    // accounted; to a script they behave like the plain collections they derive from.
    public class MemorySafeList<T> : List<T>
    {
        public MemorySafeList() { }
        public MemorySafeList(IEnumerable<T> items) : base(items) { }
    }

    public class MemorySafeDictionary<TKey, TValue> : Dictionary<TKey, TValue>
    {
    }
}
