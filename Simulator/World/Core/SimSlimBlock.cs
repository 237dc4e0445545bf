using VRage.Game.ModAPI.Ingame;
using VRage.ObjectBuilders;
using VRage.Utils;
using VRageMath;

namespace ShipSim.World.Core;

/// <summary>
/// The grid cell view of a terminal block (IMyCubeGrid.GetCubeBlock). Integrity follows the block's
/// <see cref="SimBlock.Integrity"/> against a maximum of <see cref="MaxIntegrityPoints"/> (our figure); damage is
/// what is missing; deformation, skins and component stockpiles are not modelled.
/// </summary>
public sealed class SimSlimBlock(SimBlock block) : IMySlimBlock
{
    /// <summary>Integrity points of an intact block (our uniform figure).</summary>
    public const float MaxIntegrityPoints = 1000f;

    public IMyCubeBlock FatBlock => block;
    public IMyCubeGrid CubeGrid => block.CubeGrid;
    public SerializableDefinitionId BlockDefinition => block.BlockDefinition;
    public Vector3I Position => block.Position;
    public long OwnerId => block.OwnerId;
    public float Mass => block.Mass;
    public float MaxIntegrity => MaxIntegrityPoints;
    public float BuildIntegrity => block.Closed ? 0f : MaxIntegrityPoints;
    public float BuildLevelRatio => block.Closed ? 0f : 1f;
    public float Integrity => (float)block.Integrity * MaxIntegrityPoints;
    public float CurrentDamage => (1f - (float)block.Integrity) * MaxIntegrityPoints;
    public float AccumulatedDamage => CurrentDamage;
    public float DamageRatio => 1f + CurrentDamage / MaxIntegrityPoints;
    public bool IsDestroyed => block.Closed;
    public bool IsFullIntegrity => block.Integrity >= 1;
    public bool IsFullyDismounted => block.Closed;
    public bool HasDeformation => false;
    public float MaxDeformation => 0f;
    public Vector3 ColorMaskHSV => Vector3.Zero;
    public MyStringHash SkinSubtypeId => MyStringHash.NullOrEmpty;
    public bool ShowParts => true;
    public bool StockpileAllocated => false;
    public bool StockpileEmpty => true;

    /// <summary>Nothing is missing: damage is modelled as lost integrity, not lost components.</summary>
    public void GetMissingComponents(Dictionary<string, int> addToDictionary) { }

    public override string ToString() => $"slim {block}";
}
