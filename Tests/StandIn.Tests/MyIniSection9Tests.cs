using System.Globalization;
using VRage.Game.ModAPI.Ingame.Utilities;

namespace ShipSim.StandIn.Tests;

/// <summary>game-behaviour.md section 9: MyIni. One test per rule; each table row pins one case.</summary>
public class MyIniSection9Tests
{
    private static MyIni Parse(string text)
    {
        var ini = new MyIni();
        Assert.True(ini.TryParse(text, out var result), "parse failed: " + result);
        Assert.True(result.Success);
        Assert.True(result.IsDefined);
        Assert.Null(result.Error);
        return ini;
    }

    private static MyIniParseResult ParseFails(string text, out MyIni ini)
    {
        ini = new MyIni();
        Assert.False(ini.TryParse(text, out var result));
        Assert.False(result.Success);
        Assert.True(result.IsDefined);
        Assert.NotNull(result.Error);
        return result;
    }

    // ---------------------------------------------------------------- comments

    [Theory]
    [InlineData("[a]\n;note\nk=v", "note")]
    [InlineData("[a]\n; spaced note \nk=v", " spaced note ")]
    [InlineData("[a]\n;one\n;two\nk=v", "one\ntwo")]
    [InlineData("[a]\n;\nk=v", "")]
    public void Section9_SemicolonAtLineStartIsAComment(string text, string comment)
    {
        var ini = Parse(text);
        Assert.Equal("v", ini.Get("a", "k").ToString());
        Assert.Equal(comment, ini.GetComment("a", "k"));
        var keys = new List<MyIniKey>();
        ini.GetKeys(keys);
        Assert.Single(keys);
    }

    [Theory]
    [InlineData("[a]\n  ;x=1", "  ;x", "1")]
    [InlineData("[a]\n\t;x=1", "\t;x", "1")]
    public void Section9_SemicolonAfterWhitespaceIsNotAComment(string text, string rawKey, string value)
    {
        var ini = Parse(text);
        Assert.Equal(value, ini.Get("a", rawKey.Trim()).ToString());
        Assert.Null(ini.GetComment("a", rawKey.Trim()));
    }

    [Theory]
    [InlineData("[a]\n#x=1", "#x", "1")]
    [InlineData("[a]\n# note = here", "# note", "here")]
    [InlineData("[a]\nk=#v", "k", "#v")]
    public void Section9_HashIsNotAComment(string text, string key, string value)
    {
        var ini = Parse(text);
        Assert.Equal(value, ini.Get("a", key).ToString());
    }

    [Theory]
    [InlineData("[a]\n# just a note", 2)]
    [InlineData("#note\n[a]", 1)]
    public void Section9_HashLineIsParsedAsContentAndCanFail(string text, int line)
    {
        var result = ParseFails(text, out _);
        Assert.Equal(line, result.LineNo);
    }

    [Theory]
    [InlineData("id=ship # note", "ship # note")]
    [InlineData("id=ship ; note", "ship ; note")]
    [InlineData("id=ship // note", "ship // note")]
    public void Section9_NoInlineComments(string line, string value)
    {
        var ini = Parse("[s]\n" + line);
        Assert.Equal(value, ini.Get("s", "id").ToString());
        Assert.Null(ini.GetComment("s", "id"));
    }

    [Fact]
    public void Section9_CommentsBeforeSectionOrKeyBelongToIt()
    {
        var ini = Parse(";about a\n[a]\n;about k\nk=1\n\n;about b\n;second line\n[b]\nm=2");
        Assert.Equal("about a", ini.GetSectionComment("a"));
        Assert.Equal("about k", ini.GetComment("a", "k"));
        Assert.Equal("about b\nsecond line", ini.GetSectionComment("b"));
        Assert.Null(ini.GetComment("b", "m"));
        Assert.Null(ini.EndComment);
    }

    [Theory]
    [InlineData("[a]\nk=1\n;end", "end")]
    [InlineData("[a]\nk=1\n;end1\n\n;end2\n", "end1\nend2")]
    [InlineData("[a]\nk=1\n;before terminator\n---\ntext", "before terminator")]
    [InlineData("[a]\nk=1\n", null)]
    public void Section9_CommentsAfterLastItemAreEndComment(string text, string? endComment)
    {
        var ini = Parse(text);
        Assert.Equal(endComment, ini.EndComment);
        Assert.Null(ini.GetComment("a", "k"));
    }

    // ---------------------------------------------------------------- trimming, '=', blank lines

    [Theory]
    [InlineData("k=v", "k", "v")]
    [InlineData("  k  =  v  ", "k", "v")]
    [InlineData("\tk\t=\tv\t", "k", "v")]
    [InlineData("k = two words ", "k", "two words")]
    [InlineData("k=", "k", "")]
    [InlineData("k=v\r", "k", "v")]
    public void Section9_SpacesAndTabsAroundKeysAndValuesAreTrimmed(string line, string key, string value)
    {
        var ini = Parse("[s]\n" + line);
        Assert.True(ini.ContainsKey("s", key));
        Assert.Equal(value, ini.Get("s", key).ToString());
        Assert.False(ini.Get("s", key).IsEmpty);
    }

    [Fact]
    public void Section9_SectionHeaderIsTrimmed()
    {
        var ini = Parse("  [ my section ]  \nk=v");
        var sections = new List<string>();
        ini.GetSections(sections);
        Assert.Equal(["my section"], sections);
    }

    [Theory]
    [InlineData("a=b=c", "a", "b=c")]
    [InlineData("a==", "a", "=")]
    [InlineData("url = http://x?y=1", "url", "http://x?y=1")]
    public void Section9_KeyEndsAtFirstEquals(string line, string key, string value)
    {
        var ini = Parse("[s]\n" + line);
        Assert.Equal(value, ini.Get("s", key).ToString());
    }

    [Theory]
    [InlineData("\n\n[a]\n\nk=1\n\n\n[b]\n \t \nm=2\n\n")]
    [InlineData("\r\n[a]\r\n\r\nk=1\r\n[b]\r\nm=2")]
    public void Section9_BlankLinesAreSkipped(string text)
    {
        var ini = Parse(text);
        Assert.Equal(1, ini.Get("a", "k").ToInt32());
        Assert.Equal(2, ini.Get("b", "m").ToInt32());
        var keys = new List<MyIniKey>();
        ini.GetKeys(keys);
        Assert.Equal(2, keys.Count);
    }

    // ---------------------------------------------------------------- names

    [Theory]
    [InlineData("Door", "Open", "door", "open")]
    [InlineData("DOOR", "OPEN", "Door", "Open")]
    [InlineData("door", "open", "DOOR", "OPEN")]
    public void Section9_NamesAreCaseInsensitive(string writtenSection, string writtenKey, string asked, string askedKey)
    {
        var ini = Parse($"[{writtenSection}]\n{writtenKey}=yes");
        Assert.True(ini.ContainsSection(asked));
        Assert.True(ini.ContainsKey(asked, askedKey));
        Assert.True(ini.ContainsKey(new MyIniKey(asked, askedKey)));
        Assert.True(ini.Get(asked, askedKey).ToBoolean());
        Assert.Equal(new MyIniKey(writtenSection, writtenKey), ini.Get(asked, askedKey).Key);
        Assert.Equal(new MyIniKey(asked, askedKey), new MyIniKey(writtenSection, writtenKey));
    }

    [Theory]
    [InlineData("[a]\nx=1\n[b]\ny=2\n[a]\nz=3", "a,b", "a/x,a/z,b/y")]
    [InlineData("[a]\nx=1\n[A]\nz=3", "a", "a/x,a/z")]
    [InlineData("[a]\n[b]\n[a]\n[b]\nq=1", "a,b", "b/q")]
    public void Section9_RepeatedSectionMergesIntoFirst(string text, string sections, string keys)
    {
        var ini = Parse(text);
        var names = new List<string>();
        ini.GetSections(names);
        Assert.Equal(sections, string.Join(",", names));
        var all = new List<MyIniKey>();
        var got = new List<string>();
        foreach (var s in names)
        {
            ini.GetKeys(s, all);
            got.AddRange(all.Select(k => k.ToString()));
        }
        Assert.Equal(keys, string.Join(",", got));
    }

    [Theory]
    [InlineData("[a]\nk=1\nk=2", 3)]
    [InlineData("[a]\nk=1\nK=2", 3)]
    [InlineData("[a]\nk=1\n[b]\nk=1\n[A]\nk=2", 6)]
    [InlineData("[a]\nk=\n|x\n|y\nk=2", 5)]
    public void Section9_DuplicateKeyFailsWithLineNumber(string text, int line)
    {
        var result = ParseFails(text, out var ini);
        Assert.Equal(line, result.LineNo);
        Assert.StartsWith("Duplicate key", result.Error);
        Assert.True(ini.ContainsKey("a", "k")); // the first one stays
    }

    // ---------------------------------------------------------------- multi-line

    [Theory]
    [InlineData("[a]\nk=\n|one\n|two", "one\ntwo")]
    [InlineData("[a]\nk=\n|one\n|\n|three", "one\n\nthree")]
    [InlineData("[a]\nk=\n| keep spaces ", " keep spaces ")]
    [InlineData("[a]\nk=\r\n|one\r\n|two\r\n", "one\ntwo")]
    [InlineData("[a]\nk=\n|one\nnext=1", "one")]
    [InlineData("[a]\nk=\n  |indented", "indented")]
    public void Section9_MultiLineValueJoinedWithNewline(string text, string value)
    {
        var ini = Parse(text);
        Assert.Equal(value, ini.Get("a", "k").ToString());
        var lines = new List<string> { "stale" };
        ini.Get("a", "k").GetLines(lines);
        Assert.Equal(value.Split('\n'), lines);
    }

    // ---------------------------------------------------------------- "---" and EndContent

    [Theory]
    [InlineData("[a]\nk=1\n---\nfree text", "free text")]
    [InlineData("[a]\nk=1\n--- \t\nfree\r\n  text\n", "free\r\n  text\n")]
    [InlineData("[a]\nk=1\n---\r\n[b]\nnot=parsed\n---\n", "[b]\nnot=parsed\n---\n")]
    [InlineData("[a]\nk=1\n---", "")]
    [InlineData("---\nonly text", "only text")]
    public void Section9_TerminatorEndsIniAndKeepsEndContentVerbatim(string text, string endContent)
    {
        var ini = Parse(text);
        Assert.Equal(endContent, ini.EndContent);
        Assert.False(ini.ContainsSection("b"));
    }

    [Theory]
    [InlineData("[a]\nk=1\n----\n")]
    [InlineData("[a]\nk=1\n --- \n")]
    [InlineData("[a]\nk=1\n--- x\n")]
    public void Section9_OnlyAPlainDashLineIsATerminator(string text)
    {
        var ini = new MyIni();
        Assert.False(ini.TryParse(text, out var result));
        Assert.Equal(3, result.LineNo);
        Assert.Null(ini.EndContent);
    }

    [Fact]
    public void Section9_NoTerminatorMeansNullEndContent()
    {
        Assert.Null(Parse("[a]\nk=1").EndContent);
    }

    // ---------------------------------------------------------------- failures

    [Theory]
    [InlineData("k=v", 1, "Expected [section] definition")]
    [InlineData("\n\n;c\nk=v\n[a]", 4, "Expected [section] definition")]
    [InlineData("[a]\nnonsense", 2, "Expected key=value definition")]
    [InlineData("[a]\nk=1\n\nalso nonsense\n", 4, "Expected key=value definition")]
    [InlineData("[a\nk=v", 1, "Expected [section] definition")]
    [InlineData("[a]\n[]\n", 2, "Section name cannot be empty")]
    [InlineData("[a]\n[   ]\n", 2, "Section name cannot be empty")]
    [InlineData("[a]\n[x]y]\n", 2, "Invalid section name")]
    [InlineData("[a]\n=v", 2, "Key name cannot be empty")]
    [InlineData("[a]\n  =v", 2, "Key name cannot be empty")]
    [InlineData("[a]\nk|x=v", 2, "Invalid key name")]
    [InlineData("[a]\nk[x=v", 2, "Invalid key name")]
    [InlineData("[a]\nk]=v", 2, "Invalid key name")]
    public void Section9_TryParseFailsWithLineNumberAndMessage(string text, int line, string message)
    {
        var result = ParseFails(text, out _);
        Assert.Equal(line, result.LineNo);
        Assert.StartsWith(message, result.Error);
        Assert.Equal($"Line {line}: {result.Error}", result.ToString());
    }

    [Theory]
    [InlineData("[a]\nx=1\n[b]\ny=2\nbroken\nz=3", "a/x,b/y")]
    [InlineData("[a]\nx=1\nx=2\ny=3", "a/x")]
    [InlineData("[a]\n;c\nx=1\n[]\n[c]\nw=1", "a/x")]
    public void Section9_ItemsParsedBeforeTheErrorRemain(string text, string keys)
    {
        ParseFails(text, out var ini);
        var all = new List<MyIniKey>();
        ini.GetKeys(all);
        Assert.Equal(keys, string.Join(",", all));
        Assert.Equal("1", ini.Get("a", "x").ToString());
        Assert.False(ini.ContainsKey("c", "w"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Section9_EmptyTextParsesSuccessfully(string? text)
    {
        var ini = Parse(text!);
        var sections = new List<string> { "stale" };
        ini.GetSections(sections);
        Assert.Empty(sections);
        Assert.Equal("", ini.ToString());
    }

    [Fact]
    public void Section9_DefaultParseResultIsUndefined()
    {
        var r = default(MyIniParseResult);
        Assert.False(r.IsDefined);
        Assert.False(r.Success);
        Assert.Null(r.Error);
        Assert.Equal(0, r.LineNo);
    }

    [Fact]
    public void Section9_TryParseReplacesPreviousContent()
    {
        var ini = Parse("[old]\nk=1\n---\nend");
        Assert.True(ini.TryParse("[new]\nm=2"));
        Assert.False(ini.ContainsSection("old"));
        Assert.Null(ini.EndContent);
        Assert.Equal("2", ini.Get("new", "m").ToString());
    }

    // ---------------------------------------------------------------- value conversions

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("Yes", true)]
    [InlineData("1", true)]
    [InlineData("oN", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("NO", false)]
    [InlineData("0", false)]
    [InlineData("Off", false)]
    public void Section9_ToBooleanAcceptsWordsInAnyCase(string text, bool expected)
    {
        var value = Parse("[a]\nb=" + text).Get("a", "b");
        Assert.Equal(expected, value.ToBoolean(!expected));
        Assert.True(value.TryGetBoolean(out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("y")]
    [InlineData("enabled")]
    [InlineData("")]
    [InlineData("truee")]
    public void Section9_ToBooleanReturnsDefaultOtherwise(string text)
    {
        var value = Parse("[a]\nb=" + text).Get("a", "b");
        Assert.True(value.ToBoolean(true));
        Assert.False(value.ToBoolean(false));
        Assert.False(value.ToBoolean());
        Assert.False(value.TryGetBoolean(out _));
        Assert.True(new MyIni().Get("a", "b").ToBoolean(true));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public void Section9_NumbersUseInvariantCulture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            var ini = Parse("[n]\nf=1.5\nd=-2.25e3\nm=12.75\ni=42\nl=-9000000000\ncomma=1,5\nbig=1,000.5");
            Assert.Equal(1.5f, ini.Get("n", "f").ToSingle());
            Assert.Equal(-2250.0, ini.Get("n", "d").ToDouble());
            Assert.Equal(12.75m, ini.Get("n", "m").ToDecimal());
            Assert.Equal(42, ini.Get("n", "i").ToInt32());
            Assert.Equal(-9000000000L, ini.Get("n", "l").ToInt64());
            Assert.Equal(7, ini.Get("n", "f").ToInt32(7));
            Assert.Equal(15.0, ini.Get("n", "comma").ToDouble(-1)); // ',' is a thousands separator, not a decimal point
            Assert.Equal(1000.5, ini.Get("n", "big").ToDouble());

            ini.Set("n", "f", 0.25f);
            ini.Set("n", "d", 1234.5);
            ini.Set("n", "m", 3.5m);
            Assert.Contains("f=0.25\n", ini.ToString());
            Assert.Contains("d=1234.5\n", ini.ToString());
            Assert.Contains("m=3.5\n", ini.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("300", 5, 300, 300L, (byte)5, (short)300)]
    [InlineData("-1", 5, -1, -1L, (byte)5, (short)-1)]
    [InlineData("abc", 5, 5, 5L, (byte)5, (short)5)]
    [InlineData(" 12 ", 5, 12, 12L, (byte)12, (short)12)]
    [InlineData("70000", 5, 70000, 70000L, (byte)5, (short)5)]
    public void Section9_IntegerConversionsFallBackToDefault(string text, int def, int i32, long i64, byte b, short s)
    {
        var v = new MyIniValue(new MyIniKey("a", "b"), text);
        Assert.Equal(i32, v.ToInt32(def));
        Assert.Equal(i64, v.ToInt64(def));
        Assert.Equal(b, v.ToByte((byte)def));
        Assert.Equal(s, v.ToInt16((short)def));
    }

    [Fact]
    public void Section9_OtherConversions()
    {
        var key = new MyIniKey("a", "b");
        Assert.Equal('x', new MyIniValue(key, "x").ToChar('?'));
        Assert.Equal('?', new MyIniValue(key, "xy").ToChar('?'));
        Assert.Equal((sbyte)-5, new MyIniValue(key, "-5").ToSByte());
        Assert.Equal((ushort)65535, new MyIniValue(key, "65535").ToUInt16());
        Assert.Equal(4000000000u, new MyIniValue(key, "4000000000").ToUInt32());
        Assert.Equal(18000000000000000000ul, new MyIniValue(key, "18000000000000000000").ToUInt64());
        Assert.Equal(9u, new MyIniValue(key, "-1").ToUInt32(9));
        Assert.True(new MyIniValue(key, "s").TryGetString(out var s) && s == "s");
        Assert.False(MyIniValue.EMPTY.TryGetString(out _));
        var sb = new System.Text.StringBuilder("<");
        new MyIniValue(key, "v").Write(sb);
        MyIniValue.EMPTY.Write(sb);
        Assert.Equal("<v", sb.ToString());
    }

    [Theory]
    [InlineData("[a]\nk=value", "value", "value", false)]
    [InlineData("[a]\nk=", "", "", false)]
    [InlineData("[a]\nother=1", "", "DEF", true)]
    [InlineData("[b]\nk=1", "", "DEF", true)]
    public void Section9_ValueToStringAndDefault(string text, string plain, string withDefault, bool isEmpty)
    {
        var v = Parse(text).Get("a", "k");
        Assert.Equal(plain, v.ToString());
        Assert.Equal(withDefault, v.ToString("DEF"));
        Assert.Equal(isEmpty, v.IsEmpty);
        Assert.Equal(new MyIniKey("a", "k"), v.Key);
    }

    // ---------------------------------------------------------------- ToString

    public static IEnumerable<object[]> UnchangedTexts() => new[]
    {
        new object[] { "[a]\nk=v" },
        new object[] { "  [a]  \r\n k = v \r\n\r\n;comment\r\n\r\n" },
        new object[] { ";top\n[A]\nKey=Value # not a comment\n\n\n[b]\nm=\n|l1\n|l2\n;end\n---\nfree\r\ntext" },
        new object[] { "[a]\nx=1\n[b]\n[a]\ny=2\n" },
        new object[] { "---" },
        new object[] { "" },
    };

    [Theory]
    [MemberData(nameof(UnchangedTexts))]
    public void Section9_ToStringReturnsUnchangedTextAsParsed(string text)
    {
        var ini = Parse(text);
        Assert.Same(text, ini.ToString());
        ini.Get("a", "k"); // reading changes nothing
        var list = new List<string>();
        ini.GetSections(list);
        Assert.Same(text, ini.ToString());
    }

    public static IEnumerable<object?[]> Regenerations() => new[]
    {
        // original, change, expected regenerated text
        new object?[] { "[a]\r\n k = v \r\n", "set a/k=w", "[a]\nk=w\n" },
        new object?[] { ";top\n[a]\n;kc\nk=1\n\n\n[b]\nm=2\n;end\n---\nfree\r\ntext", "set b/m=3",
            ";top\n[a]\n;kc\nk=1\n\n[b]\nm=3\n\n;end\n---\nfree\r\ntext" },
        new object?[] { "[a]\nk=1", "set a/multi=x\ny", "[a]\nk=1\nmulti=\n|x\n|y\n" },
        new object?[] { "[a]\nk=1", "set c/n=2", "[a]\nk=1\n\n[c]\nn=2\n" },
        new object?[] { "[a]\nk=1\n[b]\nm=2", "delete a/k", "[a]\n\n[b]\nm=2\n" },
        new object?[] { "[a]\nk=1\n[b]\nm=2", "deletesection a", "[b]\nm=2\n" },
        new object?[] { "[a]\nk=1", "comment a/k=one\ntwo", "[a]\n;one\ntwo\nk=1\n".Replace("\ntwo", "\n;two") },
        new object?[] { "[a]\n;old\nk=1", "comment a/k=", "[a]\nk=1\n" },
        new object?[] { "[a]\nk=1", "sectioncomment a=hdr", ";hdr\n[a]\nk=1\n" },
        new object?[] { "[a]\nk=1", "endcomment=bye", "[a]\nk=1\n\n;bye\n" },
        new object?[] { "[a]\nk=1", "endcontent=tail\n", "[a]\nk=1\n---\ntail\n" },
        new object?[] { "[a]\nk=1\n---\ntail", "endcontent=", "[a]\nk=1\n" },
        new object?[] { "[a]\nk=1", "addsection z", "[a]\nk=1\n\n[z]\n" },
        new object?[] { "[B]\nk=1\n[a]\nx=\n|1\n|2", "invalidate", "[B]\nk=1\n\n[a]\nx=\n|1\n|2\n" },
        new object?[] { "[a]\nk=1\n---\nend", "clear", "" },
    };

    private static void Apply(MyIni ini, string change)
    {
        string arg(string c) => change.Substring(change.IndexOf(c, StringComparison.Ordinal) + 1);
        if (change.StartsWith("set ", StringComparison.Ordinal))
        {
            var body = change.Substring(4);
            var eq = body.IndexOf('=');
            var path = MyIniKey.Parse(body.Substring(0, eq));
            ini.Set(path, body.Substring(eq + 1));
        }
        else if (change.StartsWith("delete ", StringComparison.Ordinal)) ini.Delete(MyIniKey.Parse(change.Substring(7)));
        else if (change.StartsWith("deletesection ", StringComparison.Ordinal)) ini.DeleteSection(change.Substring(14));
        else if (change.StartsWith("comment ", StringComparison.Ordinal))
        {
            var body = change.Substring(8);
            var eq = body.IndexOf('=');
            var c = body.Substring(eq + 1);
            ini.SetComment(MyIniKey.Parse(body.Substring(0, eq)), c.Length == 0 ? null : c);
        }
        else if (change.StartsWith("sectioncomment ", StringComparison.Ordinal))
        {
            var body = change.Substring(15);
            var eq = body.IndexOf('=');
            ini.SetSectionComment(body.Substring(0, eq), body.Substring(eq + 1));
        }
        else if (change.StartsWith("endcomment=", StringComparison.Ordinal)) ini.SetEndComment(arg("="));
        else if (change.StartsWith("endcontent=", StringComparison.Ordinal))
        {
            var c = arg("=");
            ini.EndContent = c.Length == 0 ? null : c;
        }
        else if (change.StartsWith("addsection ", StringComparison.Ordinal)) ini.AddSection(change.Substring(11));
        else if (change == "invalidate") ini.Invalidate();
        else if (change == "clear") ini.Clear();
        else throw new ArgumentException(change);
    }

    [Theory]
    [MemberData(nameof(Regenerations))]
    public void Section9_ToStringRegeneratesAfterAChange(string original, string change, string expected)
    {
        var ini = Parse(original);
        Apply(ini, change);
        Assert.Equal(expected, ini.ToString());
        Assert.DoesNotContain("\r\n", ini.ToString().Replace(ini.EndContent ?? "\u0001", ""));
    }

    [Theory]
    [MemberData(nameof(Regenerations))]
    public void Section9_RegeneratedTextParsesBackToTheSameModel(string original, string change, string expected)
    {
        _ = expected;
        var ini = Parse(original);
        Apply(ini, change);
        var again = Parse(ini.ToString());
        Assert.Equal(Describe(ini), Describe(again));
        Assert.Equal(ini.ToString(), again.ToString());
    }

    [Fact]
    public void Section9_SetKeepsOtherSectionsCommentsAndEndContent()
    {
        const string text = ";Airlock settings\n[airlock]\n;seconds\ntimeout = 10\nname=Main # lock\n\n[doors]\ninner=Door In\nouter=Door Out\nnotes=\n|first\n|second\n;trailing\n---\nFree text\nkept [verbatim]\n";
        var ini = Parse(text);
        ini.Set("airlock", "timeout", 12);
        ini.Set("state", "cycles", 3L);
        var output = ini.ToString();
        Assert.NotSame(text, output);
        Assert.Equal(
            ";Airlock settings\n[airlock]\n;seconds\ntimeout=12\nname=Main # lock\n\n[doors]\ninner=Door In\nouter=Door Out\nnotes=\n|first\n|second\n\n[state]\ncycles=3\n\n;trailing\n---\nFree text\nkept [verbatim]\n",
            output);
        var again = Parse(output);
        Assert.Equal("first\nsecond", again.Get("doors", "notes").ToString());
        Assert.Equal("seconds", again.GetComment("airlock", "timeout"));
        Assert.Equal("Airlock settings", again.GetSectionComment("airlock"));
        Assert.Equal("trailing", again.EndComment);
        Assert.Equal("Free text\nkept [verbatim]\n", again.EndContent);
    }

    private static string Describe(MyIni ini)
    {
        var sb = new System.Text.StringBuilder();
        var sections = new List<string>();
        var keys = new List<MyIniKey>();
        ini.GetSections(sections);
        foreach (var s in sections)
        {
            sb.Append('[').Append(s).Append("] c=").Append(ini.GetSectionComment(s)).Append('\n');
            ini.GetKeys(s, keys);
            foreach (var k in keys)
                sb.Append(k).Append('=').Append(ini.Get(k).ToString()).Append(" c=").Append(ini.GetComment(k)).Append('\n');
        }
        sb.Append("end=").Append(ini.EndComment).Append(" content=").Append(ini.EndContent ?? "<null>");
        return sb.ToString();
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public void Section9_SetBooleanWritesTrueFalse(bool value, string text)
    {
        var ini = new MyIni();
        ini.Set("a", "b", value);
        Assert.Equal($"[a]\nb={text}\n", ini.ToString());
        Assert.Equal(value, ini.Get("a", "b").ToBoolean(!value));
    }

    [Fact]
    public void Section9_SetOverloadsRoundTrip()
    {
        var ini = new MyIni();
        var k = new MyIniKey("t", "v");
        ini.Set(k, (byte)200); Assert.Equal((byte)200, ini.Get(k).ToByte());
        ini.Set(k, (sbyte)-100); Assert.Equal((sbyte)-100, ini.Get(k).ToSByte());
        ini.Set(k, (short)-30000); Assert.Equal((short)-30000, ini.Get(k).ToInt16());
        ini.Set(k, (ushort)60000); Assert.Equal((ushort)60000, ini.Get(k).ToUInt16());
        ini.Set(k, -7); Assert.Equal(-7, ini.Get(k).ToInt32());
        ini.Set(k, 7u); Assert.Equal(7u, ini.Get(k).ToUInt32());
        ini.Set(k, long.MinValue); Assert.Equal(long.MinValue, ini.Get(k).ToInt64());
        ini.Set(k, ulong.MaxValue); Assert.Equal(ulong.MaxValue, ini.Get(k).ToUInt64());
        ini.Set(k, 0.1f); Assert.Equal(0.1f, ini.Get(k).ToSingle());
        ini.Set(k, 0.1 + 0.2); Assert.Equal(0.1 + 0.2, ini.Get(k).ToDouble());
        ini.Set(k, 1.000000000000000000001m); Assert.Equal(1.000000000000000000001m, ini.Get(k).ToDecimal());
        ini.Set("t", "v", "text"); Assert.Equal("text", ini.Get("T", "V").ToString());
        var keys = new List<MyIniKey>();
        ini.GetKeys(keys);
        Assert.Single(keys);
    }

    // ---------------------------------------------------------------- API surface behaviour

    [Fact]
    public void Section9_QueriesAndEdits()
    {
        var ini = Parse("[a]\nx=1\ny=2\n[b]\nz=3");
        Assert.False(ini.ContainsSection("c"));
        Assert.False(ini.ContainsKey("a", "z"));
        Assert.Null(ini.GetComment("a", "missing"));
        Assert.Null(ini.GetSectionComment("missing"));
        ini.Delete("A", "X");
        Assert.False(ini.ContainsKey("a", "x"));
        Assert.True(ini.ContainsSection("a"));
        ini.DeleteSection("B");
        Assert.False(ini.ContainsKey("b", "z"));
        Assert.False(ini.ContainsSection("b"));
        ini.AddSection("a"); // existing: no change
        var keys = new List<MyIniKey>();
        ini.GetKeys("a", keys);
        Assert.Equal(new[] { new MyIniKey("a", "y") }, keys);
        ini.GetKeys("nope", keys);
        Assert.Empty(keys);
        Assert.Throws<ArgumentException>(() => ini.SetComment("a", "missing", "c"));
        Assert.Throws<ArgumentException>(() => ini.SetSectionComment("missing", "c"));
        Assert.Throws<ArgumentException>(() => ini.Set("bad]", "k", 1));
        Assert.Throws<ArgumentException>(() => ini.Set("a", "k=", 1));
        Assert.Throws<ArgumentException>(() => ini.AddSection("[x"));
        ini.EndComment = "e";
        Assert.Equal("e", ini.EndComment);
        ini.SetEndComment(null);
        Assert.Null(ini.EndComment);
    }

    [Theory]
    [InlineData("[a]\nk=1\n[Wanted]\nx=5\n;c\ny=6\n[z]\nw=1", "wanted", "Wanted", true)]
    [InlineData("garbage\n[wanted]\nx=5\n;c\ny=6\n[z]\nnot valid\n", "WANTED", "wanted", true)]
    [InlineData("[a]\nk=1", "wanted", null, true)]
    [InlineData("[wanted]\nx=5\n;c\ny=6\nbroken", "wanted", "wanted", false)]
    public void Section9_TryParseSingleSectionReadsOnlyThatSection(string text, string section, string? writtenName, bool ok)
    {
        var ini = new MyIni();
        Assert.Equal(ok, ini.TryParse(text, section, out var result));
        Assert.Equal(ok, result.Success);
        var sections = new List<string>();
        ini.GetSections(sections);
        if (writtenName == null)
        {
            Assert.Empty(sections);
            Assert.Equal("", ini.ToString());
            return;
        }
        Assert.Equal(new[] { writtenName }, sections);
        Assert.Equal(5, ini.Get(section, "x").ToInt32());
        Assert.Equal(6, ini.Get(section, "y").ToInt32());
        Assert.Equal("c", ini.GetComment(section, "y"));
        Assert.Equal($"[{writtenName}]\nx=5\n;c\ny=6\n", ini.ToString());
    }

    [Theory]
    [InlineData("[a]\nk=1\n[Door]\n", "door", true)]
    [InlineData("  [door]", "door", true)]
    [InlineData("x\r\n[door] trailing", "door", true)]
    [InlineData("[doors]", "door", false)]
    [InlineData("k=[door]", "door", false)]
    [InlineData("", "door", false)]
    public void Section9_HasSectionLooksForAHeaderLine(string config, string section, bool expected)
    {
        Assert.Equal(expected, MyIni.HasSection(config, section));
    }

    // ---------------------------------------------------------------- MyIniKey

    [Theory]
    [InlineData("", "k")]
    [InlineData(" ", "k")]
    [InlineData(null, "k")]
    [InlineData("a\rb", "k")]
    [InlineData("a\nb", "k")]
    [InlineData("a[b", "k")]
    [InlineData("a]b", "k")]
    [InlineData("s", "")]
    [InlineData("s", null)]
    [InlineData("s", "a\nb")]
    [InlineData("s", "a[b")]
    [InlineData("s", "a]b")]
    [InlineData("s", "a|b")]
    [InlineData("s", "a=b")]
    public void Section9_MyIniKeyRejectsBadNames(string? section, string? name)
    {
        Assert.Throws<ArgumentException>(() => new MyIniKey(section!, name!));
        Assert.False(MyIniKey.TryParse(section + "/" + name, out _));
    }

    [Theory]
    [InlineData("s", "a|b=c")]
    [InlineData("s|t", "k")]
    [InlineData("s=t", "k")]
    public void Section9_MyIniKeyAllowsPipeAndEqualsOnlyInSections(string section, string name)
    {
        if (name.Contains('|') || name.Contains('='))
            Assert.Throws<ArgumentException>(() => new MyIniKey(section, name));
        else
            Assert.Equal(section + "/" + name, new MyIniKey(section, name).ToString());
    }

    [Theory]
    [InlineData("a/b", "a", "b")]
    [InlineData("Sec tion/key/more", "Sec tion", "key/more")]
    public void Section9_MyIniKeyParse(string text, string section, string name)
    {
        var key = MyIniKey.Parse(text);
        Assert.Equal(section, key.Section);
        Assert.Equal(name, key.Name);
        Assert.False(key.IsEmpty);
        Assert.True(MyIniKey.EMPTY.IsEmpty);
        Assert.Throws<ArgumentException>(() => MyIniKey.Parse("noslash"));
    }
}
