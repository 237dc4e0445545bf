using System;
using System.Collections;
using System.Collections.Generic;

namespace VRage.Scripting.MemorySafeTypes
{
    // The game substitutes these for collections built by some LINQ calls so that their memory can be
    // accounted; to a script they behave like the plain collections they derive from, with the same constructors.
    public class MemorySafeList<T> : List<T>
    {
        public MemorySafeList() { }
        public MemorySafeList(int capacity) : base(capacity) { }
        public MemorySafeList(IEnumerable<T> collection) : base(collection) { }

        public new MemorySafeList<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter) => new MemorySafeList<TOutput>(base.ConvertAll(converter));
        public new MemorySafeList<T> FindAll(Predicate<T> match) => new MemorySafeList<T>(base.FindAll(match));
        public new MemorySafeList<T> GetRange(int index, int count) => new MemorySafeList<T>(base.GetRange(index, count));
    }

    public class MemorySafeDictionary<TKey, TValue> : Dictionary<TKey, TValue>
    {
        public MemorySafeDictionary() { }
        public MemorySafeDictionary(int capacity) : base(capacity) { }
        public MemorySafeDictionary(IDictionary<TKey, TValue> dictionary) : base(dictionary) { }
        public MemorySafeDictionary(IEqualityComparer<TKey> comparer) : base(comparer) { }
        public MemorySafeDictionary(int capacity, IEqualityComparer<TKey> comparer) : base(capacity, comparer) { }
        public MemorySafeDictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer) : base(dictionary, comparer) { }
    }

    public class MemorySafeHashSet<T> : HashSet<T>
    {
        public MemorySafeHashSet() { }
        public MemorySafeHashSet(IEnumerable<T> collection) : base(collection) { }
        public MemorySafeHashSet(IEqualityComparer<T> comparer) : base(comparer) { }
        public MemorySafeHashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : base(collection, comparer) { }
    }

    public class MemorySafeLinkedList<T> : LinkedList<T>
    {
        public MemorySafeLinkedList() { }
        public MemorySafeLinkedList(IEnumerable<T> collection) : base(collection) { }
    }

    public class MemorySafeQueue<T> : Queue<T>
    {
        public MemorySafeQueue() { }
        public MemorySafeQueue(int capacity) : base(capacity) { }
        public MemorySafeQueue(IEnumerable<T> collection) : base(collection) { }
    }

    public class MemorySafeStack<T> : Stack<T>
    {
        public MemorySafeStack() { }
        public MemorySafeStack(int capacity) : base(capacity) { }
        public MemorySafeStack(IEnumerable<T> collection) : base(collection) { }
    }

    public class MemorySafeSortedDictionary<TKey, TValue> : SortedDictionary<TKey, TValue>
    {
        public MemorySafeSortedDictionary() { }
        public MemorySafeSortedDictionary(IDictionary<TKey, TValue> dictionary) : base(dictionary) { }
        public MemorySafeSortedDictionary(IComparer<TKey> comparer) : base(comparer) { }
        public MemorySafeSortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : base(dictionary, comparer) { }
    }

    public class MemorySafeSortedList<TKey, TValue> : SortedList<TKey, TValue>
    {
        public MemorySafeSortedList() { }
        public MemorySafeSortedList(int capacity) : base(capacity) { }
        public MemorySafeSortedList(IComparer<TKey> comparer) : base(comparer) { }
        public MemorySafeSortedList(IDictionary<TKey, TValue> dictionary) : base(dictionary) { }
        public MemorySafeSortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : base(dictionary, comparer) { }
        public MemorySafeSortedList(int capacity, IComparer<TKey> comparer) : base(capacity, comparer) { }
    }

    public class MemorySafeSortedSet<T> : SortedSet<T>
    {
        public MemorySafeSortedSet() { }
        public MemorySafeSortedSet(IEnumerable<T> collection) : base(collection) { }
        public MemorySafeSortedSet(IComparer<T> comparer) : base(comparer) { }
        public MemorySafeSortedSet(IEnumerable<T> collection, IComparer<T> comparer) : base(collection, comparer) { }
    }

    public sealed class MemorySafeArrayList : ArrayList
    {
        public MemorySafeArrayList() { }
        public MemorySafeArrayList(int capacity) : base(capacity) { }
        public MemorySafeArrayList(ICollection collection) : base(collection) { }
    }

    public sealed class MemorySafeHashtable : Hashtable
    {
        public MemorySafeHashtable() { }
        public MemorySafeHashtable(int capacity) : base(capacity) { }
        public MemorySafeHashtable(int capacity, float loadFactor) : base(capacity, loadFactor) { }
        public MemorySafeHashtable(int capacity, float loadFactor, IEqualityComparer equalityComparer) : base(capacity, loadFactor, equalityComparer) { }
        public MemorySafeHashtable(int capacity, IEqualityComparer equalityComparer) : base(capacity, equalityComparer) { }
        public MemorySafeHashtable(IEqualityComparer equalityComparer) : base(equalityComparer) { }
        public MemorySafeHashtable(IDictionary d) : base(d) { }
        public MemorySafeHashtable(IDictionary d, float loadFactor) : base(d, loadFactor) { }
        public MemorySafeHashtable(IDictionary d, IEqualityComparer equalityComparer) : base(d, equalityComparer) { }
        public MemorySafeHashtable(IDictionary d, float loadFactor, IEqualityComparer equalityComparer) : base(d, loadFactor, equalityComparer) { }
    }

    public sealed class MemorySafeQueue : Queue
    {
        public MemorySafeQueue() { }
        public MemorySafeQueue(int capacity) : base(capacity) { }
        public MemorySafeQueue(ICollection col) : base(col) { }
        public MemorySafeQueue(int capacity, float growFactor) : base(capacity, growFactor) { }
    }

    public sealed class MemorySafeStack : Stack
    {
        public MemorySafeStack() { }
        public MemorySafeStack(int capacity) : base(capacity) { }
        public MemorySafeStack(ICollection col) : base(col) { }
    }

    public class MemorySafeSortedList : SortedList
    {
        public MemorySafeSortedList() { }
        public MemorySafeSortedList(int initialCapacity) : base(initialCapacity) { }
        public MemorySafeSortedList(IComparer comparer) : base(comparer) { }
        public MemorySafeSortedList(IComparer comparer, int capacity) : base(comparer, capacity) { }
        public MemorySafeSortedList(IDictionary d) : base(d) { }
        public MemorySafeSortedList(IDictionary d, IComparer comparer) : base(d, comparer) { }
    }
}
