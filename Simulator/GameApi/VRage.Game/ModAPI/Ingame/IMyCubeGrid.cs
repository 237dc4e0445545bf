namespace VRage.Game.ModAPI.Ingame
{
    public interface IMyCubeGrid : IMyEntity
    {
        string CustomName { get; set; }
        bool IsStatic { get; }
        /// <summary>True within one mechanical group (rotors, pistons, hinges); false across connectors.</summary>
        bool IsSameConstructAs(IMyCubeGrid other);
    }
}
