using System.Reflection;
using Sandbox.ModAPI.Ingame;
using ShipSim.Host;

namespace Host.Tests;

/// <summary>A programmable block for tests: answers CustomName, EntityId and TryRun; every other member
/// returns its type's default.</summary>
public class FakeBlock : DispatchProxy
{
    public string Name = "PB";
    public long Id = 1;
    public Func<string, bool>? OnTryRun;

    public static IMyProgrammableBlock Create(string name, Func<string, bool>? tryRun = null)
    {
        var block = DispatchProxy.Create<IMyProgrammableBlock, FakeBlock>();
        var fake = (FakeBlock)(object)block;
        fake.Name = name;
        fake.OnTryRun = tryRun;
        return block;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args) => method!.Name switch
    {
        "get_CustomName" => Name,
        "get_EntityId" => Id,
        "TryRun" => OnTryRun?.Invoke((string)args![0]!) ?? false,
        _ => method.ReturnType.IsValueType && method.ReturnType != typeof(void) ? Activator.CreateInstance(method.ReturnType) : null,
    };
}

/// <summary>A terminal system holding a few named blocks.</summary>
public sealed class FakeTerminal(params IMyTerminalBlock[] blocks) : IMyGridTerminalSystem
{
    public void GetBlocks(List<IMyTerminalBlock> list) { list.Clear(); list.AddRange(blocks); }
    public void GetBlockGroups(List<IMyBlockGroup> list, Func<IMyBlockGroup, bool>? collect = null) => list.Clear();
    public void GetBlocksOfType<T>(List<IMyTerminalBlock> list, Func<IMyTerminalBlock, bool>? collect = null) where T : class
    { list.Clear(); list.AddRange(blocks.Where(b => b is T && (collect == null || collect(b)))); }
    public void GetBlocksOfType<T>(List<T> list, Func<T, bool>? collect = null) where T : class
    { list.Clear(); list.AddRange(blocks.OfType<T>().Where(b => collect == null || collect(b))); }
    public void SearchBlocksOfName(string name, List<IMyTerminalBlock> list, Func<IMyTerminalBlock, bool>? collect = null)
    { list.Clear(); list.AddRange(blocks.Where(b => b.CustomName.Contains(name, StringComparison.OrdinalIgnoreCase))); }
    public IMyTerminalBlock? GetBlockWithName(string name) => blocks.FirstOrDefault(b => b.CustomName == name);
    public IMyBlockGroup? GetBlockGroupWithName(string name) => null;
    public IMyTerminalBlock? GetBlockWithId(long id) => blocks.FirstOrDefault(b => b.EntityId == id);
    public bool CanAccess(IMyTerminalBlock block, MyTerminalAccessScope scope = MyTerminalAccessScope.All) => blocks.Contains(block);
    public bool CanAccess(VRage.Game.ModAPI.Ingame.IMyCubeGrid grid, MyTerminalAccessScope scope = MyTerminalAccessScope.All) => false;
}

/// <summary>Compiles a script and runs it with an echo log.</summary>
public sealed class Pb
{
    public readonly List<string> Echoes = [];
    public readonly ScriptInstance Instance;

    public Pb(string script, string? storage = null, IMyProgrammableBlock? me = null, IMyGridTerminalSystem? terminal = null)
        : this(Compile(script), storage, me, terminal) { }

    public Pb(ScriptImage image, string? storage = null, IMyProgrammableBlock? me = null, IMyGridTerminalSystem? terminal = null)
    {
        Instance = image.Instantiate(new ProgramContext { Echo = Echoes.Add, Me = me, GridTerminalSystem = terminal }, storage);
    }

    public static ScriptImage Compile(string script)
    {
        var image = ScriptImage.Compile(script);
        Assert.True(image.Success, string.Join("\n", image.Errors) + "\n" + image.InstrumentedSource);
        return image;
    }

    public RunOutcome Run(string argument = "", UpdateType updateType = UpdateType.Terminal) => Instance.Run(argument, updateType);
}
