using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using VRage.Game;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// A sensor. There is no geometry: a test says what enters and leaves the field (<see cref="Detect"/>,
/// <see cref="Undetect"/>). Like the game's two toolbar slots, <see cref="DetectedToolbar"/> fires when the
/// sensor turns active (first entity in) and <see cref="LostToolbar"/> when it turns inactive (last entity out).
/// Our choices (not in game-behaviour.md): a sensor that is not working ignores entities entering and fires nothing;
/// the Detect* filters apply by entity type and relation, defaulting to players of any relation only;
/// LastDetectedEntity is the latest entity that entered and is still there (default when none).
/// </summary>
public sealed class SimSensorBlock : SimFunctionalBlock, IMySensorBlock
{
    /// <summary>Large-grid sensor range, metres (field extents are clamped to it).</summary>
    public const float LargeMaxRange = 50f;

    readonly List<MyDetectedEntityInfo> _detected = [];
    float _left = 5, _right = 5, _top = 5, _bottom = 5, _front = 5, _back = 5;

    public SimSensorBlock(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Left", () => LeftExtend, v => LeftExtend = v, 0.1f, MaxRange, 5f);
        BindProperty("Right", () => RightExtend, v => RightExtend = v, 0.1f, MaxRange, 5f);
        BindProperty("Bottom", () => BottomExtend, v => BottomExtend = v, 0.1f, MaxRange, 5f);
        BindProperty("Top", () => TopExtend, v => TopExtend = v, 0.1f, MaxRange, 5f);
        BindProperty("Back", () => BackExtend, v => BackExtend = v, 0.1f, MaxRange, 5f);
        BindProperty("Front", () => FrontExtend, v => FrontExtend = v, 0.1f, MaxRange, 5f);
        BindProperty("Audible Proximity Alert", () => PlayProximitySound, v => PlayProximitySound = v, true);
        BindProperty("Detect Players", () => DetectPlayers, v => DetectPlayers = v, true);
        BindProperty("Detect Floating Objects", () => DetectFloatingObjects, v => DetectFloatingObjects = v);
        BindProperty("Detect Small Ships", () => DetectSmallShips, v => DetectSmallShips = v);
        BindProperty("Detect Large Ships", () => DetectLargeShips, v => DetectLargeShips = v);
        BindProperty("Detect Stations", () => DetectStations, v => DetectStations = v);
        BindProperty("Detect Subgrids", () => DetectSubgrids, v => DetectSubgrids = v);
        BindProperty("Detect Asteroids", () => DetectAsteroids, v => DetectAsteroids = v);
        BindProperty("Detect Owner", () => DetectOwner, v => DetectOwner = v, true);
        BindProperty("Detect Friendly", () => DetectFriendly, v => DetectFriendly = v, true);
        BindProperty("Detect Neutral", () => DetectNeutral, v => DetectNeutral = v, true);
        BindProperty("Detect Enemy", () => DetectEnemy, v => DetectEnemy = v, true);
    }

    public override string DefinitionDisplayNameText => "Sensor";
    public override string TypeId => "SensorBlock";

    /// <summary>Fires when something is detected while nothing was.</summary>
    public SimToolbar DetectedToolbar { get; } = new();
    /// <summary>Fires when the last detected thing leaves.</summary>
    public SimToolbar LostToolbar { get; } = new();

    public float MaxRange => LargeMaxRange;
    public float LeftExtend { get => _left; set => _left = Extent(value); }
    public float RightExtend { get => _right; set => _right = Extent(value); }
    public float TopExtend { get => _top; set => _top = Extent(value); }
    public float BottomExtend { get => _bottom; set => _bottom = Extent(value); }
    public float FrontExtend { get => _front; set => _front = Extent(value); }
    public float BackExtend { get => _back; set => _back = Extent(value); }

    static float Extent(float value) => float.IsNaN(value) ? 0.1f : Math.Clamp(value, 0.1f, LargeMaxRange);

    public bool PlayProximitySound { get; set; } = true;
    public bool DetectPlayers { get; set; } = true;
    public bool DetectFloatingObjects { get; set; }
    public bool DetectSmallShips { get; set; }
    public bool DetectLargeShips { get; set; }
    public bool DetectStations { get; set; }
    public bool DetectSubgrids { get; set; }
    public bool DetectAsteroids { get; set; }
    public bool DetectOwner { get; set; } = true;
    public bool DetectFriendly { get; set; } = true;
    public bool DetectNeutral { get; set; } = true;
    public bool DetectEnemy { get; set; } = true;

    public bool IsActive => _detected.Count > 0;

    public MyDetectedEntityInfo LastDetectedEntity => _detected.Count > 0 ? _detected[^1] : default;

    public void DetectedEntities(List<MyDetectedEntityInfo> entities)
    {
        entities.Clear();
        entities.AddRange(_detected);
    }

    /// <summary>Something enters the field. Returns whether the sensor took it (working, passes the filters, not
    /// already detected).</summary>
    public bool Detect(MyDetectedEntityInfo entity)
    {
        if (!IsWorking || !Passes(entity) || _detected.Any(e => e.EntityId == entity.EntityId))
            return false;
        bool wasActive = IsActive;
        _detected.Add(entity);
        if (!wasActive)
            DetectedToolbar.Fire();
        return true;
    }

    /// <summary>A player (or other entity) enters the field, seen at the current game time.</summary>
    public bool Detect(long entityId, string name, MyDetectedEntityType type = MyDetectedEntityType.CharacterHuman,
        MyRelationsBetweenPlayerAndBlock relation = MyRelationsBetweenPlayerAndBlock.Owner)
    {
        var at = GetPosition();
        // TimeStamp 0 means "nothing" to scripts (IsEmpty), so the first tick still stamps 1 ms.
        long stamp = Math.Max(1, World.Tick * 1000 / SimWorld.TicksPerSecond);
        var info = new MyDetectedEntityInfo(entityId, name, type, null, MatrixD.CreateTranslation(at), Vector3.Zero,
            relation, CellBox(at, 1.0), stamp);
        return Detect(info);
    }

    /// <summary>The entity leaves the field. Returns whether it was detected.</summary>
    public bool Undetect(long entityId)
    {
        int index = _detected.FindIndex(e => e.EntityId == entityId);
        if (index < 0)
            return false;
        _detected.RemoveAt(index);
        if (!IsActive && IsWorking)
            LostToolbar.Fire();
        return true;
    }

    bool Passes(MyDetectedEntityInfo entity)
    {
        bool type = entity.Type switch
        {
            MyDetectedEntityType.CharacterHuman or MyDetectedEntityType.CharacterOther => DetectPlayers,
            MyDetectedEntityType.FloatingObject => DetectFloatingObjects,
            MyDetectedEntityType.SmallGrid => DetectSmallShips,
            MyDetectedEntityType.LargeGrid => DetectLargeShips || DetectStations,
            MyDetectedEntityType.Asteroid or MyDetectedEntityType.Planet => DetectAsteroids,
            _ => false,
        };
        bool relation = entity.Relationship switch
        {
            MyRelationsBetweenPlayerAndBlock.Owner => DetectOwner,
            MyRelationsBetweenPlayerAndBlock.FactionShare or MyRelationsBetweenPlayerAndBlock.Friends => DetectFriendly,
            MyRelationsBetweenPlayerAndBlock.Enemies => DetectEnemy,
            _ => DetectNeutral,
        };
        return type && relation;
    }

    protected override void DescribeOwnState(StringBuilder state)
    {
        state.Append(" active=").Append(IsActive ? "yes" : "no");
        foreach (var e in _detected)
            state.Append(" #").Append(e.EntityId);
    }
}
