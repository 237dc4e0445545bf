using Compiler = ShipSim.Toolchain.GameCompiler.GameCompiler;

namespace ShipSim.Toolchain.Tests;

/// <summary>
/// Every namespace of the game's prologue usings (game-behaviour.md section 1) exists in the stand-in with a type a script may
/// name: reached through the prologue's using alone, and written with its namespace.
/// </summary>
public class PrologueNamespacesTests
{
    [Theory]
    [InlineData("System", "Math", "Math.PI.ToString()")]
    [InlineData("System.Text", "StringBuilder", "new StringBuilder(\"x\").ToString()")]
    [InlineData("System.Collections", "IEnumerable", "((IEnumerable)new int[0]).GetEnumerator().ToString()")]
    [InlineData("System.Collections.Generic", "List<int>", "new List<int>().Count.ToString()")]
    [InlineData("System.Linq", "Enumerable", "Enumerable.Range(0, 3).Sum().ToString()")]
    [InlineData("VRage.Scripting.MemorySafeTypes", "MemorySafeList<int>", "new MemorySafeList<int>().Count.ToString()")]
    [InlineData("VRage", "MyTuple", "MyTuple.Create(1, 2).Item2.ToString()")]
    [InlineData("VRageMath", "Vector3D", "Vector3D.Up.ToString()")]
    [InlineData("VRage.Game", "MyDefinitionId", "MyDefinitionId.Parse(\"MyObjectBuilder_Ore/Iron\").ToString()")]
    [InlineData("Sandbox.ModAPI.Interfaces", "ITerminalProperty", "(Me.GetProperty(\"OnOff\") as ITerminalProperty).Id")]
    [InlineData("Sandbox.ModAPI.Ingame", "IMyTerminalBlock", "(Me as IMyTerminalBlock).CustomName")]
    [InlineData("Sandbox.Game.EntityComponents", "MyResourceSinkComponent", "typeof(MyResourceSinkComponent).Name")]
    [InlineData("VRage.Game.Components", "MyResourceSourceComponentBase", "typeof(MyResourceSourceComponentBase).Name")]
    [InlineData("VRage.Collections", "ListReader<int>", "new ListReader<int>(new List<int>()).Count.ToString()")]
    [InlineData("VRage.Game.ObjectBuilders.Definitions", "MyObjectBuilder_GasProperties", "typeof(MyObjectBuilder_GasProperties).Name")]
    [InlineData("VRage.Game.ModAPI.Ingame", "MyItemType", "MyItemType.MakeOre(\"Iron\").ToString()")]
    [InlineData("VRage.Game.ModAPI.Ingame.Utilities", "MyIni", "new MyIni().ToString()")]
    [InlineData("System.Collections.Immutable", "ImmutableList<int>", "ImmutableList<int>.Empty.Count.ToString()")]
    [InlineData("SpaceEngineers.Game.ModAPI.Ingame", "IMyAirVent", "typeof(IMyAirVent).Name")]
    [InlineData("VRage.Game.GUI.TextPanel", "MySprite", "MySprite.CreateText(\"a\", \"White\", Color.White).Data")]
    public void PrologueNamespace_IsThereAndItsTypesCompile(string ns, string type, string expression)
    {
        var viaUsing = Compiler.Compile("public void Main() { Echo(" + expression + "); }");
        Assert.True(viaUsing.Success, ns + ": " + string.Join("\n", viaUsing.Diagnostics));

        // The type, written with its namespace, resolves there.
        var qualified = Compiler.Compile("public void Main() { Echo(typeof(" + ns + "." + type + ").Name); }");
        Assert.True(qualified.Success, ns + "." + type + ": " + string.Join("\n", qualified.Diagnostics));
    }
}
