namespace ShipSim.Scenarios.Checkers;

/// <summary>An invariant that did not hold, at a tick, found by a checker from world state and run effects.</summary>
public sealed record Violation(long Tick, string Checker, string Message)
{
    public override string ToString() => $"tick {Tick}: [{Checker}] {Message}";
}

/// <summary>Watches a world and collects violations of one invariant.</summary>
public abstract class Checker(string name)
{
    public string Name { get; } = name;
    public List<Violation> Violations { get; } = [];

    protected void Fail(long tick, string message) => Violations.Add(new Violation(tick, Name, message));
}
