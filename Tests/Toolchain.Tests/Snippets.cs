using ShipSim.Toolchain.GameCompiler;

namespace ShipSim.Toolchain.Tests;

/// <summary>A statement under test as line 4 of a script with a constructor and Main.</summary>
static class Snippets
{
    public const string Skeleton = "public Program() { }\npublic void Main(string argument, UpdateType updateSource)\n{\n";

    public static string Script(string statement) => Skeleton + statement + "\n}\n";

    public static CompileResult CompileStatement(string statement) => GameCompiler.GameCompiler.Compile(Script(statement));
}
