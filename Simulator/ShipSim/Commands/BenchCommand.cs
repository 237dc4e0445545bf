using System.ComponentModel;
using System.Diagnostics;
using ShipSim.Host;
using ShipSim.Toolchain.Packing;
using ShipSim.World.Core;
using ShipSim.World.Observation;
using ShipSim.World.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>Runs the standard ship for a stretch of game time and prints how fast the simulation goes and
/// what the script cost per run. Figures, not pass/fail: this is where performance numbers come from.</summary>
public sealed class BenchCommand : Command<BenchCommand.Settings>
{
    public sealed class Settings : ScriptSettings
    {
        [CommandOption("--seed <N>")]
        [Description("World seed. Default 1.")]
        [DefaultValue(1L)]
        public long Seed { get; set; } = 1;

        [CommandOption("--hours <H>")]
        [Description("Game time to simulate, in hours. Default 1.")]
        [DefaultValue(1.0)]
        public double Hours { get; set; } = 1;

        [CommandOption("--pbs <N>")]
        [Description("Programmable blocks running the script. Default 3.")]
        [DefaultValue(3)]
        public int ProgrammableBlocks { get; set; } = 3;

        [CommandOption("--airlocks <N>")]
        [Description("Airlocks on the ship. Default 2.")]
        [DefaultValue(2)]
        public int Airlocks { get; set; } = 2;

        [CommandOption("--wall-clock")]
        [Description("Give scripts the wall-clock LastRunTimeMs instead of the deterministic model.")]
        public bool WallClock { get; set; }

        public override ValidationResult Validate()
        {
            if (Hours <= 0 || Hours > 1000)
                return ValidationResult.Error("--hours must be above 0 and at most 1000");
            if (ProgrammableBlocks is < 1 or > 64)
                return ValidationResult.Error("--pbs must be 1 to 64");
            if (Airlocks is < 0 or > 64)
                return ValidationResult.Error("--airlocks must be 0 to 64");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string script;
        try
        {
            script = Packer.Pack(ScriptProject.Load(ProjectLocator.Find(settings.Project)), settings.Configuration).Script;
        }
        catch (Exception e) when (e is PackException or FileNotFoundException)
        {
            Report.Failure(e.Message);
            return 1;
        }

        var spec = new ShipSpec(settings.ProgrammableBlocks, settings.Airlocks);
        var setup = Stopwatch.StartNew();
        var ship = ShipScenario.Build(settings.Seed, script, spec);
        setup.Stop();
        var broken = ship.Nodes.FirstOrDefault(pb => pb.Instance == null || pb.IsTerminated);
        if (broken != null)
        {
            Report.Failure($"{broken.CustomName} cannot run the script:\n{broken.DetailedInfo}");
            return 1;
        }
        ship.World.RunTimeClock = settings.WallClock ? RunTimeClock.Wall : RunTimeClock.Modelled;

        // Warm up (JIT, first scans) before measuring.
        ship.World.RunSeconds(10);
        var runs = new RunStatistics();
        ship.World.RunCompleted += runs.Add;
        var ticks = (long)Math.Round(settings.Hours * 3600 * SimWorld.TicksPerSecond);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        ship.World.Run(ticks);
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var gameSeconds = (double)ticks / SimWorld.TicksPerSecond;
        var wallSeconds = watch.Elapsed.TotalSeconds;
        var table = new Table().AddColumns("Figure", "Value").HideHeaders();
        table.AddRow("Ship", $"{spec.ProgrammableBlocks} programmable blocks, {spec.Airlocks} airlocks, seed {settings.Seed}");
        table.AddRow("Script", $"{script.Length:N0} characters, compiled and loaded in {setup.Elapsed.TotalMilliseconds:N0} ms");
        table.AddRow("Game time", $"{TimeSpan.FromSeconds(gameSeconds):g} ({ticks:N0} ticks)");
        table.AddRow("Wall time", $"{wallSeconds:N3} s");
        table.AddRow("[bold]Speed[/]", $"[bold]{gameSeconds / wallSeconds:N0}x[/] game time ({gameSeconds / 3600 / wallSeconds * 1:N2} game hours per wall second)");
        table.AddRow("Ticks per wall second", $"{ticks / wallSeconds:N0}");
        table.AddRow("Script runs", $"{runs.Count:N0} ({runs.Terminated:N0} terminated)");
        table.AddRow("Instructions per run", $"{runs.AverageInstructions:N1} avg, {runs.PeakInstructions:N0} peak (limit 50,000)");
        table.AddRow("Script run time", $"{runs.AverageWallMs * 1000:N1} µs avg wall, {runs.PeakWallMs:N3} ms peak");
        table.AddRow("Bytes allocated by scripts", $"{runs.AllocatedBytes:N0} total, {runs.AllocatingRuns:N0} runs allocated anything");
        table.AddRow("Bytes allocated by the simulator", $"{(allocated - runs.AllocatedBytes) / (double)ticks:N1} per tick");
        AnsiConsole.Write(table);
        return 0;
    }

    sealed class RunStatistics
    {
        long _instructions;
        double _wallMs;

        public int Count { get; private set; }
        public int Terminated { get; private set; }
        public int PeakInstructions { get; private set; }
        public double PeakWallMs { get; private set; }
        public long AllocatedBytes { get; private set; }
        public int AllocatingRuns { get; private set; }
        public double AverageInstructions => Count == 0 ? 0 : (double)_instructions / Count;
        public double AverageWallMs => Count == 0 ? 0 : _wallMs / Count;

        public void Add(RunRecord run)
        {
            Count++;
            if (run.Terminated)
                Terminated++;
            _instructions += run.Instructions;
            _wallMs += run.WallMilliseconds;
            PeakInstructions = Math.Max(PeakInstructions, run.Instructions);
            PeakWallMs = Math.Max(PeakWallMs, run.WallMilliseconds);
            AllocatedBytes += run.AllocatedBytes;
            if (run.AllocatedBytes > 0)
                AllocatingRuns++;
        }
    }
}
