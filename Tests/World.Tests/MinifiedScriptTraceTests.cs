using ShipSim.Toolchain.Packing;
using ShipSim.World.Faults;
using ShipSim.World.Observation;
using ShipSim.World.Scenarios;
using Sandbox.ModAPI.Ingame;

namespace ShipSim.World.Tests;

/// <summary>Minifying never changes what the script does: on the standard ship, for a fixed seed, with the seed's
/// faults and player commands, the trace of the script packed at every minifier level is the one of minify=none.</summary>
public class MinifiedScriptTraceTests
{
    static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RedundantAirlock.sln")))
                return dir.FullName;
        throw new InvalidOperationException("RedundantAirlock.sln not found");
    }

    static readonly Lazy<ScriptProject> Project = new(() =>
        ScriptProject.Load(Path.Combine(RepoRoot(), "RedundantAirlock", "RedundantAirlock.csproj")));

    static string Trace(MinifyLevel level)
    {
        var script = Packer.Pack(Project.Value, PackConfiguration.Release, new PackOptions { Minify = level }).Script;
        var ship = ShipScenario.Build(5, script, new ShipSpec(ProgrammableBlocks: 3, Airlocks: 2));
        const long ticks = 2 * 60 * 60;
        var schedule = SeededFaults.Draw(ship.World, 0, ticks, new FaultMix { MeanTicksBetweenFaults = 20 * 60 });
        foreach (var (tick, argument) in new[] { (90L, ship.Airlocks[0].Command), (400L, "status"), (2000L, ship.Airlocks[1].Command) })
            schedule.At(tick, new ActionFault("player runs " + argument, _ => ship.Nodes[0].Execute(argument, UpdateType.Terminal)));
        var output = new StringWriter();
        using (new TraceWriter(ship.World, output))
            ship.World.Run(ticks);
        return output.ToString();
    }

    static readonly Lazy<string> AsWritten = new(() => Trace(MinifyLevel.None));

    [Theory]
    [InlineData(MinifyLevel.Trim)]
    [InlineData(MinifyLevel.StripComments)]
    [InlineData(MinifyLevel.Lite)]
    [InlineData(MinifyLevel.Full)]
    public void EveryMinifierLevelRunsLikeTheScriptAsWritten(MinifyLevel level)
    {
        var expected = AsWritten.Value;
        Assert.Contains("\"runs\"", expected);
        Assert.Equal(expected, Trace(level));
    }
}
