namespace ShipSim.World.Tests;

/// <summary>
/// A long seeded run, kept out of the unit suite (which must stay quick): skipped unless the environment variable
/// <c>SHIPSIM_SOAK=1</c> is set. Run them with
/// <c>SHIPSIM_SOAK=1 dotnet test Tests/World.Tests --filter Category=Soak</c>.
/// </summary>
public sealed class SoakFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "SHIPSIM_SOAK";

    public SoakFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) != "1")
            Skip = $"long seeded run: set {EnvironmentVariable}=1 to run it";
    }
}
