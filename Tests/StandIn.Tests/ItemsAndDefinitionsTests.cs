using Sandbox.ModAPI.Ingame;
using VRage;
using VRage.Game;
using VRage.Game.ModAPI.Ingame;
using VRage.ObjectBuilders;
using VRageMath;

namespace ShipSim.StandIn.Tests;

/// <summary>Items, amounts and definition ids as scripts handle them: MyFixedPoint (six decimals), MyItemType,
/// MyDefinitionId, item data (GetItemInfo), GPS points.</summary>
public class ItemsAndDefinitionsTests
{
    [Fact]
    public void MyFixedPoint_HasSixDecimalsAndConvertsBothWays()
    {
        var amount = (MyFixedPoint)1.5f + 2;
        Assert.Equal(3_500_000, amount.RawValue);
        Assert.Equal(3.5, (double)amount, 12);
        Assert.Equal(3, amount.ToIntSafe());
        Assert.Equal("3.5", amount.ToString());
        Assert.Equal((MyFixedPoint)4, MyFixedPoint.Ceiling(amount));
        Assert.Equal((MyFixedPoint)3, MyFixedPoint.Floor(amount));
        Assert.Equal((MyFixedPoint)0.000001, MyFixedPoint.SmallestPossibleValue);
        Assert.Equal((MyFixedPoint)7, amount * 2);
        Assert.True(MyFixedPoint.Zero < amount);
        Assert.Equal(int.MaxValue, MyFixedPoint.MaxValue.ToIntSafe());
        Assert.Equal((MyFixedPoint)12.25, MyFixedPoint.DeserializeString("12.25"));
        Assert.Equal(MyFixedPoint.Zero, MyFixedPoint.DeserializeStringSafe("a dozen"));
    }

    [Fact]
    public void MyItemType_MakesAndParsesAndConvertsToDefinitionIds()
    {
        var iron = MyItemType.MakeOre("Iron");
        Assert.Equal("MyObjectBuilder_Ore", iron.TypeId);
        Assert.Equal("Iron", iron.SubtypeId);
        Assert.Equal("MyObjectBuilder_Ore/Iron", iron.ToString());
        Assert.Equal(iron, MyItemType.Parse("MyObjectBuilder_Ore/Iron"));
        Assert.NotEqual(iron, MyItemType.MakeIngot("Iron"));

        MyDefinitionId id = iron;
        Assert.Equal("MyObjectBuilder_Ore", id.TypeId.ToString());
        Assert.Equal("Iron", id.SubtypeName);
        Assert.Equal(iron, (MyItemType)id);
    }

    [Fact]
    public void MyDefinitionId_ParsesAndComparesAndTakesAType()
    {
        Assert.True(MyDefinitionId.TryParse("MyObjectBuilder_Component/SteelPlate", out var plate));
        Assert.Equal("MyObjectBuilder_Component/SteelPlate", plate.ToString());
        Assert.Equal(MyDefinitionId.Parse("MyObjectBuilder_Component/SteelPlate"), plate);
        Assert.False(MyDefinitionId.TryParse("", out _));

        // Scripts write the electricity id from the gas properties type: the type's name is the id's type.
        var electricity = new MyDefinitionId(typeof(VRage.Game.ObjectBuilders.Definitions.MyObjectBuilder_GasProperties), "Electricity");
        Assert.Equal("MyObjectBuilder_GasProperties/Electricity", electricity.ToString());
        Assert.Equal(MyObjectBuilderType.Parse("GasProperties"), electricity.TypeId);
    }

    [Fact]
    public void GetItemInfo_GivesMassVolumeAndKind()
    {
        var info = MyItemType.MakeComponent("SteelPlate").GetItemInfo();
        Assert.True(info.IsComponent);
        Assert.False(info.IsOre);
        Assert.Equal(20f, info.Mass);
        Assert.Equal(0.003f, info.Volume, 6); // litres in the table, cubic metres in the API
        Assert.True(MyItemType.MakeOre("Ice").GetItemInfo().UsesFractions);
        Assert.False(info.UsesFractions);
    }

    [Fact]
    public void MyWaypointInfo_ReadsGpsTextAndWritesItBack()
    {
        Assert.True(MyWaypointInfo.TryParse("go to GPS:Home:1000.5:-20:3e3: now", out var home));
        Assert.Equal("Home", home.Name);
        Assert.Equal(new Vector3D(1000.5, -20, 3000), home.Coords);
        Assert.True(MyWaypointInfo.TryParse(home.ToString(), out var again));
        Assert.Equal(home, again);
        var all = new List<MyWaypointInfo>();
        MyWaypointInfo.FindAll("GPS:A:1:2:3:\nGPS:B:4:5:6:", all);
        Assert.Equal(["A", "B"], all.Select(w => w.Name));
        Assert.False(MyWaypointInfo.TryParse("no gps here", out _));
    }
}
