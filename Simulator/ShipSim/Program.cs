using ShipSim.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

// ShipSim: pack, check, and (in later verbs) run, demo, bench and fuzz the RedundantAirlock script.
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("shipsim");
    config.PropagateExceptions();
    config.UseStrictParsing(); // an option the verb does not know is an error, not an extra argument
    config.AddCommand<PackCommand>("pack")
        .WithDescription("Pack the script project into the script a player pastes (DIR/<Project>/script.cs and thumb.png).");
    config.AddCommand<CheckCommand>("check")
        .WithDescription("Pack the script (or take a plain script file with --script) and compile it as the game does; print errors, size and the whitelist verdict.");
    config.AddCommand<FuzzCommand>("fuzz")
        .WithDescription("Run seeded failover scenarios (faults, commands, a docked visitor) and check the invariants on every tick.");
    config.AddCommand<CompatCommand>("compat")
        .WithDescription("Game-compile and run the public scripts of the compatibility corpus (fetched outside the repository); write docs/compat.md.");
    config.AddCommand<BenchCommand>("bench")
        .WithDescription("Run the standard ship (3 PBs, 2 airlocks) for an hour of game time; print simulation speed and script cost.");
});

try
{
    return app.Run(args);
}
catch (CommandAppException e)
{
    // Bad arguments: say what is wrong, show the usage, exit 2.
    AnsiConsole.Console.Profile.Out = new AnsiConsoleOutput(Console.Error);
    AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
    app.Run(["--help"]);
    return 2;
}
