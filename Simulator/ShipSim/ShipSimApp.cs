using ShipSim.Cli.Commands;
using ShipSim.Cli.Demo;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli;

/// <summary>
/// The tool's one entry point, shared by <c>Program</c> and the tests (which run verbs in-process). Exit codes:
/// 0 success, 1 the work failed (a script does not pack or compile, a scenario's expectation was not met, a fuzz
/// seed broke an invariant), 2 bad arguments (the usage of the verb concerned is printed), 3 a bug in the tool
/// itself (its stack trace is printed; please report it).
/// </summary>
public static class ShipSimApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int InternalError = 3;

    /// <summary>The verbs, in the order the usage lists them.</summary>
    public static readonly IReadOnlyList<string> Verbs = ["demo", "check", "pack", "run", "fuzz", "bench", "compat"];

    /// <summary>Runs the tool with <paramref name="args"/>, writing to <paramref name="output"/> and
    /// <paramref name="error"/> (default: the process's standard output and error).</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var outConsole = CreateConsole(output, output == Console.Out);
        var errConsole = CreateConsole(error, error == Console.Error);
        using var scope = Terminal.Use(outConsole, output, error);
        try
        {
            if (MissingValue(args) is { } option)
                throw new UsageException($"{option} needs a value");
            return Build(outConsole).Run(args);
        }
        catch (Exception e) when (e is CommandAppException or UsageException)
        {
            // Bad arguments: say what is wrong, show the usage of the verb concerned, exit 2.
            error.WriteLine("error: " + e.Message);
            var verb = args.FirstOrDefault(a => Verbs.Contains(a, StringComparer.OrdinalIgnoreCase));
            Build(errConsole).Run(verb != null ? [verb.ToLowerInvariant(), "--help"] : ["--help"]);
            return Usage;
        }
        catch (ToolException e)
        {
            error.WriteLine("error: " + e.Message);
            return Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("error: " + e.Message);
            return Failed;
        }
#pragma warning disable CA1031 // the tool's last line of defence: no input may crash it with an unhandled exception
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine("error: internal error in shipsim (please report it with the command line):");
            error.WriteLine(e.ToString());
            return InternalError;
        }
    }

    static readonly Dictionary<string, Type> SettingsOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["demo"] = typeof(DemoCommand.Settings), ["check"] = typeof(CheckCommand.Settings), ["pack"] = typeof(PackCommand.Settings), ["run"] = typeof(RunCommand.Settings),
        ["fuzz"] = typeof(FuzzCommand.Settings), ["bench"] = typeof(BenchCommand.Settings), ["compat"] = typeof(CompatCommand.Settings),
    };

    /// <summary>An option that takes a value given without one (Spectre.Console.Cli would take it as unset).</summary>
    static string? MissingValue(string[] args)
    {
        if (args.Length == 0 || !SettingsOf.TryGetValue(args[0], out var settings))
            return null;
        var valued = settings.GetProperties()
            .SelectMany(p => p.GetCustomAttributes(typeof(CommandOptionAttribute), true).Cast<CommandOptionAttribute>())
            .Where(o => o.ValueName != null && !o.ValueIsOptional)
            .SelectMany(o => o.LongNames.Select(n => "--" + n).Concat(o.ShortNames.Select(n => "-" + n)))
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
            if (valued.Contains(args[i]) && (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
                return args[i];
        return null;
    }

    static IAnsiConsole CreateConsole(TextWriter writer, bool isProcessStream) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = isProcessStream ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = isProcessStream ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = isProcessStream ? InteractionSupport.Detect : InteractionSupport.No,
    });

    static CommandApp Build(IAnsiConsole console)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("shipsim");
            config.ConfigureConsole(console);
            config.PropagateExceptions();
            config.UseStrictParsing(); // an option the verb does not know is an error, not an extra argument
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Watch it work: a built-in ship (3 PBs, 2 airlocks, a docked visitor) loses its active PB mid-cycle, then more; live in the terminal, or a text timeline. --baseline: the same with one PB.");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Pack the script (or take a plain script file with --script) and compile it as the game does; print errors, size and the whitelist verdict.");
            config.AddCommand<PackCommand>("pack")
                .WithDescription("Pack the script project into the script a player pastes (DIR/<Project>/script.cs and thumb.png).");
            config.AddCommand<RunCommand>("run")
                .WithDescription("Play a scenario file (a ship and a timeline of commands, faults and expectations); list failed expectations; optionally write an HTML report.");
            config.AddCommand<FuzzCommand>("fuzz")
                .WithDescription("Run seeded failover scenarios (faults, commands, a docked visitor) and check the invariants on every tick.");
            config.AddCommand<BenchCommand>("bench")
                .WithDescription("Run the standard ship (3 PBs, 2 airlocks) for an hour of game time; print simulation speed and script cost.");
            config.AddCommand<CompatCommand>("compat")
                .WithDescription("Game-compile and run the public scripts of the compatibility corpus (fetched outside the repository); write docs/compat.md.");
        });
        return app;
    }
}

/// <summary>Bad arguments found before the command line parser saw them.</summary>
sealed class UsageException(string message) : Exception(message);

/// <summary>A failure the tool explains in one message and exits 1 for (a file not found, a project that does not
/// pack, a file it cannot write).</summary>
public sealed class ToolException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Where verbs write: the console of the current <see cref="ShipSimApp.Run"/> (set per run, so tests can run
/// verbs in-process and read what they print).</summary>
public static class Terminal
{
    static IAnsiConsole? _out;
    static TextWriter? _raw;
    static TextWriter? _error;

    /// <summary>Standard output for Spectre.Console markup, tables and live displays.</summary>
    public static IAnsiConsole Out => _out ?? AnsiConsole.Console;

    /// <summary>Standard output for plain text (JSON).</summary>
    public static TextWriter Raw => _raw ?? Console.Out;

    /// <summary>Standard error.</summary>
    public static TextWriter Error => _error ?? Console.Error;

    internal static IDisposable Use(IAnsiConsole output, TextWriter raw, TextWriter error)
    {
        var previous = (_out, _raw, _error);
        (_out, _raw, _error) = (output, raw, error);
        return new Restore(() => (_out, _raw, _error) = previous);
    }

    sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
