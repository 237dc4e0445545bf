using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>The base of every verb: runs <see cref="Run"/> and turns a <see cref="ToolException"/> (or a file the
/// tool could not read or write) into one "error:" line and exit code 1, so verbs only say what went wrong.</summary>
public abstract class ToolCommand<TSettings> : Command<TSettings> where TSettings : CommandSettings
{
    public sealed override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return Run(settings, cancellationToken);
        }
        catch (ToolException e)
        {
            Report.Failure(e.Message);
            return ShipSimApp.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report.Failure(e.Message);
            return ShipSimApp.Failed;
        }
    }

    protected abstract int Run(TSettings settings, CancellationToken cancellationToken);
}
