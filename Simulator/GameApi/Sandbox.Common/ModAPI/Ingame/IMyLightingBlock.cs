using System;
using VRageMath;

namespace Sandbox.ModAPI.Ingame
{
    public interface IMyLightingBlock : IMyFunctionalBlock
    {
        float Radius { get; set; }
        [Obsolete("Use Radius")]
        float ReflectorRadius { get; }
        float Intensity { get; set; }
        float Falloff { get; set; }
        /// <summary>Seconds.</summary>
        float BlinkIntervalSeconds { get; set; }
        [Obsolete("Use BlinkLength instead.")]
        float BlinkLenght { get; }
        /// <summary>Fraction of the interval the light is on, 0..1.</summary>
        float BlinkLength { get; set; }
        /// <summary>Offset into the interval, 0..1.</summary>
        float BlinkOffset { get; set; }
        Color Color { get; set; }
    }
}
