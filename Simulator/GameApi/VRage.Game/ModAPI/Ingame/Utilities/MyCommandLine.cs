using System;
using System.Collections;
using System.Collections.Generic;

namespace VRage.Game.ModAPI.Ingame.Utilities
{
    /// <summary>
    /// Stand-in of the game's command line parser (game-behaviour.md section 10). Items are split on
    /// whitespace; a double quote at the start of an item groups up to the next quote that is followed by
    /// whitespace or the end (inner quotes are kept: "one"two" gives one"two); an unquoted item starting
    /// with '-' is a switch, stored by its name without the dash.
    /// </summary>
    public class MyCommandLine
    {
        private readonly List<string> _items = new List<string>();
        private readonly List<int> _argumentIndexes = new List<int>();
        private readonly List<string> _switchNames = new List<string>();
        private readonly Dictionary<string, int> _switchIndexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        public MyCommandLine()
        {
            Items = new ItemCollection(_items);
            Switches = new SwitchCollection(_switchNames);
        }

        /// <summary>All items, arguments and switches (switch names without the dash), in order.</summary>
        public ItemCollection Items { get; }

        /// <summary>The switch names (without the dash), in order of first appearance.</summary>
        public SwitchCollection Switches { get; }

        /// <summary>The number of non-switch arguments.</summary>
        public int ArgumentCount => _argumentIndexes.Count;

        /// <summary>The argument at <paramref name="index"/> (switches not counted); null out of range.</summary>
        public string Argument(int index)
        {
            if (index < 0 || index >= _argumentIndexes.Count) return null;
            return _items[_argumentIndexes[index]];
        }

        /// <summary>Clears all items.</summary>
        public void Clear()
        {
            _items.Clear();
            _argumentIndexes.Clear();
            _switchNames.Clear();
            _switchIndexes.Clear();
        }

        /// <summary>Whether switch <paramref name="name"/> (without its dash; any case) was given.</summary>
        public bool Switch(string name) => name != null && _switchIndexes.ContainsKey(name);

        /// <summary>The item <paramref name="relativeArgument"/> places after switch <paramref name="name"/>
        /// (0 = the item right after it); null if the switch is absent or the index is out of range.</summary>
        public string Switch(string name, int relativeArgument)
        {
            int index;
            if (name == null || relativeArgument < 0 || !_switchIndexes.TryGetValue(name, out index)) return null;
            index += relativeArgument + 1;
            return index < _items.Count ? _items[index] : null;
        }

        /// <summary>Parses <paramref name="argument"/>. False for null or empty text, else true when items were found.</summary>
        public bool TryParse(string argument)
        {
            Clear();
            if (string.IsNullOrEmpty(argument)) return false;
            int len = argument.Length;
            int pos = 0;
            while (true)
            {
                while (pos < len && char.IsWhiteSpace(argument[pos])) pos++;
                if (pos >= len) break;
                char c = argument[pos];
                if (c == '"')
                {
                    int start = pos + 1;
                    int close = -1;
                    for (int i = start; i < len; i++)
                    {
                        if (argument[i] == '"' && (i + 1 == len || char.IsWhiteSpace(argument[i + 1]))) { close = i; break; }
                    }
                    if (close < 0)
                    {
                        AddArgument(argument.Substring(start));
                        pos = len;
                    }
                    else
                    {
                        AddArgument(argument.Substring(start, close - start));
                        pos = close + 1;
                    }
                    continue;
                }
                int end = pos;
                while (end < len && !char.IsWhiteSpace(argument[end])) end++;
                if (c == '-' && end - pos > 1)
                {
                    string name = argument.Substring(pos + 1, end - pos - 1);
                    if (!_switchIndexes.ContainsKey(name))
                    {
                        _switchIndexes.Add(name, _items.Count);
                        _switchNames.Add(name);
                    }
                    _items.Add(name);
                }
                else
                {
                    AddArgument(argument.Substring(pos, end - pos));
                }
                pos = end;
            }
            return _items.Count > 0;
        }

        private void AddArgument(string value)
        {
            _argumentIndexes.Add(_items.Count);
            _items.Add(value);
        }

        /// <summary>A collection of arguments (all items).</summary>
        public class ItemCollection : IReadOnlyList<string>
        {
            private readonly List<string> _list;
            internal ItemCollection(List<string> list) { _list = list; }

            /// <summary>Gets the number of items.</summary>
            public int Count => _list.Count;

            /// <summary>Gets the item at the given index.</summary>
            public string this[int index] => _list[index];

            public Enumerator GetEnumerator() => new Enumerator(_list);
            IEnumerator<string> IEnumerable<string>.GetEnumerator() => GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        /// <summary>A collection of set switches.</summary>
        public class SwitchCollection : IReadOnlyCollection<string>
        {
            private readonly List<string> _names;
            internal SwitchCollection(List<string> names) { _names = names; }

            /// <summary>Returns the number of set switches.</summary>
            public int Count => _names.Count;

            public SwitchEnumerator GetEnumerator() => new SwitchEnumerator(_names);
            IEnumerator<string> IEnumerable<string>.GetEnumerator() => GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public struct Enumerator : IEnumerator<string>
        {
            private List<string>.Enumerator _inner;
            internal Enumerator(List<string> list) { _inner = list.GetEnumerator(); }
            public string Current => _inner.Current;
            object IEnumerator.Current => Current;
            public bool MoveNext() => _inner.MoveNext();
            void IEnumerator.Reset() => throw new NotSupportedException();
            public void Dispose() => _inner.Dispose();
        }

        public struct SwitchEnumerator : IEnumerator<string>
        {
            private List<string>.Enumerator _inner;
            internal SwitchEnumerator(List<string> list) { _inner = list.GetEnumerator(); }
            public string Current => _inner.Current;
            object IEnumerator.Current => Current;
            public bool MoveNext() => _inner.MoveNext();
            void IEnumerator.Reset() => throw new NotSupportedException();
            public void Dispose() => _inner.Dispose();
        }
    }
}
