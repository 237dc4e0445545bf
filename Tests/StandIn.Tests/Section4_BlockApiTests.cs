using Sandbox.ModAPI.Ingame;
using VRage.Game.GUI.TextPanel;
using VRage.Game.ModAPI.Ingame;

namespace ShipSim.StandIn.Tests;

/// <summary>game-behaviour.md section 4: the shape of the block and surface API scripts see.</summary>
public class Section4_BlockApiTests
{
    static void AssertHas(Type type, string member) =>
        Assert.True(type.GetMember(member).Length > 0 || type.GetInterfaces().Any(i => i.GetMember(member).Length > 0),
            $"{type.Name} has no {member}");

    [Fact]
    public void Section4_CubeBlockAndEntityMembers()
    {
        AssertHas(typeof(IMyCubeBlock), nameof(IMyCubeBlock.IsWorking));
        AssertHas(typeof(IMyCubeBlock), nameof(IMyCubeBlock.IsFunctional));
        AssertHas(typeof(IMyCubeBlock), nameof(IMyCubeBlock.CubeGrid));
        Assert.True(typeof(IMyEntity).IsAssignableFrom(typeof(IMyCubeBlock)));
        AssertHas(typeof(IMyEntity), nameof(IMyEntity.EntityId));
        AssertHas(typeof(IMyEntity), nameof(IMyEntity.Closed));
        Assert.NotNull(typeof(IMyTerminalBlock).GetMethod("IsSameConstructAs", [typeof(IMyTerminalBlock)]));
        Assert.NotNull(typeof(IMyCubeGrid).GetMethod("IsSameConstructAs", [typeof(IMyCubeGrid)]));
        Assert.NotNull(typeof(IMyGridTerminalSystem).GetMethod("GetBlockWithId", [typeof(long)]));
    }

    [Fact]
    public void Section4_ProgrammableBlockIsFunctionalBlockAndSurfaceProvider()
    {
        Assert.True(typeof(IMyFunctionalBlock).IsAssignableFrom(typeof(IMyProgrammableBlock)));
        Assert.True(typeof(IMyTextSurfaceProvider).IsAssignableFrom(typeof(IMyProgrammableBlock)));
        Assert.Equal(typeof(bool), typeof(IMyProgrammableBlock).GetProperty("IsRunning")!.PropertyType);
        Assert.Equal(typeof(string), typeof(IMyProgrammableBlock).GetProperty("TerminalRunArgument")!.PropertyType);
        Assert.Equal(typeof(bool), typeof(IMyProgrammableBlock).GetMethod("TryRun", [typeof(string)])!.ReturnType);
    }

    [Fact]
    public void Section4_TextPanelWritesWithWriteTextAndHasNoPublicTextFamily()
    {
        var members = typeof(IMyTextPanel).GetInterfaces().Append(typeof(IMyTextPanel)).SelectMany(t => t.GetMembers()).Select(m => m.Name).ToList();
        Assert.DoesNotContain(members, m => m.Contains("PublicText") || m.Contains("PrivateText"));
        var write = typeof(IMyTextSurface).GetMethods().Where(m => m.Name == "WriteText").ToList();
        Assert.Equal(2, write.Count);
        Assert.Contains(write, m => m.GetParameters()[0].ParameterType == typeof(string));
        Assert.Contains(write, m => m.GetParameters()[0].ParameterType == typeof(System.Text.StringBuilder));
        Assert.All(write, m => Assert.False((bool)m.GetParameters()[1].DefaultValue!)); // append = false
        foreach (var member in new[] { "GetText", "ReadText", "ContentType", "Alignment", "FontSize", "Font", "FontColor", "BackgroundColor", "TextPadding" })
            AssertHas(typeof(IMyTextSurface), member);
    }

    [Fact]
    public void Section4_SurfaceEnums()
    {
        Assert.Equal(["NONE", "TEXT_AND_IMAGE", "IMAGE", "SCRIPT"], Enum.GetNames<ContentType>());
        Assert.NotNull(typeof(ContentType).GetField("IMAGE")!.GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
        Assert.Equal(["LEFT", "RIGHT", "CENTER"], Enum.GetNames<TextAlignment>());
    }
}
