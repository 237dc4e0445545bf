using System.Reflection;
using System.Runtime.Loader;
using ShipSim.Host.Instrumentation;

namespace ShipSim.Host;

/// <summary>One loaded copy of a script's assembly (its own statics and meter, as a block's own assembly in the game),
/// with the entry points the host binds once: the meter's reset and counters, Program's constructor, the statics
/// reset when the script has one, and the clock its DateTime.Now reads. A copy serves one instance at a time.</summary>
sealed class LoadedScript
{
    readonly AssemblyLoadContext _context;

    public LoadedScript(byte[] assemblyBytes)
    {
        _context = new AssemblyLoadContext("PB script", isCollectible: true);
        var assembly = _context.LoadFromStream(new MemoryStream(assemblyBytes));
        var meter = assembly.GetType(MeterSource.MeterType, throwOnError: true)!;
        ResetMeter = Bind<Action<int, int, int, int>>(meter, "Reset");
        Count = Bind<Func<int>>(meter, "GetCount");
        Depth = Bind<Func<int>>(meter, "GetDepth");
        Reason = Bind<Func<int>>(meter, "GetReason");
        ProgramType = assembly.GetType("Program", throwOnError: true)!;
        Constructor = ProgramType.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
        ResetStatics = StaticsResetOf(assembly);
        _clock = assembly.GetType(ClockRedirection.ClockType, throwOnError: true)!
            .GetField(ClockRedirection.SourceField, BindingFlags.Static | BindingFlags.NonPublic)!;
    }

    readonly FieldInfo _clock;

    /// <summary>Where the script's DateTime.Now reads the time (the world of the instance now using this copy).</summary>
    public void SetClock(Func<DateTime> clock) => _clock.SetValue(null, clock);

    public Action<int, int, int, int> ResetMeter { get; }
    public Func<int> Count { get; }
    public Func<int> Depth { get; }
    public Func<int> Reason { get; }
    public Type ProgramType { get; }
    public ConstructorInfo? Constructor { get; }
    /// <summary>Gives every static its initial value again (null: the script has no static state, or cannot be reset).</summary>
    public Action? ResetStatics { get; }

    static Action? StaticsResetOf(Assembly assembly)
    {
        if (assembly.GetType(StaticsReset.ResetType)?.GetField(StaticsReset.OrderField, BindingFlags.Static | BindingFlags.NonPublic)
            ?.GetRawConstantValue() is not string order)
            return null;
        var resets = order.Split(';').Select(name => assembly.GetType(name, throwOnError: true)!
            .GetMethod(StaticsReset.ResetMethod, BindingFlags.Static | BindingFlags.NonPublic)!.CreateDelegate<Action>()).ToArray();
        return () =>
        {
            foreach (var reset in resets)
                reset();
        };
    }

    static T Bind<T>(Type meter, string name) where T : Delegate =>
        meter.GetMethod(name, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.CreateDelegate<T>();

    public void Unload() => _context.Unload();
}
