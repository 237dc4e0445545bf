using VRage.Game.ModAPI.Ingame.Utilities;

namespace ShipSim.StandIn.Tests;

/// <summary>game-behaviour.md section 10: MyCommandLine. One test per rule.</summary>
public class MyCommandLineSection10Tests
{
    private static string Show(MyCommandLine cl)
    {
        var args = new List<string>();
        for (int i = 0; i < cl.ArgumentCount; i++) args.Add(cl.Argument(i));
        return string.Join("|", args) + " ; " + string.Join("|", cl.Switches);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Section10_NullOrEmptyIsFalse(string? text)
    {
        var cl = new MyCommandLine();
        Assert.True(cl.TryParse("old -x"));
        Assert.False(cl.TryParse(text!));
        Assert.Equal(0, cl.ArgumentCount);
        Assert.Empty(cl.Items);
        Assert.Empty(cl.Switches);
        Assert.False(cl.Switch("x"));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\t\n ")]
    public void Section10_OnlyWhitespaceFindsNoItems(string text)
    {
        var cl = new MyCommandLine();
        Assert.False(cl.TryParse(text));
        Assert.Empty(cl.Items);
    }

    [Theory]
    [InlineData("cycle", "cycle ; ")]
    [InlineData("cycle  airlock1", "cycle|airlock1 ; ")]
    [InlineData("  a\tb\nc  ", "a|b|c ; ")]
    [InlineData("a,b c", "a,b|c ; ")]
    public void Section10_WhitespaceSplitsTokens(string text, string expected)
    {
        var cl = new MyCommandLine();
        Assert.True(cl.TryParse(text));
        Assert.Equal(expected, Show(cl));
    }

    [Theory]
    [InlineData("open \"Airlock One\"", "open|Airlock One ; ")]
    [InlineData("\"a  b\" c", "a  b|c ; ")]
    [InlineData("\"one\"two\"", "one\"two ; ")]
    [InlineData("\"-x\" -y", "-x ; y")]
    [InlineData("\"\" z", "|z ; ")]
    [InlineData("\"unterminated rest", "unterminated rest ; ")]
    [InlineData("mid\"dle quote\"", "mid\"dle|quote\" ; ")]
    public void Section10_QuotesGroupTokens(string text, string expected)
    {
        var cl = new MyCommandLine();
        Assert.True(cl.TryParse(text));
        Assert.Equal(expected, Show(cl));
    }

    [Theory]
    [InlineData("cycle -force", "cycle ; force", 1)]
    [InlineData("-a -b c", "c ; a|b", 1)]
    [InlineData("-5 x", "x ; 5", 1)]
    [InlineData("- x", "-|x ; ", 2)]
    [InlineData("a-b", "a-b ; ", 1)]
    public void Section10_DashPrefixMakesASwitch(string text, string expected, int argumentCount)
    {
        var cl = new MyCommandLine();
        Assert.True(cl.TryParse(text));
        Assert.Equal(expected, Show(cl));
        Assert.Equal(argumentCount, cl.ArgumentCount);
    }

    [Theory]
    [InlineData("-Force", "force")]
    [InlineData("-force", "FORCE")]
    [InlineData("-FoRcE", "Force")]
    public void Section10_SwitchNameIsCaseInsensitiveWithoutDash(string text, string asked)
    {
        var cl = new MyCommandLine();
        Assert.True(cl.TryParse(text));
        Assert.True(cl.Switch(asked));
        Assert.False(cl.Switch("-" + asked));
        Assert.False(cl.Switch("other"));
    }

    [Theory]
    [InlineData("a b", -1, null)]
    [InlineData("a b", 0, "a")]
    [InlineData("a -s b", 1, "b")]
    [InlineData("a b", 2, null)]
    [InlineData("-s", 0, null)]
    public void Section10_ArgumentOutOfRangeIsNull(string text, int index, string? expected)
    {
        var cl = new MyCommandLine();
        cl.TryParse(text);
        Assert.Equal(expected, cl.Argument(index));
    }

    [Theory]
    [InlineData("someOtherArgument -key value", "key", 0, "value")]
    [InlineData("-speed 5 10", "SPEED", 1, "10")]
    [InlineData("-speed 5", "speed", 1, null)]
    [InlineData("-speed", "speed", 0, null)]
    [InlineData("x -speed 5", "missing", 0, null)]
    [InlineData("-a \"two words\"", "a", 0, "two words")]
    public void Section10_SwitchWithRelativeArgument(string text, string name, int relative, string? expected)
    {
        var cl = new MyCommandLine();
        cl.TryParse(text);
        Assert.Equal(expected, cl.Switch(name, relative));
    }

    [Fact]
    public void Section10_ItemsHoldArgumentsAndSwitchesInOrder()
    {
        var cl = new MyCommandLine();
        Assert.True(cl.TryParse("go -fast \"door 1\" -Quiet"));
        Assert.Equal(["go", "fast", "door 1", "Quiet"], cl.Items);
        Assert.Equal("door 1", cl.Items[2]);
        var names = new List<string>();
        foreach (var s in cl.Switches) names.Add(s);
        Assert.Equal(["fast", "Quiet"], names);
        Assert.Equal(2, cl.ArgumentCount);
    }

    [Fact]
    public void Section10_TryParseAndClearResetPreviousState()
    {
        var cl = new MyCommandLine();
        Assert.True(cl.TryParse("a b -c"));
        Assert.True(cl.TryParse("d"));
        Assert.Equal("d ; ", Show(cl));
        Assert.False(cl.Switch("c"));
        cl.Clear();
        Assert.Empty(cl.Items);
        Assert.Null(cl.Argument(0));
    }
}
