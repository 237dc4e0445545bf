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
using VRage.Game.ObjectBuilders.Definitions;
using VRageMath;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace Sandbox.ModAPI.Ingame
{
    public interface IMyTerminalBlock : IMyCubeBlock
    {
        string CustomData { get; set; }
        string CustomInfo { get; }
        string CustomName { get; set; }
        string CustomNameWithFaction { get; }
        /// <summary>The block's information text; for a programmable block, the last run's Echo text and errors.</summary>
        string DetailedInfo { get; }
        bool ShowInInventory { get; set; }
        bool ShowInTerminal { get; set; }
        bool ShowInToolbarConfig { get; set; }
        bool ShowOnHUD { get; set; }
        void GetActions(List<ITerminalAction> resultList, Func<ITerminalAction, bool> collect = null);
        ITerminalAction GetActionWithName(string name);
        void GetProperties(List<ITerminalProperty> resultList, Func<ITerminalProperty, bool> collect = null);
        ITerminalProperty GetProperty(string id);
        bool HasLocalPlayerAccess();
        bool HasNobodyPlayerAccessToBlock();
        bool HasPlayerAccess(long playerId, MyRelationsBetweenPlayerAndBlock defaultNoUser = MyRelationsBetweenPlayerAndBlock.NoOwnership);
        /// <summary>As HasPlayerAccess; for playerId 0 (nobody) asks HasNobodyPlayerAccessToBlock instead.</summary>
        bool HasPlayerAccessWithNobodyCheck(long playerId, bool isForPB);
        /// <summary>True when both blocks are in the same mechanical group (not across connectors).</summary>
        bool IsSameConstructAs(IMyTerminalBlock other);
        void SearchActionsOfName(string name, List<ITerminalAction> resultList, Func<ITerminalAction, bool> collect = null);
        [Obsolete("Use the setter of Customname")]
        void SetCustomName(string text);
        [Obsolete("Use the setter of Customname")]
        void SetCustomName(StringBuilder text);
    }

    public interface IMyFunctionalBlock : IMyTerminalBlock
    {
        bool Enabled { get; set; }
        [Obsolete("Use the setter of Enabled")]
        void RequestEnable(bool enable);
    }

    public interface IMyUpgradableBlock : IMyCubeBlock
    {
        uint UpgradeCount { get; }
        void FillUpgradesDictionary(Dictionary<string, float> upgrades);
        [Obsolete("Use FillUpgradesDictionary without the out parameter instead.")]
        void GetUpgrades(out Dictionary<string, float> upgrades);
    }

    public interface IMyUpgradeModule : IMyFunctionalBlock
    {
        uint Connections { get; }
        uint UpgradeCount { get; }
        void FillUpgradeList(List<MyUpgradeModuleInfo> upgrades);
        [Obsolete("Use FillUpgradeList without the out parameter instead.")]
        void GetUpgradeList(out List<MyUpgradeModuleInfo> upgrades);
    }

    public interface IMyPassage : IMyCubeBlock
    {
    }
}
