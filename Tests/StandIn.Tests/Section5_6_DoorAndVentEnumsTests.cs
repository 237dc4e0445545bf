using Sandbox.ModAPI.Ingame;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace ShipSim.StandIn.Tests;

/// <summary>game-behaviour.md sections 5 and 6: the status enums in the game's order (scripts store them as ints).</summary>
public class Section5_6_DoorAndVentEnumsTests
{
    [Fact]
    public void Section5_DoorStatusIsOpeningOpenClosingClosed()
    {
        Assert.Equal(
            [("Opening", 0), ("Open", 1), ("Closing", 2), ("Closed", 3)],
            Enum.GetValues<DoorStatus>().Select(v => (v.ToString(), (int)v)));
    }

    [Fact]
    public void Section6_VentStatusIsDepressurizedDepressurizingPressurizedPressurizing()
    {
        Assert.Equal(
            [("Depressurized", 0), ("Depressurizing", 1), ("Pressurized", 2), ("Pressurizing", 3)],
            Enum.GetValues<VentStatus>().Select(v => (v.ToString(), (int)v)));
    }
}
