using System.Globalization;
using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// A ship controller (cockpit, cryo chamber, remote control). Flight is not simulated: the ship stands still, so
/// speeds, velocities and indicators are zero (a test may set the indicators); gravity is the world's uniform natural
/// gravity (zero unless set) and planet queries fail; mass is the sum of the construct's block masses. Only one controller of a grid can be the main cockpit.
/// Not a functional block, as the game's interface says. The pilot is set by tests.
/// </summary>
public abstract class SimShipController : SimBlock, IMyShipController
{
    bool _isMain;

    protected SimShipController(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("ControlThrusters", () => ControlThrusters, v => ControlThrusters = v, true);
        BindProperty("ControlWheels", () => ControlWheels, v => ControlWheels = v, true);
        BindProperty("HandBrake", () => HandBrake, v => HandBrake = v);
        BindProperty("DampenersOverride", () => DampenersOverride, v => DampenersOverride = v, true);
        BindProperty("HorizonIndicator", () => ShowHorizonIndicator, v => ShowHorizonIndicator = v, true);
        BindProperty("MainCockpit", () => IsMainCockpit, v => IsMainCockpit = v);
    }

    /// <summary>The player seated, or null. Set by tests.</summary>
    public long? Pilot { get; set; }
    public bool IsUnderControl => Pilot != null && IsWorking;
    public bool CanControlShip => true;
    public bool ControlThrusters { get; set; } = true;
    public bool ControlWheels { get; set; } = true;
    public bool DampenersOverride { get; set; } = true;
    public bool HandBrake { get; set; }
    public bool HasWheels => false;
    public bool ShowHorizonIndicator { get; set; } = true;

    /// <summary>Setting it on one controller clears it on the other controllers of the same grid.</summary>
    public bool IsMainCockpit
    {
        get => _isMain;
        set
        {
            if (value)
                foreach (var other in Grid.Blocks.OfType<SimShipController>())
                    other._isMain = false;
            _isMain = value;
        }
    }

    /// <summary>The pilot's input (set by tests; zero by default).</summary>
    public Vector3 MoveIndicator { get; set; }
    public float RollIndicator { get; set; }
    public Vector2 RotationIndicator { get; set; }

    // --- The ship: at rest, in the world's gravity ----------------------------------------------------------------
    public Vector3D CenterOfMass => Grid.GetPosition();

    public MyShipMass CalculateShipMass()
    {
        float mass = 0;
        foreach (var grid in World.Topology.Construct(Grid))
            foreach (var block in grid.Blocks)
                mass += block.Mass;
        return new MyShipMass(mass, mass, mass);
    }

    public Vector3D GetArtificialGravity() => Vector3D.Zero;
    public Vector3D GetNaturalGravity() => World.NaturalGravity;
    public Vector3D GetTotalGravity() => GetNaturalGravity() + GetArtificialGravity();
    public double GetShipSpeed() => Grid.Speed;
    public MyShipVelocities GetShipVelocities() => new(Grid.LinearVelocity, Vector3D.Zero);

    public bool TryGetPlanetElevation(MyPlanetElevation detail, out double elevation)
    {
        elevation = 0;
        return false;
    }

    public bool TryGetPlanetPosition(out Vector3D position)
    {
        position = Vector3D.Zero;
        return false;
    }

    protected override void DescribeOwnState(StringBuilder state)
    {
        if (_isMain)
            state.Append(" main");
        if (Pilot is long pilot)
            state.Append(" pilot=").Append(pilot);
    }
}

/// <summary>
/// A cockpit: a ship controller with several text surfaces and its own oxygen store.
/// Our choices: 4 surfaces of 512x512 by default, an oxygen store of 100 L.
/// </summary>
public class SimCockpit : SimShipController, IMyCockpit
{
    /// <summary>Our default for the cockpit's oxygen store, litres.</summary>
    public const float DefaultOxygenCapacity = 100f;

    readonly SimSurfaceSet _surfaces;
    float _oxygenRatio = 1f;

    public SimCockpit(SimGrid grid, string customName, int surfaceCount = 4, float oxygenCapacity = DefaultOxygenCapacity)
        : base(grid, customName)
    {
        _surfaces = SimSurfaceSet.Numbered(surfaceCount, "Screen", "Screen", new Vector2(512, 512), this);
        OxygenCapacity = Math.Max(0f, oxygenCapacity);
        AddInventory(1000f);
        if (surfaceCount > 0)
            SurfaceControls.Bind(this, _surfaces[0]);
    }

    public override string DefinitionDisplayNameText => "Cockpit";
    public override string TypeId => "Cockpit";

    // --- Text surfaces ------------------------------------------------------------------------------
    public int SurfaceCount => _surfaces.Count;
    public bool UseGenericLcd => true;
    public IMyTextSurface GetSurface(int index) => _surfaces.GetSurface(index);
    public SimTextSurface Surface(int index) => _surfaces[index];

    // --- Oxygen ---------------------------------------------------------------------------------------
    public float OxygenCapacity { get; }
    public float OxygenFilledRatio => OxygenCapacity > 0 ? _oxygenRatio : 0f;

    /// <summary>Sets the cockpit's own oxygen fill, 0..1.</summary>
    public void SetOxygenFilledRatio(float ratio) => _oxygenRatio = float.IsNaN(ratio) ? 0 : Math.Clamp(ratio, 0f, 1f);

    protected override void DescribeOwnState(StringBuilder state)
    {
        base.DescribeOwnState(state);
        state.Append(" o2=").Append(OxygenFilledRatio.ToString("0.###", CultureInfo.InvariantCulture));
        _surfaces.DescribeText(state);
    }
}

/// <summary>A cryo chamber: a cockpit without screens.</summary>
public sealed class SimCryoChamber : SimCockpit, IMyCryoChamber
{
    public SimCryoChamber(SimGrid grid, string customName) : base(grid, customName, surfaceCount: 0)
    {
    }

    public override string DefinitionDisplayNameText => "Cryo Chamber";
    public override string TypeId => "CryoChamber";
}

/// <summary>
/// A remote control. The autopilot's settings and waypoints are kept, and enabling it works, but the ship does not
/// fly: the current waypoint stays the first one. It has an on/off switch (its "OnOff" property) although its
/// interface is not a functional block's. There is no player to find.
/// </summary>
public sealed class SimRemoteControl : SimShipController, IMyRemoteControl
{
    readonly List<MyWaypointInfo> _waypoints = [];
    bool _enabled = true;
    float _speedLimit = 20f;

    public SimRemoteControl(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("OnOff", () => _enabled, v => _enabled = v, true);
        BindProperty("AutoPilot", () => IsAutoPilotEnabled, SetAutoPilotEnabled);
        BindProperty("CollisionAvoidance", () => CollisionAvoidance, v => CollisionAvoidance = v);
        BindProperty("DockingMode", () => DockingMode, v => DockingMode = v);
        BindProperty("SpeedLimit", () => SpeedLimit, v => SpeedLimit = v, 0f, 100f, 20f);
        BindProperty("FlightMode", () => (long)FlightMode, v => FlightMode = (FlightMode)Math.Clamp(v, 0, 2), 0L, 2L, (long)FlightMode.OneWay);
        BindProperty("Direction", () => (long)Direction, v => Direction = (Base6Directions.Direction)Math.Clamp(v, 0, 5), 0L, 5L, 0L);
        AddAction("Reset", "Clear waypoints", (b, _) => ((SimRemoteControl)b).ClearWaypoints());
    }

    public override string DefinitionDisplayNameText => "Remote Control";
    public override string TypeId => "RemoteControl";
    public override bool IsEnabled => _enabled;

    public bool IsAutoPilotEnabled { get; private set; }
    public bool CollisionAvoidance { get; private set; }
    public bool DockingMode { get; private set; }
    public bool WaitForFreeWay { get; set; }
    public FlightMode FlightMode { get; set; } = FlightMode.OneWay;
    public Base6Directions.Direction Direction { get; set; }
    public float SpeedLimit { get => _speedLimit; set => _speedLimit = float.IsNaN(value) ? 0f : Math.Clamp(value, 0f, 100f); }
    public MyWaypointInfo CurrentWaypoint => IsAutoPilotEnabled && _waypoints.Count > 0 ? _waypoints[0] : MyWaypointInfo.Empty;

    public void AddWaypoint(Vector3D coords, string name) => _waypoints.Add(new MyWaypointInfo(name, coords));
    public void AddWaypoint(MyWaypointInfo coords) => _waypoints.Add(coords);
    public void ClearWaypoints()
    {
        _waypoints.Clear();
        IsAutoPilotEnabled = false;
    }

    public void GetWaypointInfo(List<MyWaypointInfo> waypoints)
    {
        waypoints.Clear();
        waypoints.AddRange(_waypoints);
    }

    public bool GetNearestPlayer(out Vector3D playerPosition)
    {
        playerPosition = Vector3D.Zero;
        return false;
    }

    public void SetAutoPilotEnabled(bool enabled) => IsAutoPilotEnabled = enabled && IsWorking;
    public void SetCollisionAvoidance(bool enabled) => CollisionAvoidance = enabled;
    public void SetDockingMode(bool enabled) => DockingMode = enabled;
}
