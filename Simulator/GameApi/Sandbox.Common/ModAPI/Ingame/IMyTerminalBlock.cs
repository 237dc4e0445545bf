using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Interfaces;
using VRage.Game;
using VRage.Game.ModAPI.Ingame;

namespace Sandbox.ModAPI.Ingame
{
    public interface IMyTerminalBlock : IMyCubeBlock
    {
        string CustomName { get; set; }
        string CustomNameWithFaction { get; }
        /// <summary>The block's information text; for a programmable block, the last run's Echo text and errors.</summary>
        string DetailedInfo { get; }
        string CustomInfo { get; }
        string CustomData { get; set; }
        bool ShowOnHUD { get; set; }
        bool ShowInTerminal { get; set; }
        bool ShowInToolbarConfig { get; set; }
        bool ShowInInventory { get; set; }
        bool HasLocalPlayerAccess();
        bool HasPlayerAccess(long playerId, MyRelationsBetweenPlayerAndBlock defaultNoUser = MyRelationsBetweenPlayerAndBlock.NoOwnership);
        bool HasNobodyPlayerAccessToBlock();
        /// <summary>As HasPlayerAccess; for playerId 0 (nobody) asks HasNobodyPlayerAccessToBlock instead.</summary>
        bool HasPlayerAccessWithNobodyCheck(long playerId, bool isForPB);
        /// <summary>True when both blocks are in the same mechanical group (not across connectors).</summary>
        bool IsSameConstructAs(IMyTerminalBlock other);
        ITerminalAction GetActionWithName(string name);
        void GetActions(List<ITerminalAction> resultList, Func<ITerminalAction, bool> collect = null);
        void SearchActionsOfName(string name, List<ITerminalAction> resultList, Func<ITerminalAction, bool> collect = null);
        ITerminalProperty GetProperty(string id);
        void GetProperties(List<ITerminalProperty> resultList, Func<ITerminalProperty, bool> collect = null);

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
}
