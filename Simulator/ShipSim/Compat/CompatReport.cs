using System.Globalization;
using System.Text;

namespace ShipSim.Cli.Compat;

/// <summary>Writes docs/compat.md: how the corpus fared, script by script, with the commands that reproduce it.</summary>
public static class CompatReport
{
    public static string Write(IReadOnlyList<CompatResult> results, double minutes, string manifestPath)
    {
        var present = results.Where(r => r.Compile != CompileVerdict.Absent).ToList();
        var counted = present.Where(r => !r.Excepted).ToList();
        var compiles = counted.Count(r => r.Compile == CompileVerdict.Compiles);
        var ran = present.Where(r => r.Compile == CompileVerdict.Compiles).ToList();
        var gaps = ran.Count(r => r.Run == RunVerdict.StandInGap);
        var clean = ran.Count(r => r.Run == RunVerdict.Runs);
        var caught = ran.Count(r => r.CaughtException != null);
        var inv = CultureInfo.InvariantCulture;

        var md = new StringBuilder();
        md.Append("# Compatibility with public scripts\n\n");
        md.Append("Public Space Engineers scripts nobody here wrote, game-compiled against the stand-in (`Simulator/GameApi`) ");
        md.Append("and run for ").Append(minutes.ToString("0.##", inv)).Append(" minutes of game time in a small simulated world. ");
        md.Append("The list, with each script's source and the world it needs, is `").Append(manifestPath).Append("`; ");
        md.Append("the scripts themselves are not in this repository.\n\n");
        md.Append("## Summary\n\n");
        md.Append(inv, $"- Scripts: {results.Count} ({results.Count(r => r.Entry.Kind == ScriptKind.Airlock)} airlock, {results.Count(r => r.Entry.Kind == ScriptKind.General)} general-purpose)");
        if (present.Count < results.Count)
            md.Append(inv, $"; {results.Count - present.Count} not found in the corpus folder");
        md.Append('\n');
        md.Append(inv, $"- Excepted from the compile rate: {present.Count - counted.Count} (over 100,000 characters, or using members the game removed)\n");
        md.Append(inv, $"- **Compile unchanged: {compiles} of {counted.Count} ({Percent(compiles, counted.Count)})**\n");
        md.Append(inv, $"- **Run {minutes.ToString("0.##", inv)} simulated minutes without terminating: {clean} of {ran.Count} compiled ({Percent(clean, ran.Count)})**; ");
        md.Append(inv, $"terminated on a stand-in gap: {gaps}; terminated by the script's own checks or faults: {ran.Count(r => r.Run == RunVerdict.ScriptFault)}\n");
        md.Append(inv, $"- Scripts that caught and printed an exception while running: {caught}\n\n");

        md.Append("## Scripts\n\n");
        md.Append("| Script | Author | Kind | Source | Size | Compiles | Runs | Runs done | Max instr. | Screens | Echo |\n");
        md.Append("|---|---|---|---|---:|---|---|---:|---:|---:|---|\n");
        foreach (var r in results)
        {
            md.Append("| ").Append(Cell(r.Entry.Title)).Append(" | ").Append(Cell(r.Entry.Author)).Append(" | ").Append(r.Entry.Kind == ScriptKind.Airlock ? "airlock" : "general");
            md.Append(" | [").Append(Cell(r.Entry.Repo)).Append("](").Append(r.Entry.Link).Append(')');
            md.Append(" | ").Append(r.Length > 0 ? r.Length.ToString("N0", inv) : "");
            md.Append(" | ").Append(CompileCell(r)).Append(" | ").Append(RunCell(r));
            md.Append(" | ").Append(r.Runs > 0 ? r.Runs.ToString("N0", inv) : "").Append(" | ").Append(r.MaxInstructions > 0 ? r.MaxInstructions.ToString("N0", inv) : "");
            md.Append(" | ").Append(r.ScreensWritten > 0 ? r.ScreensWritten.ToString(inv) : "").Append(" | ").Append(Cell(r.LastEcho)).Append(" |\n");
        }

        var notes = results.Where(r => r.Entry.Notes != null || r.Entry.Excepted != null || r.CompileErrors.Count > 0 || r.RunError != null || r.CaughtException != null).ToList();
        if (notes.Count > 0)
        {
            md.Append("\n## Notes, errors and terminations\n");
            foreach (var r in notes)
            {
                md.Append("\n### ").Append(r.Entry.Title).Append("\n\n");
                if (r.Entry.Excepted != null)
                    md.Append("Excepted: ").Append(r.Entry.Excepted).Append("\n\n");
                if (r.Entry.Notes != null)
                    md.Append(r.Entry.Notes).Append("\n\n");
                if (r.CompileErrors.Count > 0)
                {
                    md.Append("Compile errors (").Append(r.CompileErrors.Count).Append(r.CompileErrors.Count > 10 ? ", first 10" : "").Append("):\n\n```\n");
                    foreach (var e in r.CompileErrors.Take(10))
                        md.Append(e).Append('\n');
                    md.Append("```\n\n");
                }
                if (r.CaughtException != null)
                    md.Append("The script caught and printed an exception: `").Append(r.CaughtException.Replace("`", "'")).Append("`\n\n");
                if (r.RunError != null)
                    md.Append("Terminated (").Append(r.Run == RunVerdict.StandInGap ? "stand-in gap" : "script").Append("):\n\n```\n").Append(r.RunError.Trim()).Append("\n```\n\n");
            }
        }

        md.Append("\n## Reproducing\n\n");
        md.Append("Fetch every repository of the manifest at its commit into one folder, as `<owner>+<name>`, then run the report:\n\n");
        md.Append("```sh\n");
        foreach (var repo in results.Select(r => (r.Entry.Repo, r.Entry.Commit, r.Entry.Folder)).Distinct())
            md.Append(inv, $"git clone -q https://github.com/{repo.Repo} CORPUS/{repo.Folder} && git -C CORPUS/{repo.Folder} checkout -q {repo.Commit}\n");
        md.Append(inv, $"dotnet run --project Simulator/ShipSim -- compat --corpus CORPUS --minutes {minutes.ToString("0.##", inv)} --out docs/compat.md\n");
        md.Append("```\n\n");
        md.Append("A script terminated on a *stand-in gap* threw inside the simulator or the stand-in, or hit a member the stand-in ");
        md.Append("does not implement (each such case is checked by hand: the game may throw there too), or compiled as the game compiles ");
        md.Append("it but the simulator's host could not load it; a *script* termination is ");
        md.Append("the script's own exception (usually a block it expects and the world lacks, explained in its note). Screens counts ");
        md.Append("the text surfaces the script wrote or drew on.\n");
        return md.ToString();
    }

    static string Percent(int part, int whole) => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + " %";

    static string CompileCell(CompatResult r) => r.Compile switch
    {
        CompileVerdict.Compiles => r.Entry.Excepted != null ? "yes (excepted)" : "yes",
        CompileVerdict.TooLong => "too long (excepted)",
        CompileVerdict.Absent => "not fetched",
        CompileVerdict.PackFailed => r.Entry.Excepted != null ? "no (excepted)" : "**no** (pack)",
        _ => r.Entry.Excepted != null ? "no (excepted)" : $"**no** ({r.CompileErrors.Count} errors)",
    };

    static string RunCell(CompatResult r) => r.Run switch
    {
        RunVerdict.Runs => "yes",
        RunVerdict.ScriptFault => "stopped (script)",
        RunVerdict.StandInGap => "**stopped (stand-in gap)**",
        _ => "",
    };

    static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
