using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Physics;

namespace ShipSim.Scenarios.Files;

/// <summary>The phases an airlock is seen in, judged from its doors, vent and chamber air only (never from what a
/// script says): <c>sealed</c> (every door closed, the air steady), <c>depressurizing</c> / <c>pressurizing</c>
/// (every door closed, the chamber's air falling / rising), <c>doors moving</c>, <c>open inside</c> /
/// <c>open outside</c> (that side's doors open, the other side's closed), <c>both open</c> (a door of each side
/// not closed: what an airlock must never do while the sides differ).</summary>
public static class AirlockPhases
{
    public const string Sealed = "sealed";
    public const string Depressurizing = "depressurizing";
    public const string Pressurizing = "pressurizing";
    public const string Moving = "doors moving";
    public const string OpenInside = "open inside";
    public const string OpenOutside = "open outside";
    public const string BothOpen = "both open";
    public const string Gone = "gone";

    public static readonly IReadOnlyList<string> Names = [Sealed, Depressurizing, Pressurizing, Moving, OpenInside, OpenOutside, BothOpen, Gone];
}

/// <summary>One airlock of a scenario's ship, as the world shows it tick by tick.</summary>
public sealed class AirlockView(string group, string grid, Room chamber, IReadOnlyList<SimDoor> inner, IReadOnlyList<SimDoor> outer,
    IReadOnlyList<SimAirVent> vents, IReadOnlyList<SimTextPanel> screens)
{
    /// <summary>Ticks over which the chamber's air must stay within <see cref="SteadyDelta"/> to count as steady.</summary>
    public const int SteadyTicks = 60;
    public const double SteadyDelta = 0.002;

    readonly double[] _levels = new double[SteadyTicks + 1];
    int _samples;

    public string Group { get; } = group;
    /// <summary>"Grid/Group": how a scenario names the airlock where another grid has one of the same name.</summary>
    public string FullName { get; } = grid + "/" + group;
    public Room Chamber { get; } = chamber;
    public IReadOnlyList<SimDoor> Inner { get; } = inner;
    public IReadOnlyList<SimDoor> Outer { get; } = outer;
    public IReadOnlyList<SimAirVent> Vents { get; } = vents;
    public IReadOnlyList<SimTextPanel> Screens { get; } = screens;

    public double Level => Chamber.Level;
    public string Phase { get; private set; } = AirlockPhases.Sealed;

    /// <summary>No door moves and the chamber's air has been steady for a second.</summary>
    public bool Idle { get; private set; } = true;

    /// <summary>Called once per tick, after the world stepped.</summary>
    public void Observe()
    {
        _levels[_samples % _levels.Length] = Level;
        _samples++;
        var old = _samples > SteadyTicks ? _levels[_samples % _levels.Length] : _levels[0];
        var trend = Level - old;
        var moving = Inner.Concat(Outer).Any(d => !d.Closed && d.Status is DoorStatus.Opening or DoorStatus.Closing);
        var innerOpen = Inner.Any(d => !d.Closed && d.Status != DoorStatus.Closed);
        var outerOpen = Outer.Any(d => !d.Closed && d.Status != DoorStatus.Closed);
        Idle = !moving && Math.Abs(trend) < SteadyDelta;
        Phase = Inner.Concat(Outer).All(d => d.Closed) ? AirlockPhases.Gone
            : innerOpen && outerOpen ? AirlockPhases.BothOpen
            : moving ? AirlockPhases.Moving
            : innerOpen ? AirlockPhases.OpenInside
            : outerOpen ? AirlockPhases.OpenOutside
            : trend <= -SteadyDelta ? AirlockPhases.Depressurizing
            : trend >= SteadyDelta ? AirlockPhases.Pressurizing
            : AirlockPhases.Sealed;
    }

    /// <summary>A side's doors in one word: open, closed, opening, closing (the least closed door wins), and
    /// whether any is locked (switched off).</summary>
    public static string SideState(IReadOnlyList<SimDoor> doors)
    {
        var live = doors.Where(d => !d.Closed).ToList();
        if (live.Count == 0)
            return "gone";
        if (live.Any(d => d.Status == DoorStatus.Open))
            return "open";
        if (live.Any(d => d.Status == DoorStatus.Opening))
            return "opening";
        if (live.Any(d => d.Status == DoorStatus.Closing))
            return "closing";
        return "closed";
    }

    public static bool Locked(IReadOnlyList<SimDoor> doors) => doors.Any(d => !d.Closed && !d.Enabled);
}
