using Compiler = ShipSim.Toolchain.GameCompiler.GameCompiler;

namespace ShipSim.Toolchain.Tests;

/// <summary>game-behaviour.md section 4, as a script compiles against the stand-in: the programmable-block
/// interface's parents, the text panel's current write API (the old WritePublicText family is gone), the text
/// surface members and enums, and the terminal-system methods.</summary>
public class Section4_GameApiCompileTests
{

    static void AssertCompiles(string statement)
    {
        var result = Snippets.CompileStatement(statement);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Section4_ProgrammableBlockIsAFunctionalBlockAndASurfaceProvider() =>
        AssertCompiles("""
            IMyFunctionalBlock f = Me; IMyTextSurfaceProvider p = Me;
            f.Enabled = true; IMyTextSurface main = p.GetSurface(0);
            bool running = Me.IsRunning; string arg = Me.TerminalRunArgument; bool ran = Me.TryRun("x");
            """);

    [Theory]
    [InlineData("WritePublicText(\"x\")")]
    [InlineData("WritePublicText(\"x\", true)")]
    [InlineData("GetPublicText()")]
    [InlineData("ShowPublicTextOnScreen()")]
    [InlineData("WritePrivateText(\"x\")")]
    public void Section4_OldPublicTextMethodsAreGone(string call)
    {
        var result = Compiler.Compile(Snippets.Skeleton + "var lcd = (IMyTextPanel)GridTerminalSystem.GetBlockWithName(\"LCD\");\nlcd." + call + ";\n}\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal("CS1061", error.Id); // no such member
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void Section4_TextSurfaceMembersCompile() =>
        AssertCompiles("""
            var lcd = (IMyTextPanel)GridTerminalSystem.GetBlockWithName("LCD");
            IMyTextSurface s = lcd;
            var sb = new StringBuilder("x");
            bool a = s.WriteText("text"); bool b = s.WriteText("more", true); bool c = s.WriteText(sb); bool d = s.WriteText(sb, true);
            string text = s.GetText(); s.ReadText(sb); s.ReadText(sb, true);
            s.ContentType = ContentType.NONE; s.ContentType = ContentType.TEXT_AND_IMAGE; s.ContentType = ContentType.SCRIPT;
            s.Alignment = TextAlignment.LEFT; s.Alignment = TextAlignment.RIGHT; s.Alignment = TextAlignment.CENTER;
            s.FontSize = 1.5f; s.Font = "Monospace"; s.FontColor = Color.Red; s.BackgroundColor = Color.Black; s.TextPadding = 2f;
            """);

    [Fact]
    public void Section4_ContentTypeImageIsObsolete()
    {
        var result = Compiler.Compile(Snippets.Skeleton + "Me.GetSurface(0).ContentType = ContentType.IMAGE;\n}\n");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("CS0618", warning.Id); // obsolete member
    }

    [Fact]
    public void Section4_TerminalSystemMethodsCompile() =>
        AssertCompiles("""
            var blocks = new List<IMyTerminalBlock>(); var doors = new List<IMyDoor>(); var groups = new List<IMyBlockGroup>();
            GridTerminalSystem.GetBlocks(blocks);
            GridTerminalSystem.GetBlocksOfType(doors, d => d.IsSameConstructAs(Me));
            GridTerminalSystem.GetBlocksOfType<IMyDoor>(blocks);
            GridTerminalSystem.SearchBlocksOfName("Airlock", blocks);
            GridTerminalSystem.GetBlockGroups(groups);
            IMyBlockGroup g = GridTerminalSystem.GetBlockGroupWithName("Airlock");
            IMyTerminalBlock byName = GridTerminalSystem.GetBlockWithName("Door");
            IMyTerminalBlock byId = GridTerminalSystem.GetBlockWithId(Me.EntityId);
            bool same = Me.CubeGrid.IsSameConstructAs(byId.CubeGrid) && Me.IsWorking && Me.IsFunctional && !Me.Closed;
            """);
}
