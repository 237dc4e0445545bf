using ShipSim.Toolchain.Packing;

namespace ShipSim.Toolchain.Tests;

/// <summary>The packer's output against MDK2 2.2.10's own, character for character (string literals aside, see
/// <see cref="Mdk2Golden.MaskStrings"/>), on four fixtures at every minifier level.</summary>
public class PackerParityTests
{
    public static TheoryData<string, PackConfiguration, MinifyLevel> Cases()
    {
        var cases = new TheoryData<string, PackConfiguration, MinifyLevel>();
        foreach (var level in Enum.GetValues<MinifyLevel>())
            foreach (var fixture in new[] { "FixtureScript", "MixinScript", "FrozenAirlock", "LanguageScript" })
                if (!(fixture == "FixtureScript" && level >= MinifyLevel.Lite))
                    cases.Add(fixture, PackConfiguration.Release, level);
        cases.Add("FixtureScript", PackConfiguration.Debug, MinifyLevel.None);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PacksAsMdk2Does(string fixture, PackConfiguration configuration, MinifyLevel level)
    {
        var packed = Packer.Pack(ScriptProject.Load(RepoPaths.Fixture(fixture)), configuration,
            new PackOptions { Minify = level, Now = Mdk2Golden.PackedOn });
        var expected = Mdk2Golden.Read(fixture, configuration, level);
        Assert.Equal(Mdk2Golden.MaskStrings(expected), Mdk2Golden.MaskStrings(packed.Script));
    }

    // FixtureScript keeps a verbatim string over two lines, which MDK2 writes on one: from lite on, where lines
    // are wrapped by column, the line breaks after it fall elsewhere. The code itself is the same, token for token.
    [Theory]
    [InlineData(MinifyLevel.Lite)]
    [InlineData(MinifyLevel.Full)]
    public void PacksTheSameTokensAsMdk2WhenAVerbatimStringMovesLineBreaks(MinifyLevel level)
    {
        var packed = Packer.Pack(ScriptProject.Load(RepoPaths.Fixture("FixtureScript")), PackConfiguration.Release,
            new PackOptions { Minify = level, Now = Mdk2Golden.PackedOn });
        var expected = Mdk2Golden.Read("FixtureScript", PackConfiguration.Release, level);
        Assert.Equal(Mdk2Golden.Tokens(expected), Mdk2Golden.Tokens(packed.Script));
        Assert.Contains("@\"verbatim\n    keeps its indentation\"", packed.Script);
    }

    [Fact]
    public void OnlyStringLiteralsDifferFromMdk2()
    {
        // MixinScript has no verbatim strings: masking only hides the spaces MDK2 drops after literals.
        var packed = Packer.Pack(ScriptProject.Load(RepoPaths.Fixture("MixinScript")), PackConfiguration.Release,
            new PackOptions { Now = Mdk2Golden.PackedOn }).Script;
        var expected = Mdk2Golden.Read("MixinScript", PackConfiguration.Release, MinifyLevel.None);
        Assert.Contains("Echo(Banner + \" \"+ Describe(_registry.Count));", expected);
        Assert.Contains("Echo(Banner + \" \" + Describe(_registry.Count));", packed);
        Assert.Equal(expected.Replace("\"+ ", "\" + ").Replace("\": ", "\" : "), packed);
    }
}
