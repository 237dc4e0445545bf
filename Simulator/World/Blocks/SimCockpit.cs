using System.Globalization;
using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// A cockpit: a ship controller with several text surfaces and its own oxygen store. Flight is not simulated:
/// the ship stands still in zero gravity, so speeds, velocities, gravity and indicators are zero and planet
/// queries fail; mass is the sum of the construct's block masses. Only one cockpit of a grid can be the main
/// cockpit. Not a functional block (no on/off switch), as in the game's interface.
/// Our choices: 4 surfaces of 512x512 by default, an oxygen store of 100 L, a pilot set by tests.
/// </summary>
public sealed class SimCockpit : SimBlock, IMyCockpit
{
    /// <summary>Our default for the cockpit's oxygen store, litres.</summary>
    public const float DefaultOxygenCapacity = 100f;

    readonly SimSurfaceSet _surfaces;
    float _oxygenRatio = 1f;
    bool _isMain;

    public SimCockpit(SimGrid grid, string customName, int surfaceCount = 4, float oxygenCapacity = DefaultOxygenCapacity)
        : base(grid, customName)
    {
        _surfaces = SimSurfaceSet.Numbered(surfaceCount, "Screen", "Screen", new Vector2(512, 512));
        OxygenCapacity = Math.Max(0f, oxygenCapacity);
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

    // --- Control --------------------------------------------------------------------------------------
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

    /// <summary>Setting it on one cockpit clears it on the other controllers of the same grid.</summary>
    public bool IsMainCockpit
    {
        get => _isMain;
        set
        {
            if (value)
                foreach (var other in Grid.Blocks.OfType<SimCockpit>())
                    other._isMain = false;
            _isMain = value;
        }
    }

    public Vector3 MoveIndicator => Vector3.Zero;
    public float RollIndicator => 0f;
    public Vector2 RotationIndicator => Vector2.Zero;

    // --- The ship: at rest, no gravity ----------------------------------------------------------------
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
    public Vector3D GetNaturalGravity() => Vector3D.Zero;
    public Vector3D GetTotalGravity() => Vector3D.Zero;
    public double GetShipSpeed() => 0;
    public MyShipVelocities GetShipVelocities() => new(Vector3D.Zero, Vector3D.Zero);

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
        state.Append(" o2=").Append(OxygenFilledRatio.ToString("0.###", CultureInfo.InvariantCulture));
        _surfaces.DescribeText(state);
    }
}
