using System.Collections;
using System.Collections.Generic;

namespace VRage.Collections
{
    // A read-only view of a list that the game hands to scripts without copying it.
    public struct ListReader<T> : IEnumerable<T>
    {
        static readonly List<T> Empty = new List<T>();
        readonly List<T> _list;

        public ListReader(List<T> list) { _list = list ?? Empty; }

        public int Count => (_list ?? Empty).Count;
        public T this[int index] => (_list ?? Empty)[index];
        public T ItemAt(int index) => this[index];
        public List<T>.Enumerator GetEnumerator() => (_list ?? Empty).GetEnumerator();
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public static implicit operator ListReader<T>(List<T> list) => new ListReader<T>(list);
    }
}
