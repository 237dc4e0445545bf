using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ShipSim.Toolchain.Packing;

/// <summary>One source file on its way through the packer.</summary>
public sealed record ParsedFile(SourceFile Source, SyntaxTree Tree);

/// <summary>Step 1: parse every file as C# 6 with the configuration's symbols; any syntax error aborts the pack.</summary>
public static class ParseSources
{
    public static string[] Symbols(PackConfiguration configuration) =>
        configuration == PackConfiguration.Debug ? ["DEBUG", "TRACE"] : ["TRACE"];

    public static List<ParsedFile> Run(ScriptProject project, PackConfiguration configuration)
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp6, DocumentationMode.Parse, SourceCodeKind.Regular, Symbols(configuration));
        var files = new List<ParsedFile>();
        var errors = new List<string>();
        foreach (var source in project.Sources)
        {
            var text = File.ReadAllText(source.FullPath).Replace("\r\n", "\n");
            var tree = CSharpSyntaxTree.ParseText(text, options, source.DisplayPath);
            errors.AddRange(tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Format));
            files.Add(new ParsedFile(source, tree));
        }
        if (errors.Count > 0)
            throw new PackException("The project does not compile as C# 6:\n" + string.Join("\n", errors));
        return files;
    }

    internal static string Format(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
