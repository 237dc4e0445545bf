using System.Text;

namespace ShipSim.Toolchain.Packing;

/// <summary>Step 8: put Instructions.readme on top of the script as // comment lines.</summary>
public static class PrependInstructions
{
    public static string Run(string script, string? instructionsFile)
    {
        if (instructionsFile == null)
            return script;
        var text = File.ReadAllText(instructionsFile).Replace("\r\n", "\n").TrimEnd('\n', ' ');
        if (text.Length == 0)
            return script;
        var header = new StringBuilder();
        foreach (var line in text.Split('\n'))
            header.Append(line.Length == 0 ? "//" : "// " + line.TrimEnd()).Append('\n');
        return header.Append('\n').Append(script).ToString();
    }
}
