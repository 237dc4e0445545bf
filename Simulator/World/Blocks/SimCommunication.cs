using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRage.Game.ModAPI.Ingame;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// An antenna. Its settings are kept (radius clamped to 50 m .. 50 km on large grids, 5 km on small; our reading of
/// the game's sliders). Antennas carry no messages in the simulator: intergrid reach is decided by the IGC model
/// (AntennaRelay reaches the connected constructs; see docs/simulator.md).
/// </summary>
public sealed class SimRadioAntenna : SimFunctionalBlock, IMyRadioAntenna
{
    float _radius = 500f;

    public SimRadioAntenna(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Radius", () => Radius, v => Radius = v, () => 50f, () => MaxRadius, 500f);
        BindProperty("EnableBroadCast", () => EnableBroadcasting, v => EnableBroadcasting = v, true);
        BindProperty("ShowShipName", () => ShowShipName, v => ShowShipName = v);
        BindProperty("HudText", () => new StringBuilder(HudText), v => HudText = v?.ToString() ?? "", new StringBuilder(), new StringBuilder(), new StringBuilder());
    }

    public override string DefinitionDisplayNameText => "Antenna";
    public override string TypeId => "RadioAntenna";
    float MaxRadius => Grid.GridSizeEnum == VRage.Game.MyCubeSize.Large ? 50000f : 5000f;
    public float Radius { get => _radius; set => _radius = float.IsNaN(value) ? 50f : Math.Clamp(value, 50f, MaxRadius); }
    public bool EnableBroadcasting { get; set; } = true;
    public bool IsBroadcasting => EnableBroadcasting && IsWorking;
    public bool ShowShipName { get; set; }
    public string HudText { get; set; } = "";
    public override float PowerDraw => IsBroadcasting ? _radius / 50000f * 0.2f : 0.001f;
}

/// <summary>A beacon: radius (clamped like an antenna's) and HUD text kept.</summary>
public sealed class SimBeacon : SimFunctionalBlock, IMyBeacon
{
    float _radius = 10000f;

    public SimBeacon(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Radius", () => Radius, v => Radius = v, 1f, 200000f, 10000f);
        BindProperty("HudText", () => new StringBuilder(HudText), v => HudText = v?.ToString() ?? "", new StringBuilder(), new StringBuilder(), new StringBuilder());
    }

    public override string DefinitionDisplayNameText => "Beacon";
    public override string TypeId => "Beacon";
    public float Radius { get => _radius; set => _radius = float.IsNaN(value) ? 1f : Math.Clamp(value, 1f, 200000f); }
    public string HudText { get; set; } = "";
}

/// <summary>
/// A laser antenna: the target is kept (SetTargetCoords reads a "GPS:name:x:y:z:" text) and Connect moves it to
/// Connecting; no partner ever answers, so it never reaches Connected (no second antenna is simulated).
/// </summary>
public sealed class SimLaserAntenna : SimFunctionalBlock, IMyLaserAntenna
{
    float _range = 1000f;
    bool _connecting;

    public SimLaserAntenna(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Range", () => Range, v => Range = v, 1f, float.MaxValue, 1000f);
        BindProperty("isPerm", () => IsPermanent, v => IsPermanent = v);
        AddAction("Idle", "Idle", (b, _) => ((SimLaserAntenna)b)._connecting = false);
        AddAction("ConnectGPS", "Connect", (b, _) => ((SimLaserAntenna)b).Connect());
    }

    public override string DefinitionDisplayNameText => "Laser Antenna";
    public override string TypeId => "LaserAntenna";
    public float Range { get => _range; set => _range = float.IsNaN(value) ? 1f : Math.Max(1f, value); }
    public bool IsPermanent { get; set; }
    public bool RequireLoS => true;
    public bool IsOutsideLimits => false;
    public Vector3D TargetCoords { get; private set; }
    public MyLaserAntennaStatus Status => !IsWorking ? MyLaserAntennaStatus.Idle : _connecting ? MyLaserAntennaStatus.Connecting : MyLaserAntennaStatus.Idle;

    public void SetTargetCoords(string coords)
    {
        if (MyWaypointInfo.TryParse(coords, out var gps))
            TargetCoords = gps.Coords;
    }

    public void Connect() => _connecting = IsWorking;
}

/// <summary>A broadcast controller (chat messages to players): its settings are kept; there are no players.</summary>
public sealed class SimBroadcastController : SimFunctionalBlock, IMyBroadcastController
{
    public SimBroadcastController(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Broadcast Controller";
    public override string TypeId => "BroadcastController";
}

/// <summary>A transponder: channel and filter kept; SendSignal records the channel (<see cref="SignalsSent"/>).</summary>
public sealed class SimTransponder : SimFunctionalBlock, IMyTransponder
{
    public SimTransponder(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Transponder";
    public override string TypeId => "TransponderBlock";
    public MyTransponderRelationFilter AllowSignalsFrom { get; set; }
    public int Channel { get; set; }
    public List<int> SignalsSent { get; } = [];

    public void SendSignal(int? channel)
    {
        if (IsWorking)
            SignalsSent.Add(channel ?? Channel);
    }
}

/// <summary>
/// A camera. Raycasting follows the game's budget: with EnableRaycast on, available range grows by 2,000 m per
/// second of game time (the game's documented rate) and a scan spends its distance. Nothing is in the world to hit,
/// so a raycast returns an empty detection (a test can place one: <see cref="RaycastHit"/>). Cone limit 45°.
/// </summary>
public sealed class SimCameraBlock : SimFunctionalBlock, IMyCameraBlock, ITickPhase
{
    public const double RangePerSecond = 2000;
    // Metres times ticks per second, so that a second of charging adds exactly RangePerSecond.
    double _availableTicks;

    public SimCameraBlock(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Camera";
    public override string TypeId => "CameraBlock";
    public TickOrder Order => TickOrder.Blocks;

    public bool EnableRaycast { get; set; }
    public bool IsActive => false;
    public double AvailableScanRange => _availableTicks / SimWorld.TicksPerSecond;
    public float RaycastConeLimit => 45f;
    public double RaycastDistanceLimit => -1;
    public float RaycastTimeMultiplier => (float)(1000 / RangePerSecond);
    /// <summary>What the next raycasts hit (set by tests); empty by default.</summary>
    public MyDetectedEntityInfo RaycastHit { get; set; }

    public bool CanScan(double distance) => IsWorking && EnableRaycast && distance <= AvailableScanRange;
    public bool CanScan(double distance, Vector3D direction) => CanScan(distance);
    public bool CanScan(Vector3D target) => CanScan(Vector3D.Distance(GetPosition(), target));
    public int TimeUntilScan(double distance) => (int)Math.Max(0, Math.Ceiling((distance - AvailableScanRange) / RangePerSecond * 1000));

    public MyDetectedEntityInfo Raycast(double distance, float pitch = 0f, float yaw = 0f) => Scan(distance);
    public MyDetectedEntityInfo Raycast(Vector3D targetPos) => Scan(Vector3D.Distance(GetPosition(), targetPos));
    public MyDetectedEntityInfo Raycast(double distance, Vector3D targetDirection) => Scan(distance);

    MyDetectedEntityInfo Scan(double distance)
    {
        if (!CanScan(distance))
            return default;
        _availableTicks -= distance * SimWorld.TicksPerSecond;
        return RaycastHit;
    }

    public void OnTick(long tick)
    {
        if (IsWorking && EnableRaycast)
            _availableTicks += RangePerSecond;
    }
}

/// <summary>An ore detector: range kept (150 m large, 50 m small); it finds no ore (no voxels).</summary>
public sealed class SimOreDetector : SimFunctionalBlock, IMyOreDetector
{
    public SimOreDetector(SimGrid grid, string customName) : base(grid, customName) =>
        BindProperty("BroadcastUsingAntennas", () => BroadcastUsingAntennas, v => BroadcastUsingAntennas = v);

    public override string DefinitionDisplayNameText => "Ore Detector";
    public override string TypeId => "OreDetector";
    public float Range => Grid.GridSizeEnum == VRage.Game.MyCubeSize.Large ? 150f : 50f;
    public bool BroadcastUsingAntennas { get; set; }
}
