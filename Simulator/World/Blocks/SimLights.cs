using System.Globalization;
using System.Text;
using ShipSim.World.Core;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// A light (interior light, spotlight). Its settings are kept, clamped to the terminal sliders' ranges (radius
/// 1..20 m for interior lights and 1..160 m for spotlights, intensity 0.5..10, falloff 0..3, blink interval 0..30 s,
/// blink length and offset 0..1 as the stand-in documents them); those ranges and the defaults are our choice.
/// <see cref="IsLitAt"/> says whether it shines at a tick, blinking included, so tests can see a warning light flash.
/// Blink length and offset are fractions here; the terminal's "Blink Lenght" and "Blink Offset" are percent.
/// </summary>
public abstract class SimLightingBlock : SimFunctionalBlock, Sandbox.ModAPI.Ingame.IMyLightingBlock
{
    float _radius = 2f, _intensity = 1f, _falloff = 1.3f, _interval, _length = 0.5f, _offset;

    protected SimLightingBlock(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Color", () => Color, v => Color = v, Color.Black, Color.White, Color.White);
        BindProperty("Radius", () => Radius, v => Radius = v, () => 1f, () => MaxRadius, 2f);
        BindProperty("Intensity", () => Intensity, v => Intensity = v, 0.5f, 10f, 1f);
        BindProperty("Falloff", () => Falloff, v => Falloff = v, 0f, 3f, 1.3f);
        BindProperty("Blink Interval", () => BlinkIntervalSeconds, v => BlinkIntervalSeconds = v, 0f, 30f, 0f);
        BindProperty("Blink Lenght", () => BlinkLength * 100f, v => BlinkLength = v / 100f, 0f, 100f, 50f);
        BindProperty("Blink Offset", () => BlinkOffset * 100f, v => BlinkOffset = v / 100f, 0f, 100f, 0f);
    }

    protected virtual float MaxRadius => 20f;
    public Color Color { get; set; } = Color.White;
    public float Radius { get => _radius; set => _radius = Clamp(value, 1f, MaxRadius); }
    public float ReflectorRadius => _radius;
    public float Intensity { get => _intensity; set => _intensity = Clamp(value, 0.5f, 10f); }
    public float Falloff { get => _falloff; set => _falloff = Clamp(value, 0f, 3f); }
    public float BlinkIntervalSeconds { get => _interval; set => _interval = Clamp(value, 0f, 30f); }
    public float BlinkLength { get => _length; set => _length = Clamp(value, 0f, 1f); }
    public float BlinkLenght => _length;
    public float BlinkOffset { get => _offset; set => _offset = Clamp(value, 0f, 1f); }

    static float Clamp(float value, float min, float max) => float.IsNaN(value) ? min : Math.Clamp(value, min, max);

    /// <summary>Whether the light shines at <paramref name="tick"/>: working, and within the lit part of its blink
    /// cycle when it blinks (interval above 0).</summary>
    public bool IsLitAt(long tick)
    {
        if (!IsWorking)
            return false;
        long period = (long)Math.Round(_interval * SimWorld.TicksPerSecond);
        if (period <= 0)
            return true;
        double phase = ((double)(tick % period) / period + _offset) % 1.0;
        return phase < _length;
    }

    public bool IsLit => IsLitAt(World.Tick);

    protected override void DescribeOwnState(StringBuilder state)
    {
        var inv = CultureInfo.InvariantCulture;
        state.Append(" color=").Append(Color.R).Append(',').Append(Color.G).Append(',').Append(Color.B);
        state.Append(" intensity=").Append(_intensity.ToString("0.###", inv));
        state.Append(" radius=").Append(_radius.ToString("0.###", inv));
        if (_interval > 0)
            state.Append(" blink=").Append(_interval.ToString("0.###", inv)).Append('/').Append(_length.ToString("0.###", inv));
        state.Append(IsLit ? " lit" : " dark");
    }
}

/// <summary>An interior light (or corner light, light panel).</summary>
public sealed class SimInteriorLight : SimLightingBlock, IMyInteriorLight
{
    public SimInteriorLight(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Interior Light";
    public override string TypeId => "InteriorLight";
}

/// <summary>A spotlight: the interior light's model with a longer reach.</summary>
public sealed class SimReflectorLight : SimLightingBlock, Sandbox.ModAPI.Ingame.IMyReflectorLight
{
    public SimReflectorLight(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    protected override float MaxRadius => 160f;
    public override string DefinitionDisplayNameText => "Spotlight";
    public override string TypeId => "ReflectorLight";
}

/// <summary>A searchlight: a turret-like light. Settings kept; it finds no targets and aims where it is told.</summary>
public sealed class SimSearchlight : SimFunctionalBlock, Sandbox.ModAPI.Ingame.IMySearchlight
{
    public SimSearchlight(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("Color", () => Color, v => Color = v, Color.Black, Color.White, Color.White);
        BindProperty("Radius", () => Radius, v => Radius = v, 1f, 160f, 20f);
        BindProperty("Intensity", () => Intensity, v => Intensity = v, 0.5f, 10f, 1f);
        BindProperty("Range", () => AimingRadius, v => AimingRadius = v, 0f, 800f, 800f);
        BindProperty("EnableIdleMovement", () => EnableIdleMovement, v => EnableIdleMovement = v, true);
    }

    public override string DefinitionDisplayNameText => "Searchlight";
    public override string TypeId => "Searchlight";
    public float AimingRadius { get; set; } = 800f;
    public float BlinkInterval { get; set; }
    public float BlinkLength { get; set; } = 0.5f;
    public float BlinkOffset { get; set; }
    public Color Color { get; set; } = Color.White;
    public bool EnableIdleMovement { get; set; } = true;
    public float Intensity { get; set; } = 1f;
    public float Offset { get; set; }
    public float Radius { get; set; } = 20f;
    public bool TargetCharacters { get; set; } = true;
    public bool TargetEnemy { get; set; } = true;
    public bool TargetFriends { get; set; }
    public bool TargetLargeShips { get; set; } = true;
    public bool TargetLockEnemy { get; set; }
    public bool TargetMeteors { get; set; }
    public bool TargetNeutrals { get; set; }
    public Sandbox.ModAPI.Ingame.TargetingGroupOptions TargetOptions { get; private set; }
    public bool TargetRockets { get; set; }
    public bool TargetSmallShips { get; set; } = true;
    public bool TargetStations { get; set; } = true;
    public float Azimuth { get; private set; }
    public float Elevation { get; private set; }

    public void SetManualAzimuthAndElevation(float azimuth, float elevation)
    {
        Azimuth = azimuth;
        Elevation = elevation;
    }

    public void SetTargetOptions(Sandbox.ModAPI.Ingame.TargetingGroupOptions Options) => TargetOptions = Options;
}
