using Sandbox.ModAPI.Ingame;

namespace ShipSim.World.Core;

/// <summary>
/// The world settings a script reads through <c>World</c> (IMyGridProgramWorldInfo). Defaults are those of a new
/// game world as we understand them (speed limits 100 m/s; inventory 1x, "realistic"; airtightness on); angular
/// limits are our choice. Tests may change any of them. Airtightness here is what scripts read; the air model has
/// its own switch (AirSystem.PressurizationEnabled).
/// </summary>
public sealed class SimWorldSettings : IMyGridProgramWorldInfo
{
    public float InventoryMultiplier { get; set; } = 1f;
    public float LargeShipMaxSpeed { get; set; } = 100f;
    public float SmallShipMaxSpeed { get; set; } = 100f;
    /// <summary>Radians per second.</summary>
    public float LargeShipMaxAngularSpeed { get; set; } = 18f * MathF.PI / 18f;
    /// <summary>Radians per second.</summary>
    public float SmallShipMaxAngularSpeed { get; set; } = 36f * MathF.PI / 18f;
    public bool PressurizationEnabled { get; set; } = true;
}
