using System.Globalization;
using System.Text;
using ShipSim.World.Core;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// An interior light. Its settings are kept, clamped to the terminal sliders' ranges (radius 1..20 m, intensity
/// 0.5..10, falloff 0..3, blink interval 0..30 s, blink length and offset 0..1 as the stand-in documents them);
/// those ranges and the defaults are our choice. <see cref="IsLitAt"/> says whether it shines at a tick,
/// blinking included, so tests can see a warning light flash.
/// </summary>
public sealed class SimInteriorLight : SimFunctionalBlock, IMyInteriorLight
{
    float _radius = 2f, _intensity = 1f, _falloff = 1.3f, _interval, _length = 0.5f, _offset;

    public SimInteriorLight(SimGrid grid, string customName) : base(grid, customName)
    {
    }

    public override string DefinitionDisplayNameText => "Interior Light";
    public override string TypeId => "InteriorLight";

    public Color Color { get; set; } = Color.White;
    public float Radius { get => _radius; set => _radius = Clamp(value, 1f, 20f); }
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
