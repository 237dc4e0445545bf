using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing;

/// <summary>A top-level type declaration found in a source file, with the namespace it was taken out of.</summary>
public sealed record TypePart(MemberDeclarationSyntax Declaration, string Namespace, SourceFile Source)
{
    public string Key => Declaration switch
    {
        TypeDeclarationSyntax t => t.Identifier.Text + "`" + (t.TypeParameterList?.Parameters.Count ?? 0),
        BaseTypeDeclarationSyntax b => b.Identifier.Text,
        DelegateDeclarationSyntax d => d.Identifier.Text + "`" + (d.TypeParameterList?.Parameters.Count ?? 0),
        _ => Declaration.ToString(),
    };

    public bool IsPartial => Declaration.Modifiers.Any(SyntaxKind.PartialKeyword);
    public bool IsProgram => Declaration is ClassDeclarationSyntax { Identifier.Text: "Program", TypeParameterList: null };
}

/// <summary>Step 4: take every type out of its namespace (the game compiles the script without one); using
/// directives are left behind, because the game adds its own.</summary>
public static class UnwrapNamespaces
{
    public static List<TypePart> Run(IEnumerable<ParsedFile> files, IReadOnlyList<string> scriptNamespaces, List<string> warnings)
    {
        var parts = new List<TypePart>();
        foreach (var file in files)
            Collect(file.Tree.GetCompilationUnitRoot().Members, "", file, scriptNamespaces, warnings, parts);
        return parts;
    }

    static void Collect(SyntaxList<MemberDeclarationSyntax> members, string ns, ParsedFile file,
        IReadOnlyList<string> scriptNamespaces, List<string> warnings, List<TypePart> into)
    {
        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax nested)
            {
                var name = ns.Length == 0 ? nested.Name.ToString() : ns + "." + nested.Name;
                Collect(nested.Members, name, file, scriptNamespaces, warnings, into);
                continue;
            }
            if (!scriptNamespaces.Contains(ns, StringComparer.Ordinal))
            {
                var line = member.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                warnings.Add($"{file.Source.DisplayPath}({line}): warning MDK03: code outside the script's namespaces ({string.Join(", ", scriptNamespaces)}) is packed all the same");
            }
            into.Add(new TypePart(member, ns, file.Source));
        }
    }
}
