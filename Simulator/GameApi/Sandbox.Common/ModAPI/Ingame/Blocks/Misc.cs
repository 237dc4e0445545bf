using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Interfaces;
using VRage;
using VRage.Collections;
using VRage.Game;
using VRage.Game.GUI.TextPanel;
using VRage.Game.ModAPI.Ingame;
using VRage.ObjectBuilders;
using VRageMath;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace Sandbox.ModAPI.Ingame
{
    public interface IMyProjector : IMyFunctionalBlock, IMyTextSurfaceProvider
    {
        int BuildableBlocksCount { get; }
        bool IsProjecting { get; }
        Vector3I ProjectionOffset { get; set; }
        Vector3I ProjectionRotation { get; set; }
        int RemainingArmorBlocks { get; }
        int RemainingBlocks { get; }
        Dictionary<MyDefinitionBase, int> RemainingBlocksPerType { get; }
        bool ShowOnlyBuildable { get; set; }
        int TotalBlocks { get; }
        [Obsolete("Use ProjectionOffset vector instead.")]
        int ProjectionOffsetX { get; }
        [Obsolete("Use ProjectionOffset vector instead.")]
        int ProjectionOffsetY { get; }
        [Obsolete("Use ProjectionOffset vector instead.")]
        int ProjectionOffsetZ { get; }
        [Obsolete("Use ProjectionRotation vector instead.")]
        int ProjectionRotX { get; }
        [Obsolete("Use ProjectionRotation vector instead.")]
        int ProjectionRotY { get; }
        [Obsolete("Use ProjectionRotation vector instead.")]
        int ProjectionRotZ { get; }
        void UpdateOffsetAndRotation();
    }

    public enum MyStoreInsertResults
    {
        Success,
        Fail_StoreLimitReached,
        Fail_PricePerUnitIsLessThanMinimum,
        Error,
    }

    public interface IMyStoreBlock : IMyFunctionalBlock
    {
        bool Searchable { get; set; }
        bool CancelStoreItem(long id);
        void GetPlayerStoreItems(List<MyStoreQueryItem> storeItems);
        MyStoreInsertResults InsertOffer(MyStoreItemDataSimple item, out long id);
        MyStoreInsertResults InsertOrder(MyStoreItemDataSimple item, out long id);
    }

    public interface IMyProgrammableBlock : IMyFunctionalBlock, IMyTextSurfaceProvider
    {
        /// <summary>True only while this block's own script is executing.</summary>
        bool IsRunning { get; }
        string TerminalRunArgument { get; }
        /// <summary>Runs the block's script now with UpdateType.Script; false when it has no script, is running or is not working.</summary>
        bool TryRun(string argument);
    }
}
