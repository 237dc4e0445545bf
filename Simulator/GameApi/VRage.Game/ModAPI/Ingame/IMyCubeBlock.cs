namespace VRage.Game.ModAPI.Ingame
{
    public interface IMyCubeBlock : IMyEntity
    {
        IMyCubeGrid CubeGrid { get; }
        string DefinitionDisplayNameText { get; }
        string DisplayNameText { get; }
        /// <summary>Built above the functional threshold.</summary>
        bool IsFunctional { get; }
        /// <summary>Functional, powered and enabled.</summary>
        bool IsWorking { get; }
        long OwnerId { get; }
    }
}
