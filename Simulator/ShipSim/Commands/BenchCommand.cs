using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ShipSim.Scenarios;
using ShipSim.Scenarios.Benchmarks;
using ShipSim.World.Core;
using ShipSim.World.Observation;
using ShipSim.World.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>Prints figures, not pass/fail: how fast the simulation runs the standard ship with the player's script,
/// what that script costs per run, and the failover mixin's costs and takeover latencies against their targets.</summary>
public sealed class BenchCommand : ToolCommand<BenchCommand.Settings>
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

        [CommandOption("--trials <N>")]
        [Description("Seeded takeover trials per failure kind. Default 200.")]
        [DefaultValue(200)]
        public int Trials { get; set; } = 200;

        [CommandOption("--wall-clock")]
        [Description("Give scripts the wall-clock LastRunTimeMs instead of the deterministic model.")]
        public bool WallClock { get; set; }

        [CommandOption("--json")]
        [Description("Print the figures as JSON on standard output.")]
        public bool Json { get; set; }

        public override ValidationResult Validate()
        {
            if (Hours <= 0 || Hours > 1000)
                return ValidationResult.Error("--hours must be above 0 and at most 1000");
            if (ProgrammableBlocks is < 1 or > 64)
                return ValidationResult.Error("--pbs must be 1 to 64");
            if (Airlocks is < 0 or > 64)
                return ValidationResult.Error("--airlocks must be 0 to 64");
            if (Trials is < 1 or > 100_000)
                return ValidationResult.Error("--trials must be 1 to 100,000");
            return base.Validate();
        }
    }

    static readonly Dictionary<string, int> TakeoverTargets = new()
    {
        ["destroyed"] = 101, ["disabled"] = 101, ["unpowered"] = 101, ["terminated"] = 250, ["recompiled"] = 250,
        ["yield"] = 2, ["command_destroyed"] = 0, ["command_terminated"] = 2,
    };

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var script = ScriptSource.Pack(settings, quiet: settings.Json).Result.Script;
        var probe = Catalog.FailoverProbe();

        var ship = MeasureShip(settings, script);
        if (ship == null)
            return 1;
        var ticks = (long)Math.Round(settings.Hours * 3600 * SimWorld.TicksPerSecond);
        var steady = FailoverBench.MeasureSteadyState(probe, settings.Seed, ticks);
        var takeovers = FailoverBench.Kinds.ToDictionary(kind => kind, kind => FailoverBench.MeasureTakeover(probe, kind, settings.Trials, settings.Seed));
        var cycle = AirlockBench.Measure(script, settings.Seed, cycles: 6);
        var worstRun = (double)ship["instructions_per_run"]!["max"]!.GetValue<int>();

        if (settings.Json)
        {
            var json = new JsonObject
            {
                ["ship"] = ship,
                ["standby_instructions"] = new JsonObject { ["mean"] = Round(steady.Standby.Mean), ["max"] = steady.Standby.Max, ["runs"] = steady.Standby.Count },
                ["active_idle_instructions"] = new JsonObject { ["mean"] = Round(steady.ActiveIdle.Mean), ["max"] = steady.ActiveIdle.Max, ["runs"] = steady.ActiveIdle.Count },
                ["standby_bytes_per_run"] = new JsonObject
                {
                    ["mean"] = Round(steady.StandbyBytes.Mean), ["max"] = steady.StandbyBytes.Max,
                    ["mean_when_no_screen_changed"] = Round(steady.StandbyBytes.MeanWhenNoScreenChanged),
                    ["runs_without_screen_change"] = steady.StandbyBytes.RunsWithoutScreenChange,
                },
                ["script_chars"] = script.Length,
                ["cycle_ticks"] = new JsonObject { ["mean"] = Finite(cycle.CycleTicks.Mean), ["max"] = Finite(cycle.CycleTicks.Max), ["cycles"] = cycle.CycleTicks.Count },
                ["cycle_ticks_physical_minimum"] = Finite(cycle.PhysicalMinimumTicks),
                ["active_cycle_instructions"] = new JsonObject { ["mean"] = Finite(cycle.ActiveCycleInstructions.Mean), ["max"] = Finite(cycle.ActiveCycleInstructions.Max), ["runs"] = cycle.ActiveCycleInstructions.Count },
                ["takeover_ticks"] = new JsonObject(takeovers.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)new JsonObject
                {
                    ["p50"] = t.Value.P50, ["max"] = t.Value.Max, ["mean"] = Round(t.Value.Mean), ["trials"] = t.Value.Trials, ["target_max"] = TakeoverTargets[t.Key],
                }))),
            };
            Terminal.Raw.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }

        var table = new Table().AddColumns("Figure", "Value", "Target").Title("Failover mixin (failover probe, standard ship: 3 PBs, 2 airlocks)");
        table.AddRow("Standby run", $"{steady.Standby.Mean:N1} avg, {steady.Standby.Max:N0} max instructions ({steady.Standby.Count:N0} runs)", Verdict(steady.Standby.Max <= 60, "<= 60"));
        table.AddRow("Idle active run", $"{steady.ActiveIdle.Mean:N1} avg, {steady.ActiveIdle.Max:N0} max instructions ({steady.ActiveIdle.Count:N0} runs)", Verdict(steady.ActiveIdle.Max <= 400, "<= 400"));
        table.AddRow("Standby bytes per run", $"{steady.StandbyBytes.MeanWhenNoScreenChanged:N1} avg when no screen changed ({steady.StandbyBytes.RunsWithoutScreenChange:N0} runs); " +
            $"{steady.StandbyBytes.Mean:N1} avg, {steady.StandbyBytes.Max:N0} max over all", Verdict(steady.StandbyBytes.MeanWhenNoScreenChanged == 0, "0 when no screen changes"));
        foreach (var (kind, latency) in takeovers)
            table.AddRow($"Takeover: {kind}", $"p50 {latency.P50:N0}, max {latency.Max:N0}, mean {latency.Mean:N1} ticks ({latency.Trials} trials)",
                Verdict(latency.Max <= TakeoverTargets[kind] && latency.Max >= 0, $"max <= {TakeoverTargets[kind]}"));
        Terminal.Out.Write(table);

        var airlockTable = new Table().AddColumns("Figure", "Value", "Target").Title("RedundantAirlock's cycle (standard airlock, 3 PBs)");
        airlockTable.AddRow("Script size", $"{script.Length:N0} characters", Verdict(script.Length <= 50_000, "<= 50,000"));
        airlockTable.AddRow("Cycle", $"{cycle.CycleTicks.Mean:N1} avg, {cycle.CycleTicks.Max:N0} max ticks ({cycle.CycleTicks.Count} cycles); physical minimum {cycle.PhysicalMinimumTicks:N0}",
            Verdict(cycle.CycleTicks.Max <= cycle.PhysicalMinimumTicks + 20, "<= minimum + 20"));
        airlockTable.AddRow("Active run while cycling", $"{cycle.ActiveCycleInstructions.Mean:N1} avg, {cycle.ActiveCycleInstructions.Max:N0} max instructions ({cycle.ActiveCycleInstructions.Count} runs)",
            Verdict(cycle.ActiveCycleInstructions.Max <= 2500, "<= 2,500"));
        airlockTable.AddRow("Worst run on the ship", $"{worstRun:N0} instructions", Verdict(worstRun <= 2500, "<= 2,500"));
        Terminal.Out.Write(airlockTable);
        return 0;
    }

    static double Round(double value) => Math.Round(value, 2);

    // A script that is not an airlock controller completes no cycle: its cycle figures are null.
    static JsonNode? Finite(double value) => double.IsFinite(value) ? JsonValue.Create(Round(value)) : null;

    static string Verdict(bool met, string target) => met ? $"[green]{Markup.Escape(target)}: met[/]" : $"[red]{Markup.Escape(target)}: NOT met[/]";

    /// <summary>The player's script on the standard ship: simulation speed and script cost; printed unless JSON.</summary>
    static JsonObject? MeasureShip(Settings settings, string script)
    {
        var spec = new ShipSpec(settings.ProgrammableBlocks, settings.Airlocks);
        var setup = Stopwatch.StartNew();
        var ship = ShipScenario.Build(settings.Seed, script, spec);
        setup.Stop();
        var broken = ship.Nodes.FirstOrDefault(pb => pb.Instance == null || pb.IsTerminated);
        if (broken != null)
        {
            throw new ToolException($"{broken.CustomName} cannot run the script:\n{broken.DetailedInfo}");
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
        if (!settings.Json)
        {
            var table = new Table().AddColumns("Figure", "Value").HideHeaders().Title("The player's script on the standard ship");
            table.AddRow("Ship", $"{spec.ProgrammableBlocks} programmable blocks, {spec.Airlocks} airlocks, seed {settings.Seed}");
            table.AddRow("Script", $"{script.Length:N0} characters, compiled and loaded in {setup.Elapsed.TotalMilliseconds:N0} ms");
            table.AddRow("Game time", $"{TimeSpan.FromSeconds(gameSeconds):g} ({ticks:N0} ticks)");
            table.AddRow("Wall time", $"{wallSeconds:N3} s");
            table.AddRow("[bold]Speed[/]", $"[bold]{gameSeconds / wallSeconds:N0}x[/] game time ({gameSeconds / 3600 / wallSeconds:N2} game hours per wall second)");
            table.AddRow("Ticks per wall second", $"{ticks / wallSeconds:N0}");
            table.AddRow("Script runs", $"{runs.Count:N0} ({runs.Terminated:N0} terminated)");
            table.AddRow("Instructions per run", $"{runs.AverageInstructions:N1} avg, {runs.PeakInstructions:N0} peak (limit 50,000)");
            table.AddRow("Script run time", $"{runs.AverageWallMs * 1000:N1} µs avg wall, {runs.PeakWallMs:N3} ms peak");
            table.AddRow("Bytes allocated by scripts", $"{runs.AllocatedBytes:N0} total, {runs.AllocatingRuns:N0} runs allocated anything");
            table.AddRow("Bytes allocated by the simulator", $"{(allocated - runs.AllocatedBytes) / (double)ticks:N1} per tick");
            Terminal.Out.Write(table);
        }
        return new JsonObject
        {
            ["programmable_blocks"] = spec.ProgrammableBlocks, ["airlocks"] = spec.Airlocks, ["seed"] = settings.Seed,
            ["script_chars"] = script.Length, ["game_seconds"] = gameSeconds, ["wall_seconds"] = Round(wallSeconds),
            ["speed_x_real_time"] = Math.Round(gameSeconds / wallSeconds), ["runs"] = runs.Count, ["terminated"] = runs.Terminated,
            ["instructions_per_run"] = new JsonObject { ["mean"] = Round(runs.AverageInstructions), ["max"] = runs.PeakInstructions },
            ["script_bytes"] = runs.AllocatedBytes, ["simulator_bytes_per_tick"] = Round((allocated - runs.AllocatedBytes) / (double)ticks),
        };
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
