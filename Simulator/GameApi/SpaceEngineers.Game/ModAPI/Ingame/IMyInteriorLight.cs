using Sandbox.ModAPI.Ingame;

namespace SpaceEngineers.Game.ModAPI.Ingame
{
    public interface IMyInteriorLight : IMyLightingBlock
    {
    }
}
