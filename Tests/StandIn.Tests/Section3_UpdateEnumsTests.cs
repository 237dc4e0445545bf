using Sandbox.ModAPI.Ingame;

namespace ShipSim.StandIn.Tests;

/// <summary>game-behaviour.md section 3: the UpdateFrequency and UpdateType enums, value by value.</summary>
public class Section3_UpdateEnumsTests
{
    [Fact]
    public void Section3_UpdateFrequencyIsAByteFlagsEnumWithTheGamesValues()
    {
        Assert.Equal(typeof(byte), Enum.GetUnderlyingType(typeof(UpdateFrequency)));
        Assert.True(typeof(UpdateFrequency).IsDefined(typeof(FlagsAttribute), false));
        Assert.Equal(
            [("None", 0), ("Update1", 1), ("Update10", 2), ("Update100", 4), ("Once", 8)],
            Enum.GetValues<UpdateFrequency>().Select(v => (v.ToString(), (int)v)));
    }

    [Fact]
    public void Section3_UpdateTypeIsAFlagsEnumWithTheGamesValues()
    {
        Assert.True(typeof(UpdateType).IsDefined(typeof(FlagsAttribute), false));
        Assert.Equal(0, (int)UpdateType.None);
        Assert.Equal(1, (int)UpdateType.Terminal);
        Assert.Equal(2, (int)UpdateType.Trigger);
        Assert.Equal(8, (int)UpdateType.Mod);
        Assert.Equal(16, (int)UpdateType.Script);
        Assert.Equal(32, (int)UpdateType.Update1);
        Assert.Equal(64, (int)UpdateType.Update10);
        Assert.Equal(128, (int)UpdateType.Update100);
        Assert.Equal(256, (int)UpdateType.Once);
        Assert.Equal(512, (int)UpdateType.IGC);
        // Merged periodic flags print as the game's flag list.
        Assert.Equal("Update1, Update100", (UpdateType.Update1 | UpdateType.Update100).ToString());
    }
}
