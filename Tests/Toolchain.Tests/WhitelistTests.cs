using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ShipSim.Toolchain.GameCompiler;
using Xunit.Abstractions;
using Compiler = ShipSim.Toolchain.GameCompiler.GameCompiler;

namespace ShipSim.Toolchain.Tests;

/// <summary>The allowlist is the game's whitelist (Simulator/Toolchain/GameCompiler/game-whitelist.txt, as MDK2
/// extracts it from the game) read entry by entry, and it is checked the way the game checks it.</summary>
public class WhitelistTests(ITestOutputHelper output)
{


    static readonly string[] BclAssemblies = ["mscorlib", "System", "System.Core", "System.Xml"];

    [Fact]
    public void TheEmbeddedListIsTheSharedWhitelist()
    {
        var shared = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "game-whitelist.txt"));
        var copy = Path.Combine(RepoPaths.Root, "Simulator", "Toolchain", "GameCompiler", "game-whitelist.txt");
        if (File.Exists(shared))
            Assert.Equal(File.ReadAllText(shared), File.ReadAllText(copy));
        Assert.Equal(325, Allowlist.Default.Entries.Count);
    }

    [Fact]
    public void EntriesAreReadInTheirFourForms()
    {
        var byName = Allowlist.Default.Entries.ToLookup(e => e.Name);
        Assert.Equal(Allowlist.Form.Namespace, byName["System.Collections.Generic"].First().Form);
        Assert.Equal(Allowlist.Form.TypeAndMembers, byName["System.Action<T1, T2>"].Single().Form);
        Assert.Equal(Allowlist.Form.TypeOnly, byName["System.Type"].Single().Form);
        Assert.Equal(Allowlist.Form.Member, byName["System.Type.FullName"].Single().Form);
        Assert.Equal(Allowlist.Form.Member, byName["System.Type.GetFields(System.Reflection.BindingFlags)"].Single().Form);
    }

    /// <summary>Every entry that names something in the game's references (the .NET Framework 4.8 reference
    /// assemblies and the stand-in) is used in one script, which must compile with no refusal: each type by
    /// typeof, each member by nameof, and each single member also judged allowed by the allowlist itself.
    /// Entries naming types the references lack (internal BCL types, game types the stand-in does not have yet)
    /// are listed in the output.</summary>
    [Fact]
    public void EveryEntryInTheReferencesCanBeUsed()
    {
        var compilation = CSharpCompilation.Create("Probe", references: GameReferences.Get());
        var types = AllTypes(compilation.GlobalNamespace).ToList();
        var byName = types.ToLookup(t => (t.ToDisplayString(Allowlist.TypeFormat), t.ContainingAssembly.Name));
        var uses = new StringBuilder();
        var missing = new List<string>();
        var used = 0;
        foreach (var entry in Allowlist.Default.Entries)
        {
            var found = entry.Form switch
            {
                Allowlist.Form.Namespace => types.Where(t => t.ContainingType == null && t.ContainingNamespace.ToDisplayString() == entry.Name
                    && t.ContainingAssembly.Name == entry.Assembly).ToList(),
                Allowlist.Form.Member => byName[(entry.Name[..MemberStart(entry.Name)], entry.Assembly)].ToList(),
                _ => byName[(entry.Name, entry.Assembly)].ToList(),
            };
            found = found.Where(t => t.DeclaredAccessibility == Accessibility.Public && (t.ContainingType == null || t.ContainingType.DeclaredAccessibility == Accessibility.Public)).ToList();
            var member = entry.Form == Allowlist.Form.Member
                ? found.SelectMany(PublicMembers).FirstOrDefault(m => m.ToDisplayString(Allowlist.MemberFormat) == entry.Name)
                : null;
            if (found.Count == 0 || (entry.Form == Allowlist.Form.Member && member == null))
            {
                missing.Add(entry.ToString());
                continue;
            }
            used++;
            foreach (var type in found)
            {
                // A nested type whose container is not on the list (VRage.MyTexts.MyLanguageDescription) cannot be
                // written by name: the game refuses the container's name as it refuses any other. It is allowed
                // where a script reaches it without naming the container (var, a member's type).
                if (type.ContainingType != null && !Allowlist.Default.AllowsType(type.ContainingType))
                {
                    Assert.True(Allowlist.Default.AllowsType(type), entry.ToString());
                    continue;
                }
                uses.Append("t = typeof(").Append(TypeOfName(type)).Append(");\n");
                if (entry.Form == Allowlist.Form.TypeAndMembers && !type.IsGenericType && type.ContainingType is not { IsGenericType: true })
                    foreach (var name in PublicMembers(type).Where(m => m.CanBeReferencedByName).Select(m => m.Name).Distinct())
                        uses.Append("s = nameof(").Append(TypeOfName(type)).Append('.').Append(name).Append(");\n");
            }
            if (entry.Form == Allowlist.Form.Member)
            {
                Assert.True(Allowlist.Default.AllowsMember(member!), entry.ToString());
                if (member is not IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion })
                    uses.Append("s = nameof(").Append(TypeOfName(found[0])).Append('.').Append(member!.Name).Append(");\n");
            }
        }
        var result = Compiler.Compile("public Program() { }\npublic void Main()\n{\nType t; string s;\n" + uses + "}\n");
        Assert.True(result.Success, string.Join("\n", result.Errors.Take(20)));
        output.WriteLine($"{used} of {Allowlist.Default.Entries.Count} entries used; not in our references ({missing.Count}):");
        foreach (var entry in missing)
            output.WriteLine("  " + entry);
        // What is missing is internal to the .NET Framework (reference assemblies hold public types only) or a
        // game type the stand-in does not have.
        Assert.True(used > 150, $"only {used} entries found");
    }

    static int MemberStart(string member)
    {
        var paren = member.IndexOf('(');
        var head = paren < 0 ? member : member[..paren];
        return head.LastIndexOf('.', head.Contains("operator") ? head.IndexOf("operator", StringComparison.Ordinal) : head.Length - 1);
    }

    static IEnumerable<ISymbol> PublicMembers(INamedTypeSymbol type) => type.GetMembers().Where(m =>
        m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared && m.CanBeReferencedByName
        && m is IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol { IsIndexer: false } or IFieldSymbol or IEventSymbol
        || m is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion, DeclaredAccessibility: Accessibility.Public });

    static string TypeOfName(INamedTypeSymbol type)
    {
        var name = type.Name + (type.Arity > 0 ? "<" + new string(',', type.Arity - 1) + ">" : "");
        return type.ContainingType != null ? TypeOfName(type.ContainingType) + "." + name : type.ContainingNamespace.ToDisplayString() + "." + name;
    }

    static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
            foreach (var nested in WithNested(type))
                yield return nested;
        foreach (var child in ns.GetNamespaceMembers())
            foreach (var type in AllTypes(child))
                yield return type;
    }

    static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type) =>
        type.GetTypeMembers().SelectMany(WithNested).Prepend(type);

    // What the game refuses that a looser list let through, each named in the refusal.
    [Theory]
    [InlineData("Delegate.CreateDelegate(typeof(Action), this, \"Main\");", "System.Delegate.CreateDelegate(System.Type, object, string)")]
    [InlineData("System.Reflection.BindingFlags flags = 0;", "System.Reflection.BindingFlags")]
    [InlineData("Action a = () => { }; var m = a.Method;", "System.Reflection.MethodInfo")]
    [InlineData("int i = 1; var r = __makeref(i);", "System.TypedReference")]
    [InlineData("Nullable.GetUnderlyingType(typeof(int?));", "System.Nullable")]
    [InlineData("typeof(int).GetFields();", "System.Type.GetFields()")]
    [InlineData("typeof(int).Equals(typeof(long));", "System.Type.Equals(System.Type)")]
    [InlineData("Environment.Exit(0);", "System.Environment.Exit(int)")]
    [InlineData("System.IO.File.Exists(\"x\");", "System.IO.File")]
    [InlineData("var stream = new System.IO.MemoryStream();", "System.IO.MemoryStream")]
    [InlineData("var thread = System.Threading.Thread.CurrentThread;", "System.Threading.Thread")]
    [InlineData("foreach (var f in typeof(int).GetFields(0)) { }", "System.Reflection.FieldInfo")]
    public void ForbiddenUsesAreRefusedWithWhatIsNamed(string statement, string named)
    {
        var result = Snippets.CompileStatement(statement);
        var refusals = result.Errors.Where(e => e.Id == ScriptDiagnostic.Ids.ProhibitedMember).ToList();
        Assert.True(refusals.Count > 0, string.Join("\n", result.Diagnostics));
        Assert.Contains(refusals, r => r.Message.StartsWith($"'{named}' is prohibited", StringComparison.Ordinal) && r.Line == 4);
    }

    // What the game allows that a stricter list refused.
    [Theory]
    [InlineData("var q = new[] { 1, 2 }.AsQueryable().Where(x => x > 1).OrderBy(x => x).ToList();")]
    [InlineData("var same = typeof(int).IsEquivalentTo(typeof(long));")]
    [InlineData("var h = typeof(int).GetHashCode() + (typeof(int).Equals((object)typeof(long)) ? 1 : 0) + typeof(int).ToString().Length;")]
    [InlineData("Action a = () => { }; a += () => { }; var calls = a.GetInvocationList().Length;")]
    [InlineData("var names = typeof(Program).GetFields(0).Select(f => f.Name).ToList();")]
    [InlineData("Func<int, int> twice = x => 2 * x; var n = twice.Target == null ? twice(1) : 0; var o = twice.DynamicInvoke(2);")]
    [InlineData("var now = DateTime.Now.Kind == DateTimeKind.Local; var mid = Math.Round(2.5, MidpointRounding.AwayFromZero);")]
    public void WhatTheGameListsCompiles(string statement)
    {
        var result = Snippets.CompileStatement(statement);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void XmlSerializationAttributesTheGameListsCompile()
    {
        var result = Compiler.Compile("""
            [System.Xml.Serialization.XmlRoot("r")] public class Saved { [System.Xml.Serialization.XmlAttribute] public int A; [System.Xml.Serialization.XmlEnum] public int B; [System.Xml.Serialization.XmlText] public string C; }
            public Program() { }
            public void Main() { }
            """);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void AnOverrideIsJudgedByTheMemberItOverrides()
    {
        // StringBuilder.ToString() overrides object.ToString(): allowed through object+*, as the game follows it back.
        var allowed = Snippets.CompileStatement("var text = new System.Text.StringBuilder().ToString() + new Random().GetHashCode();");
        Assert.True(allowed.Success, string.Join("\n", allowed.Diagnostics));
    }
}
