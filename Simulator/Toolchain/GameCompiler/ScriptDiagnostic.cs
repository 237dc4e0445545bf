using Microsoft.CodeAnalysis;

namespace ShipSim.Toolchain.GameCompiler;

/// <summary>An error or warning about a script, located by the script's own line and column (1-based).</summary>
public sealed record ScriptDiagnostic(string Id, DiagnosticSeverity Severity, int Line, int Column, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"Program({Line},{Column}): {(IsError ? "error" : "warning")} {Id}: {Message}";

    /// <summary>Ids of the game's own refusals, beside the C# compiler's CS ids.</summary>
    public static class Ids
    {
        public const string TooLong = "PB0001";
        public const string UsingDirective = "PB0002";
        public const string NoParameterlessConstructor = "PB0003";
        public const string ProhibitedMember = "PB0101";
        public const string ProhibitedLanguage = "PB0102";
    }
}
