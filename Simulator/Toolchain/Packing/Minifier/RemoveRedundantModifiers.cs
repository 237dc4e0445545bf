using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ShipSim.Toolchain.Packing.Minifier;

/// <summary>
/// Trim, first job: what the compiler assumes anyway goes, as MDK2 2.2.10 does it: <c>private</c> on nested types
/// and on members without another accessibility, <c>internal</c> on top-level enums and delegates, <c>readonly</c>
/// on fields of reference types (never of structs: that would change what a mutating call does); then runs of
/// fields with the same modifiers and type become one declaration (<c>int a; int b;</c> to <c>int a,b;</c>).
/// Fields inside <c>#region mdk preserve</c> stay as written.
/// </summary>
public static class RemoveRedundantModifiers
{
    public static CompilationUnitSyntax Run(CompilationUnitSyntax root)
    {
        var model = ScriptCompilation.Model(root);
        return (CompilationUnitSyntax)new Rewriter(model).Visit(model.SyntaxTree.GetRoot());
    }

    sealed class Rewriter(SemanticModel model) : CSharpSyntaxRewriter
    {
        int _typeDepth;

        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) =>
            CompactFields(InType(() => WithoutModifier((ClassDeclarationSyntax)base.VisitClassDeclaration(node)!, SyntaxKind.PrivateKeyword)));

        public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) =>
            CompactFields(InType(() => WithoutModifier((StructDeclarationSyntax)base.VisitStructDeclaration(node)!, SyntaxKind.PrivateKeyword)));

        public override SyntaxNode? VisitInterfaceDeclaration(InterfaceDeclarationSyntax node) =>
            InType(() => WithoutModifier((InterfaceDeclarationSyntax)base.VisitInterfaceDeclaration(node)!, SyntaxKind.PrivateKeyword));

        // Enums and delegates are not counted as enclosing types: nested ones lose private, top-level ones internal.
        public override SyntaxNode? VisitEnumDeclaration(EnumDeclarationSyntax node) =>
            WithoutModifier((EnumDeclarationSyntax)base.VisitEnumDeclaration(node)!, _typeDepth > 0 ? SyntaxKind.PrivateKeyword : SyntaxKind.InternalKeyword);

        public override SyntaxNode? VisitDelegateDeclaration(DelegateDeclarationSyntax node) =>
            WithoutModifier((DelegateDeclarationSyntax)base.VisitDelegateDeclaration(node)!, _typeDepth > 0 ? SyntaxKind.PrivateKeyword : SyntaxKind.InternalKeyword);

        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) => WithoutPrivate((MemberDeclarationSyntax)base.VisitMethodDeclaration(node)!);
        public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node) => WithoutPrivate((MemberDeclarationSyntax)base.VisitPropertyDeclaration(node)!);
        public override SyntaxNode? VisitEventDeclaration(EventDeclarationSyntax node) => WithoutPrivate((MemberDeclarationSyntax)base.VisitEventDeclaration(node)!);
        public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) => WithoutPrivate((MemberDeclarationSyntax)base.VisitConstructorDeclaration(node)!);

        public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node)
        {
            var field = (FieldDeclarationSyntax)base.VisitFieldDeclaration(node)!;
            var ofReferenceType = node.Declaration.Variables.Any(v => model.GetDeclaredSymbol(v) is IFieldSymbol { Type.IsReferenceType: true });
            var index = field.Modifiers.IndexOf(SyntaxKind.ReadOnlyKeyword);
            if (ofReferenceType && index >= 0)
                field = (FieldDeclarationSyntax)RemoveModifierAt(field, index);
            return WithoutPrivate(field);
        }

        T InType<T>(Func<T> visit)
        {
            _typeDepth++;
            try { return visit(); }
            finally { _typeDepth--; }
        }

        // The first modifier of that kind goes; its leading trivia moves to the front of the declaration.
        static T WithoutModifier<T>(T node, SyntaxKind kind) where T : MemberDeclarationSyntax
        {
            var modifier = node.Modifiers.FirstOrDefault(m => m.IsKind(kind));
            if (modifier.IsKind(SyntaxKind.None))
                return node;
            var without = (T)node.WithModifiers(node.Modifiers.Remove(modifier));
            return without.WithLeadingTrivia(without.GetLeadingTrivia().AddRange(modifier.LeadingTrivia));
        }

        // A modifier goes, its leading trivia moving to the next modifier, or to the declaration when none is left.
        static MemberDeclarationSyntax RemoveModifierAt(MemberDeclarationSyntax node, int index)
        {
            var removed = node.Modifiers[index];
            var rest = node.Modifiers.RemoveAt(index);
            if (rest.Count > 0)
                return node.WithModifiers(rest.Replace(rest[0], rest[0].WithLeadingTrivia(removed.LeadingTrivia.AddRange(rest[0].LeadingTrivia))));
            return node.WithModifiers(rest).WithLeadingTrivia(removed.LeadingTrivia);
        }

        // private goes unless another accessibility says otherwise (private protected is C# 7.2).
        static MemberDeclarationSyntax WithoutPrivate(MemberDeclarationSyntax node)
        {
            var modifiers = node.Modifiers;
            if (modifiers.Any(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.InternalKeyword))
                return node;
            var positions = Enumerable.Range(0, modifiers.Count).Where(i => modifiers[i].IsKind(SyntaxKind.PrivateKeyword)).Reverse().ToList();
            if (positions.Count == 0)
                return node;
            var rest = modifiers;
            foreach (var i in positions)
            {
                var trivia = rest[i].LeadingTrivia;
                rest = rest.RemoveAt(i);
                if (rest.Count > 0)
                    rest = rest.Replace(rest[0], rest[0].WithLeadingTrivia(trivia.AddRange(rest[0].LeadingTrivia)));
            }
            var result = node.WithModifiers(rest);
            return rest.Count > 0 ? result : result.WithLeadingTrivia(positions.SelectMany(i => modifiers[i].LeadingTrivia));
        }

        static T CompactFields<T>(T type) where T : TypeDeclarationSyntax
        {
            var members = type.Members;
            var compacted = new List<MemberDeclarationSyntax>(members.Count);
            var i = 0;
            while (i < members.Count)
            {
                if (!IsPlainField(members[i]))
                {
                    compacted.Add(members[i++]);
                    continue;
                }
                var start = i;
                while (i < members.Count && IsPlainField(members[i]))
                    i++;
                var groups = new List<(FieldDeclarationSyntax First, List<VariableDeclaratorSyntax> Variables)>();
                for (var j = start; j < i; j++)
                {
                    var field = (FieldDeclarationSyntax)members[j];
                    var group = groups.FindIndex(g => g.First.Modifiers.Select(m => m.Kind()).SequenceEqual(field.Modifiers.Select(m => m.Kind()))
                        && g.First.Declaration.Type.IsEquivalentTo(field.Declaration.Type));
                    if (group < 0)
                        groups.Add((field, field.Declaration.Variables.ToList()));
                    else
                        groups[group].Variables.AddRange(field.Declaration.Variables);
                }
                for (var g = 0; g < groups.Count; g++)
                {
                    var (first, variables) = groups[g];
                    var merged = first.WithDeclaration(first.Declaration.WithVariables(SyntaxFactory.SeparatedList(variables)));
                    if (g == 0)
                        merged = merged.WithLeadingTrivia(members[start].GetLeadingTrivia());
                    if (g == groups.Count - 1)
                        merged = merged.WithTrailingTrivia(members[i - 1].GetTrailingTrivia());
                    compacted.Add(merged);
                }
            }
            return (T)type.WithMembers(SyntaxFactory.List(compacted));
        }

        static bool IsPlainField(MemberDeclarationSyntax member) =>
            member is FieldDeclarationSyntax { AttributeLists.Count: 0 } field && !field.IsPreserved();
    }
}
