using System.Text;

namespace ShipSim.Toolchain.Packing;

/// <summary>Step 12: put Instructions.readme (its macros replaced) on top of the script as MDK2 does: every line
/// of the file as a <c>// </c> line, the file's last line break giving one more <c>// </c> line, the code right after.</summary>
public static class PrependInstructions
{
    public static string Run(string script, string? instructionsFile, IReadOnlyDictionary<string, string> macros)
    {
        if (instructionsFile == null)
            return script;
        var text = Macro.Replace(File.ReadAllText(instructionsFile), macros);
        var header = new StringBuilder();
        foreach (var line in text.Split('\n'))
            header.Append("// ").Append(line).Append('\n');
        return header.Append(script).ToString();
    }
}
