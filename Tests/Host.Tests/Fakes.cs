using System.Reflection;
using Sandbox.ModAPI.Ingame;
using ShipSim.Host;

namespace ShipSim.Host.Tests;

/// <summary>A programmable block for tests: answers CustomName, EntityId and TryRun; every other member
/// returns its type's default.</summary>
public class FakeBlock : DispatchProxy
{
    public string Name { get; set; } = "PB";
    public long Id { get; set; } = 1;
    public Func<string, bool>? OnTryRun { get; set; }

    public static IMyProgrammableBlock Create(string name, Func<string, bool>? tryRun = null)
    {
        var block = DispatchProxy.Create<IMyProgrammableBlock, FakeBlock>();
        var fake = (FakeBlock)(object)block;
        fake.Name = name;
        fake.OnTryRun = tryRun;
        return block;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod!.Name switch
    {
        "get_CustomName" => Name,
        "get_EntityId" => Id,
        "TryRun" => OnTryRun?.Invoke((string)args![0]!) ?? false,
        _ => targetMethod.ReturnType.IsValueType && targetMethod.ReturnType != typeof(void) ? Activator.CreateInstance(targetMethod.ReturnType) : null,
    };
}

/// <summary>A terminal system holding a few named blocks.</summary>
public sealed class FakeTerminal(params IMyTerminalBlock[] all) : IMyGridTerminalSystem
{
    public void GetBlocks(List<IMyTerminalBlock> blocks) { blocks.Clear(); blocks.AddRange(all); }
    public void GetBlockGroups(List<IMyBlockGroup> blockGroups, Func<IMyBlockGroup, bool>? collect = null) => blockGroups.Clear();
    public void GetBlocksOfType<T>(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool>? collect = null) where T : class
    { blocks.Clear(); blocks.AddRange(all.Where(b => b is T && (collect == null || collect(b)))); }
    public void GetBlocksOfType<T>(List<T> blocks, Func<T, bool>? collect = null) where T : class
    { blocks.Clear(); blocks.AddRange(all.OfType<T>().Where(b => collect == null || collect(b))); }
    public void SearchBlocksOfName(string name, List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool>? collect = null)
    { blocks.Clear(); blocks.AddRange(all.Where(b => b.CustomName.Contains(name, StringComparison.OrdinalIgnoreCase))); }
    public IMyTerminalBlock? GetBlockWithName(string name) => all.FirstOrDefault(b => b.CustomName == name);
    public IMyBlockGroup? GetBlockGroupWithName(string name) => null;
    public IMyTerminalBlock? GetBlockWithId(long id) => all.FirstOrDefault(b => b.EntityId == id);
    public bool CanAccess(IMyTerminalBlock block, MyTerminalAccessScope scope = MyTerminalAccessScope.All) => all.Contains(block);
    public bool CanAccess(VRage.Game.ModAPI.Ingame.IMyCubeGrid grid, MyTerminalAccessScope scope = MyTerminalAccessScope.All) => false;
}

/// <summary>Compiles a script and runs it with an echo log.</summary>
public sealed class Pb
{
    public List<string> Echoes { get; } = [];
    public ScriptInstance Instance { get; }

    public Pb(string script, string? storage = null, IMyProgrammableBlock? me = null, IMyGridTerminalSystem? terminal = null,
        Func<DateTime>? clock = null)
        : this(Compile(script), storage, me, terminal, clock) { }

    public Pb(ScriptImage image, string? storage = null, IMyProgrammableBlock? me = null, IMyGridTerminalSystem? terminal = null,
        Func<DateTime>? clock = null)
    {
        Instance = image.Instantiate(new ProgramContext { Echo = Echoes.Add, Me = me, GridTerminalSystem = terminal, Clock = clock },
            storage);
    }

    public static ScriptImage Compile(string script)
    {
        var image = ScriptImage.Compile(script);
        Assert.True(image.Success, string.Join("\n", image.Errors) + "\n" + image.InstrumentedSource);
        return image;
    }

    public RunOutcome Run(string argument = "", UpdateType updateType = UpdateType.Terminal) => Instance.Run(argument, updateType);
}
