namespace ShipSim.Toolchain.GameCompiler;

/// <summary>How the game wraps a script before compiling it (game-behaviour.md section 1): its usings and
/// aliases, the Program class header, a #line directive so errors carry the script's own line numbers,
/// the script, and a closing brace.</summary>
public static class GamePrologue
{
    public static readonly string[] Usings =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Linq",
        "VRage.Scripting.MemorySafeTypes", "VRage", "VRageMath", "VRage.Game", "Sandbox.ModAPI.Interfaces",
        "Sandbox.ModAPI.Ingame", "Sandbox.Game.EntityComponents", "VRage.Game.Components", "VRage.Collections",
        "VRage.Game.ObjectBuilders.Definitions", "VRage.Game.ModAPI.Ingame", "VRage.Game.ModAPI.Ingame.Utilities",
        "System.Collections.Immutable", "SpaceEngineers.Game.ModAPI.Ingame", "VRage.Game.GUI.TextPanel",
    ];

    public static readonly string[] Aliases =
    [
        "INotifyPropertyChanging", "INotifyPropertyChanged",
        "PropertyChangingEventHandler", "PropertyChangedEventHandler",
        "PropertyChangingEventArgs", "PropertyChangedEventArgs",
    ];

    public const string ClassHeader = "public sealed class Program : MyGridProgram {";

    public static string Wrap(string script)
    {
        var text = new System.Text.StringBuilder();
        foreach (var ns in Usings)
            text.Append("using ").Append(ns).Append(";\n");
        foreach (var alias in Aliases)
            text.Append("using ").Append(alias).Append(" = System.ComponentModel.").Append(alias).Append(";\n");
        text.Append(ClassHeader).Append('\n');
        text.Append("#line 1 \"Program\"\n");
        text.Append(script);
        if (!script.EndsWith('\n'))
            text.Append('\n');
        text.Append("#line default\n}\n");
        return text.ToString();
    }
}
