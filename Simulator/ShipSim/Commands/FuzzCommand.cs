using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using ShipSim.Scenarios;
using ShipSim.Scenarios.Fuzzing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>Runs seeded failover scenarios on every core and checks the invariants on every tick; a failing seed
/// prints the one command that replays it.</summary>
public sealed class FuzzCommand : ToolCommand<FuzzCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--seeds <N>")]
        [Description("How many seeds to run, from --seed on. Default 1.")]
        [DefaultValue(1)]
        public int Seeds { get; set; } = 1;

        [CommandOption("--seed <S>")]
        [Description("The first seed (alone: replays that seed). Default 1.")]
        [DefaultValue(1L)]
        public long Seed { get; set; } = 1;

        [CommandOption("--minutes <M>")]
        [Description("Game time per seed, in minutes. Default 10.")]
        [DefaultValue(10.0)]
        public double Minutes { get; set; } = 10;

        [CommandOption("--ship <KIND>")]
        [Description("failover (the failover probe on 2-5 PBs), airlock (RedundantAirlock on the standard ship) or both. Default both.")]
        [DefaultValue("both")]
        public string Ship { get; set; } = "both";

        [CommandOption("--json")]
        [Description("Print the results as JSON on standard output.")]
        public bool Json { get; set; }

        [CommandOption("--verbose")]
        [Description("Print every seed's fault and command schedule, and each programmable block's screen at the end.")]
        public bool Verbose { get; set; }

        public override ValidationResult Validate()
        {
            if (Seeds is < 1 or > 1_000_000)
                return ValidationResult.Error("--seeds must be 1 to 1,000,000");
            if (Seed < 0)
                return ValidationResult.Error("--seed must not be negative");
            if (Ship is not ("failover" or "airlock" or "both"))
                return ValidationResult.Error("--ship must be failover, airlock or both");
            if (Minutes is <= 0 or > 600)
                return ValidationResult.Error("--minutes must be above 0 and at most 600");
            return ValidationResult.Success();
        }
    }

    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var kinds = settings.Ship == "both" ? new[] { "failover", "airlock" } : [settings.Ship];
        var scripts = kinds.ToDictionary(k => k, k => k == "failover" ? Catalog.FailoverProbe() : Catalog.RedundantAirlock());
        var ticks = (long)Math.Round(settings.Minutes * 3600);
        var outcomes = new FuzzOutcome[settings.Seeds * kinds.Length];
        var watch = Stopwatch.StartNew();
        Parallel.For(0, outcomes.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            i =>
            {
                var (seed, kind) = (settings.Seed + i / kinds.Length, kinds[i % kinds.Length]);
                outcomes[i] = kind == "failover" ? FailoverFuzz.Run(seed, scripts[kind], ticks) : AirlockFuzz.Run(seed, scripts[kind], ticks);
            });
        watch.Stop();
        var failed = outcomes.Where(o => !o.Passed).ToList();
        var seedsPerSecond = outcomes.Length / watch.Elapsed.TotalSeconds;
        if (settings.Json)
        {
            Terminal.Raw.WriteLine(JsonSerializer.Serialize(new
            {
                seeds = settings.Seeds, first_seed = settings.Seed, minutes_per_seed = settings.Minutes,
                passed = settings.Seeds - failed.Count, failed = failed.Count,
                seconds = Math.Round(watch.Elapsed.TotalSeconds, 3), seeds_per_second = Math.Round(seedsPerSecond, 3),
                failures = failed.Select(o => new { seed = o.Seed, ship = o.Ship, replay = o.ReplayCommand, violations = o.Violations.Select(v => v.ToString()) }),
            }, Indented));
            return failed.Count == 0 ? 0 : 1;
        }
        foreach (var outcome in outcomes.Where(o => settings.Verbose || !o.Passed))
        {
            Terminal.Out.MarkupLine($"{(outcome.Passed ? "[green]pass[/]" : "[red]FAIL[/]")} seed {outcome.Seed} ({outcome.Ship}): {outcome.Nodes} PBs" +
                $"{(outcome.Visitor ? " + docked visitor" : "")}, {outcome.Faults} faults, {outcome.Commands} commands, {outcome.Runs:N0} runs");
            foreach (var violation in outcome.Violations.Take(10))
                Terminal.Out.MarkupLine($"  [red]{Markup.Escape(violation.ToString())}[/]");
            if (settings.Verbose)
            {
                foreach (var line in outcome.Schedule)
                    Terminal.Out.MarkupLine($"  [grey]{Markup.Escape(line)}[/]");
                foreach (var screen in outcome.Screens)
                    Terminal.Raw.WriteLine(screen);
            }
            if (!outcome.Passed)
                Terminal.Out.MarkupLine($"  replay: [bold]{Markup.Escape(outcome.ReplayCommand)}[/]");
        }
        var table = new Table().AddColumns("Figure", "Value").HideHeaders();
        table.AddRow("Seeds", $"{settings.Seeds:N0} from {settings.Seed} ({string.Join(" and ", kinds)}), {settings.Minutes:0.##} game minutes each, on {Environment.ProcessorCount} cores");
        table.AddRow("Result", failed.Count == 0 ? "[green]all passed[/]" : $"[red]{failed.Count} failed[/]: seeds {string.Join(", ", failed.Take(20).Select(o => $"{o.Seed} ({o.Ship})"))}");
        table.AddRow("Checked", $"{outcomes.Sum(o => o.Runs):N0} runs, {outcomes.Sum(o => o.Effects):N0} effects, {outcomes.Sum(o => o.Faults):N0} faults, {outcomes.Sum(o => o.Commands):N0} commands, every tick");
        table.AddRow("Wall time", $"{watch.Elapsed.TotalSeconds:N1} s");
        table.AddRow("[bold]Seeds per second[/]", $"[bold]{seedsPerSecond:N2}[/]");
        Terminal.Out.Write(table);
        return failed.Count == 0 ? 0 : 1;
    }
}
