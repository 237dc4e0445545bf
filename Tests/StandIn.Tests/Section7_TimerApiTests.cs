using Sandbox.ModAPI.Ingame;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace ShipSim.StandIn.Tests;

/// <summary>game-behaviour.md section 7: the timer block's members.</summary>
public class Section7_TimerApiTests
{
    [Fact]
    public void Section7_TimerMembers()
    {
        var t = typeof(IMyTimerBlock);
        Assert.Equal("SpaceEngineers.Game.ModAPI.Ingame", t.Namespace);
        Assert.True(typeof(IMyFunctionalBlock).IsAssignableFrom(t));
        Assert.Equal(typeof(bool), t.GetProperty("IsCountingDown")!.PropertyType);
        Assert.False(t.GetProperty("IsCountingDown")!.CanWrite);
        Assert.Equal(typeof(float), t.GetProperty("TriggerDelay")!.PropertyType);
        Assert.True(t.GetProperty("TriggerDelay")!.CanWrite);
        Assert.True(t.GetProperty("Silent")!.CanWrite);
        foreach (var name in new[] { "Trigger", "StartCountdown", "StopCountdown" })
        {
            var method = t.GetMethod(name, Type.EmptyTypes);
            Assert.True(method != null, $"IMyTimerBlock.{name}() is missing");
            Assert.Equal(typeof(void), method.ReturnType);
            Assert.Single(t.GetMethods(), m => m.Name == name); // no other overload
        }
    }
}
