using VRageMath;

namespace VRage.Game.ModAPI.Ingame
{
    // Not declared (types the stand-in does not model): GetCubeBlock(Vector3I) (IMySlimBlock).
    public interface IMyCubeGrid : IMyEntity
    {
        string CustomName { get; set; }
        /// <summary>Cell edge length in metres (2.5 large, 0.5 small).</summary>
        float GridSize { get; }
        MyCubeSize GridSizeEnum { get; }
        bool IsStatic { get; }
        Vector3I Max { get; }
        Vector3I Min { get; }
        bool CubeExists(Vector3I pos);
        Vector3D GridIntegerToWorld(Vector3I gridCoords);
        Vector3I WorldToGridInteger(Vector3D coords);
        /// <summary>True within one mechanical group (rotors, pistons, hinges); false across connectors.</summary>
        bool IsSameConstructAs(IMyCubeGrid other);
    }
}
