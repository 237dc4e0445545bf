using System.Reflection;
using Sandbox.ModAPI.Ingame;
using ShipSim.Host;

namespace ShipSim.Host.Tests;

/// <summary>game-behaviour.md sections 1 and 3 at the host: IGC and GridTerminalSystem are set before the
/// constructor runs; Save() is optional; Storage is never null.</summary>
public class Section1_HostingTests
{
    /// <summary>An IGC context that only answers Me.</summary>
    public class FakeIgc : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod!.Name == "get_Me" ? 4242L
                : targetMethod.ReturnType.IsValueType && targetMethod.ReturnType != typeof(void) ? Activator.CreateInstance(targetMethod.ReturnType) : null;
    }

    [Fact]
    public void Section1_IgcAndTerminalSystemAreUsableInTheConstructor()
    {
        var igc = DispatchProxy.Create<IMyIntergridCommunicationSystem, FakeIgc>();
        var lcd = FakeBlock.Create("LCD");
        var echoes = new List<string>();
        var image = Pb.Compile("""
            public Program() { Echo(IGC.Me + " " + GridTerminalSystem.GetBlockWithName("LCD").CustomName); }
            public void Main() { }
            """);
        var instance = image.Instantiate(new ProgramContext { Echo = echoes.Add, Igc = () => igc, GridTerminalSystem = new FakeTerminal(lcd) });
        Assert.True(instance.ConstructorOutcome.Completed, instance.ConstructorOutcome.ToString());
        Assert.Equal(["4242 LCD"], echoes);
    }

    [Fact]
    public void Section1_SaveIsOptional()
    {
        var pb = new Pb("public void Main(string argument) { Storage = argument; }");
        Assert.True(pb.Run("kept").Completed);
        Assert.Equal("kept", pb.Instance.Save());
        Assert.Equal(RunStatus.Completed, pb.Instance.LastOutcome.Status);
    }

    [Fact]
    public void Section3_StorageIsNeverNullAndSettingNullStoresEmpty()
    {
        var pb = new Pb("""
            public Program() { Echo("[" + Storage + "] " + (Storage == null)); }
            public void Main() { Storage = null; Echo("[" + Storage + "] " + (Storage == null) + " " + Storage.Length); }
            """);
        Assert.True(pb.Run().Completed);
        Assert.Equal(["[] False", "[] False 0"], pb.Echoes);
        Assert.Equal("", pb.Instance.Save());
        Assert.Equal("", pb.Instance.Storage);
    }
}
