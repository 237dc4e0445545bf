using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace VRage.Game.ModAPI.Ingame.Utilities
{
    /// <summary>
    /// Stand-in of the game's INI parser/writer (game-behaviour.md section 9). Written from the public
    /// API docs and the documented behaviour; see docs in the repository for the assumptions made.
    /// Not thread safe.
    /// </summary>
    public class MyIni
    {
        private sealed class Section
        {
            public readonly string Name;
            public string Comment;
            public readonly List<Item> Items = new List<Item>();
            public Section(string name) { Name = name; }
        }

        private sealed class Item
        {
            public readonly MyIniKey Key;
            public string Value;
            public string Comment;
            public Item(MyIniKey key, string value) { Key = key; Value = value; }
        }

        private readonly List<Section> _sections = new List<Section>();
        private readonly Dictionary<string, Section> _sectionsByName = new Dictionary<string, Section>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<MyIniKey, Item> _items = new Dictionary<MyIniKey, Item>();
        private string _endComment;
        private string _endContent;

        // The text ToString() returns while nothing has changed; null means "regenerate".
        private string _content;

        private StringBuilder _builder;

        private const string ErrorExpectedSection = "Expected [section] definition";
        private const string ErrorExpectedKeyValue = "Expected key=value definition";

        // ------------------------------------------------------------------ properties

        /// <summary>Text after a "---" line. Null when the configuration had no "---" line.</summary>
        public string EndContent
        {
            get { return _endContent; }
            set { _endContent = value; _content = null; }
        }

        /// <summary>Comment placed after the last section or item; null if none.</summary>
        public string EndComment
        {
            get { return _endComment; }
            set { _endComment = value; _content = null; }
        }

        // ------------------------------------------------------------------ statics

        /// <summary>True when some line of <paramref name="config"/> starts (after spaces/tabs) with
        /// "[section]" (case-insensitive). Does not validate the rest of the text.</summary>
        public static bool HasSection(string config, string section)
        {
            if (string.IsNullOrEmpty(config) || string.IsNullOrEmpty(section))
                return false;
            int pos = 0;
            int len = config.Length;
            while (pos < len)
            {
                int nl = config.IndexOf('\n', pos);
                int end = nl < 0 ? len : nl;
                int s = pos;
                while (s < end && (config[s] == ' ' || config[s] == '\t')) s++;
                if (end - s >= section.Length + 2 && config[s] == '['
                    && config[s + section.Length + 1] == ']'
                    && string.Compare(config, s + 1, section, 0, section.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    return true;
                if (nl < 0) break;
                pos = nl + 1;
            }
            return false;
        }

        // ------------------------------------------------------------------ parsing

        public bool TryParse(string content)
        {
            MyIniParseResult result;
            return TryParse(content, out result);
        }

        public bool TryParse(string content, out MyIniParseResult result)
        {
            result = ParseCore(content, null);
            return result.Success;
        }

        /// <summary>Parses only <paramref name="section"/>; for read-only use: ToString() then gives only that section.</summary>
        public bool TryParse(string content, string section)
        {
            MyIniParseResult result;
            return TryParse(content, section, out result);
        }

        /// <summary>Parses only <paramref name="section"/>; for read-only use: ToString() then gives only that section.</summary>
        public bool TryParse(string content, string section, out MyIniParseResult result)
        {
            if (section == null) throw new ArgumentNullException(nameof(section));
            result = ParseCore(content, section);
            return result.Success;
        }

        private static bool IsSpace(char c) => c == ' ' || c == '\t';

        private MyIniParseResult ParseCore(string text, string onlySection)
        {
            ClearData();
            _content = null;
            if (text == null) text = "";

            int len = text.Length;
            int pos = 0;
            int lineNo = 0;
            Section current = null;
            bool skipping = onlySection != null; // section mode: ignore everything outside the wanted section
            string pendingComment = null;

            while (pos < len)
            {
                int nl = text.IndexOf('\n', pos);
                int next = nl < 0 ? len : nl + 1;
                int end = nl < 0 ? len : nl;
                if (end > pos && text[end - 1] == '\r') end--;
                lineNo++;

                // ';' comments: only when it is the very first character of the line.
                if (end > pos && text[pos] == ';')
                {
                    if (!skipping)
                        pendingComment = pendingComment == null
                            ? text.Substring(pos + 1, end - pos - 1)
                            : pendingComment + "\n" + text.Substring(pos + 1, end - pos - 1);
                    pos = next;
                    continue;
                }

                // "---" (trailing whitespace allowed) ends the configuration.
                if (IsTerminator(text, pos, end))
                {
                    if (onlySection == null)
                    {
                        _endContent = next >= len ? "" : text.Substring(next);
                        _endComment = pendingComment;
                    }
                    pendingComment = null;
                    pos = len;
                    break;
                }

                int s = pos, e = end;
                while (s < e && IsSpace(text[s])) s++;
                while (e > s && IsSpace(text[e - 1])) e--;
                if (s == e) { pos = next; continue; } // blank line

                if (text[s] == '[')
                {
                    if (e - s < 2 || text[e - 1] != ']')
                    {
                        if (skipping) { pos = next; continue; }
                        return Fail(lineNo, ErrorExpectedSection);
                    }
                    int ns = s + 1, ne = e - 1;
                    while (ns < ne && IsSpace(text[ns])) ns++;
                    while (ne > ns && IsSpace(text[ne - 1])) ne--;
                    string name = text.Substring(ns, ne - ns);
                    if (onlySection != null)
                    {
                        skipping = !string.Equals(name, onlySection, StringComparison.OrdinalIgnoreCase);
                        if (skipping) { current = null; pendingComment = null; pos = next; continue; }
                    }
                    if (name.Length == 0)
                        return Fail(lineNo, "Section name cannot be empty");
                    if (!MyIniKey.IsValidSectionName(name))
                        return Fail(lineNo, "Invalid section name \"" + name + "\"");

                    Section existing;
                    if (_sectionsByName.TryGetValue(name, out existing))
                    {
                        current = existing; // a repeated header merges into the first
                        if (pendingComment != null)
                            current.Comment = current.Comment == null ? pendingComment : current.Comment + "\n" + pendingComment;
                    }
                    else
                    {
                        current = new Section(name) { Comment = pendingComment };
                        _sections.Add(current);
                        _sectionsByName.Add(name, current);
                    }
                    pendingComment = null;
                    pos = next;
                    continue;
                }

                if (skipping) { pos = next; continue; }
                if (current == null)
                    return Fail(lineNo, ErrorExpectedSection);

                int eq = text.IndexOf('=', s, e - s);
                if (eq < 0)
                    return Fail(lineNo, ErrorExpectedKeyValue);
                int ks = s, ke = eq;
                while (ke > ks && IsSpace(text[ke - 1])) ke--;
                if (ke == ks)
                    return Fail(lineNo, "Key name cannot be empty");
                string keyName = text.Substring(ks, ke - ks);
                if (!MyIniKey.IsValidKeyName(keyName))
                    return Fail(lineNo, "Invalid key name \"" + keyName + "\"");

                int vs = eq + 1;
                while (vs < e && IsSpace(text[vs])) vs++;
                string value;
                int keyLineNo = lineNo;
                pos = next;
                if (vs == e)
                {
                    // "key=" followed by lines whose first non-blank character is '|': a multi-line value.
                    value = "";
                    StringBuilder sb = null;
                    bool first = true;
                    while (pos < len)
                    {
                        int nl2 = text.IndexOf('\n', pos);
                        int next2 = nl2 < 0 ? len : nl2 + 1;
                        int end2 = nl2 < 0 ? len : nl2;
                        if (end2 > pos && text[end2 - 1] == '\r') end2--;
                        int p = pos;
                        while (p < end2 && IsSpace(text[p])) p++;
                        if (p >= end2 || text[p] != '|')
                            break;
                        if (sb == null) sb = Builder();
                        if (!first) sb.Append('\n');
                        sb.Append(text, p + 1, end2 - p - 1);
                        first = false;
                        lineNo++;
                        pos = next2;
                    }
                    if (sb != null) value = sb.ToString();
                }
                else
                {
                    value = text.Substring(vs, e - vs);
                }

                var key = new MyIniKey(current.Name, keyName);
                if (_items.ContainsKey(key))
                    return Fail(keyLineNo, "Duplicate key \"" + keyName + "\" in section \"" + current.Name + "\"");
                var item = new Item(key, value) { Comment = pendingComment };
                pendingComment = null;
                current.Items.Add(item);
                _items.Add(key, item);
            }

            if (onlySection == null)
            {
                if (pendingComment != null) _endComment = pendingComment;
                _content = text; // unchanged text is returned as parsed
            }
            return MyIniParseResult.Ok();
        }

        private static MyIniParseResult Fail(int lineNo, string error) => MyIniParseResult.Fail(lineNo, error);

        private static bool IsTerminator(string text, int pos, int end)
        {
            if (end - pos < 3 || text[pos] != '-' || text[pos + 1] != '-' || text[pos + 2] != '-')
                return false;
            for (int i = pos + 3; i < end; i++)
                if (!char.IsWhiteSpace(text[i])) return false;
            return true;
        }

        private StringBuilder Builder()
        {
            if (_builder == null) _builder = new StringBuilder();
            _builder.Clear();
            return _builder;
        }

        // ------------------------------------------------------------------ queries

        public bool ContainsSection(string section) => section != null && _sectionsByName.ContainsKey(section);

        public bool ContainsKey(string section, string name) => ContainsKey(new MyIniKey(section, name));

        public bool ContainsKey(MyIniKey key) => !key.IsEmpty && _items.ContainsKey(key);

        public MyIniValue Get(string section, string name) => Get(new MyIniKey(section, name));

        public MyIniValue Get(MyIniKey key)
        {
            Item item;
            if (!key.IsEmpty && _items.TryGetValue(key, out item))
                return new MyIniValue(item.Key, item.Value);
            return new MyIniValue(key, null);
        }

        /// <summary>Clears <paramref name="names"/>, then adds every section name in order.</summary>
        public void GetSections(List<string> names)
        {
            if (names == null) throw new ArgumentNullException(nameof(names));
            names.Clear();
            for (int i = 0; i < _sections.Count; i++) names.Add(_sections[i].Name);
        }

        /// <summary>Clears <paramref name="keys"/>, then adds the keys of <paramref name="section"/> in order.</summary>
        public void GetKeys(string section, List<MyIniKey> keys)
        {
            if (keys == null) throw new ArgumentNullException(nameof(keys));
            keys.Clear();
            Section sec;
            if (section == null || !_sectionsByName.TryGetValue(section, out sec)) return;
            for (int i = 0; i < sec.Items.Count; i++) keys.Add(sec.Items[i].Key);
        }

        /// <summary>Clears <paramref name="keys"/>, then adds every key, section by section, in order.</summary>
        public void GetKeys(List<MyIniKey> keys)
        {
            if (keys == null) throw new ArgumentNullException(nameof(keys));
            keys.Clear();
            for (int s = 0; s < _sections.Count; s++)
            {
                var items = _sections[s].Items;
                for (int i = 0; i < items.Count; i++) keys.Add(items[i].Key);
            }
        }

        public string GetComment(string section, string name) => GetComment(new MyIniKey(section, name));

        public string GetComment(MyIniKey key)
        {
            Item item;
            return !key.IsEmpty && _items.TryGetValue(key, out item) ? item.Comment : null;
        }

        public string GetSectionComment(string section)
        {
            Section sec;
            return section != null && _sectionsByName.TryGetValue(section, out sec) ? sec.Comment : null;
        }

        // ------------------------------------------------------------------ changes

        /// <summary>Empties this configuration (sections, comments, EndContent).</summary>
        public void Clear()
        {
            ClearData();
            _content = null;
        }

        private void ClearData()
        {
            _sections.Clear();
            _sectionsByName.Clear();
            _items.Clear();
            _endComment = null;
            _endContent = null;
        }

        /// <summary>Forces the next ToString() to regenerate the text.</summary>
        public void Invalidate() => _content = null;

        /// <summary>Adds an empty section; does nothing if it exists.</summary>
        public void AddSection(string section)
        {
            if (!MyIniKey.IsValidSectionName(section))
                throw new ArgumentException("Invalid section name: " + (section ?? "(null)"), nameof(section));
            if (_sectionsByName.ContainsKey(section)) return;
            var sec = new Section(section);
            _sections.Add(sec);
            _sectionsByName.Add(section, sec);
            _content = null;
        }

        public void Delete(string section, string name) => Delete(new MyIniKey(section, name));

        public void Delete(MyIniKey key)
        {
            Item item;
            if (key.IsEmpty || !_items.TryGetValue(key, out item)) return;
            _items.Remove(key);
            _sectionsByName[item.Key.Section].Items.Remove(item);
            _content = null;
        }

        /// <summary>Deletes a section and all its items.</summary>
        public void DeleteSection(string section)
        {
            Section sec;
            if (section == null || !_sectionsByName.TryGetValue(section, out sec)) return;
            for (int i = 0; i < sec.Items.Count; i++) _items.Remove(sec.Items[i].Key);
            _sections.Remove(sec);
            _sectionsByName.Remove(section);
            _content = null;
        }

        /// <summary>Sets a comment on an existing item (null removes it).</summary>
        public void SetComment(string section, string name, string comment) => SetComment(new MyIniKey(section, name), comment);

        /// <summary>Sets a comment on an existing item (null removes it).</summary>
        public void SetComment(MyIniKey key, string comment)
        {
            Item item;
            if (key.IsEmpty || !_items.TryGetValue(key, out item))
                throw new ArgumentException("No such item: " + key, nameof(key));
            item.Comment = comment;
            _content = null;
        }

        /// <summary>Sets a comment on an existing section (null removes it).</summary>
        public void SetSectionComment(string section, string comment)
        {
            Section sec;
            if (section == null || !_sectionsByName.TryGetValue(section, out sec))
                throw new ArgumentException("No such section: " + (section ?? "(null)"), nameof(section));
            sec.Comment = comment;
            _content = null;
        }

        /// <summary>Sets the comment placed after the last section or item (null removes it).</summary>
        public void SetEndComment(string comment) => EndComment = comment;

        public void Set(string section, string name, string value) => Set(new MyIniKey(section, name), value);

        /// <summary>Sets a value, creating the section and key as needed (appended at the end).
        /// A null value is stored as "".</summary>
        public void Set(MyIniKey key, string value)
        {
            if (key.IsEmpty) throw new ArgumentException("Empty key", nameof(key));
            if (value == null) value = "";
            Item item;
            if (_items.TryGetValue(key, out item))
            {
                item.Value = value;
            }
            else
            {
                Section sec;
                if (!_sectionsByName.TryGetValue(key.Section, out sec))
                {
                    sec = new Section(key.Section);
                    _sections.Add(sec);
                    _sectionsByName.Add(key.Section, sec);
                }
                item = new Item(new MyIniKey(sec.Name, key.Name), value);
                sec.Items.Add(item);
                _items.Add(item.Key, item);
            }
            _content = null;
        }

        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public void Set(string section, string name, bool value) => Set(new MyIniKey(section, name), value ? "true" : "false");
        public void Set(MyIniKey key, bool value) => Set(key, value ? "true" : "false");
        public void Set(string section, string name, byte value) => Set(new MyIniKey(section, name), value.ToString(Inv));
        public void Set(MyIniKey key, byte value) => Set(key, value.ToString(Inv));
        public void Set(string section, string name, sbyte value) => Set(new MyIniKey(section, name), value.ToString(Inv));
        public void Set(MyIniKey key, sbyte value) => Set(key, value.ToString(Inv));
        public void Set(string section, string name, ushort value) => Set(new MyIniKey(section, name), value.ToString(Inv));
        public void Set(MyIniKey key, ushort value) => Set(key, value.ToString(Inv));
        public void Set(string section, string name, short value) => Set(new MyIniKey(section, name), value.ToString(Inv));
        public void Set(MyIniKey key, short value) => Set(key, value.ToString(Inv));
        public void Set(string section, string name, uint value) => Set(new MyIniKey(section, name), value.ToString(Inv));
        public void Set(MyIniKey key, uint value) => Set(key, value.ToString(Inv));
        public void Set(string section, string name, int value) => Set(new MyIniKey(section, name), value.ToString(Inv));
        public void Set(MyIniKey key, int value) => Set(key, value.ToString(Inv));
        public void Set(string section, string name, ulong value) => Set(new MyIniKey(section, name), value.ToString(Inv));
        public void Set(MyIniKey key, ulong value) => Set(key, value.ToString(Inv));
        public void Set(string section, string name, long value) => Set(new MyIniKey(section, name), value.ToString(Inv));
        public void Set(MyIniKey key, long value) => Set(key, value.ToString(Inv));
        public void Set(string section, string name, float value) => Set(new MyIniKey(section, name), value.ToString("R", Inv));
        public void Set(MyIniKey key, float value) => Set(key, value.ToString("R", Inv));
        public void Set(string section, string name, double value) => Set(new MyIniKey(section, name), value.ToString("R", Inv));
        public void Set(MyIniKey key, double value) => Set(key, value.ToString("R", Inv));
        public void Set(string section, string name, decimal value) => Set(new MyIniKey(section, name), value.ToString(Inv));
        public void Set(MyIniKey key, decimal value) => Set(key, value.ToString(Inv));

        // ------------------------------------------------------------------ output

        /// <summary>The parsed text unchanged if nothing was modified; otherwise a regenerated text with
        /// '\n' line endings: sections in insertion order, ';' comments, '|' multi-line values, then
        /// "---" and EndContent.</summary>
        public override string ToString()
        {
            if (_content != null) return _content;
            var sb = Builder();
            for (int s = 0; s < _sections.Count; s++)
            {
                var sec = _sections[s];
                if (s > 0) sb.Append('\n');
                AppendComment(sb, sec.Comment);
                sb.Append('[').Append(sec.Name).Append("]\n");
                for (int i = 0; i < sec.Items.Count; i++)
                {
                    var item = sec.Items[i];
                    AppendComment(sb, item.Comment);
                    sb.Append(item.Key.Name).Append('=');
                    string v = item.Value;
                    if (v.IndexOf('\n') >= 0)
                    {
                        sb.Append('\n');
                        AppendLines(sb, v, '|');
                    }
                    else
                    {
                        sb.Append(v).Append('\n');
                    }
                }
            }
            if (_endComment != null)
            {
                if (_sections.Count > 0) sb.Append('\n');
                AppendComment(sb, _endComment);
            }
            if (_endContent != null)
                sb.Append("---\n").Append(_endContent);
            _content = sb.ToString();
            return _content;
        }

        private static void AppendComment(StringBuilder sb, string comment)
        {
            if (comment != null) AppendLines(sb, comment, ';');
        }

        private static void AppendLines(StringBuilder sb, string text, char prefix)
        {
            int start = 0;
            while (true)
            {
                int nl = text.IndexOf('\n', start);
                int end = nl < 0 ? text.Length : nl;
                int e = end;
                if (e > start && text[e - 1] == '\r') e--;
                sb.Append(prefix).Append(text, start, e - start).Append('\n');
                if (nl < 0) return;
                start = nl + 1;
            }
        }
    }
}
