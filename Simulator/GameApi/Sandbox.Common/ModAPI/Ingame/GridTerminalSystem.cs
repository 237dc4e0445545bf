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
    public enum MyTerminalAccessScope
    {
        All,
        Construct,
        Grid,
    }

    public interface IMyGridTerminalSystem
    {
        bool CanAccess(IMyTerminalBlock block, MyTerminalAccessScope scope = MyTerminalAccessScope.All);
        bool CanAccess(IMyCubeGrid grid, MyTerminalAccessScope scope = MyTerminalAccessScope.All);
        void GetBlockGroups(List<IMyBlockGroup> blockGroups, Func<IMyBlockGroup, bool> collect = null);
        /// <summary>Exact, case-sensitive name.</summary>
        IMyBlockGroup GetBlockGroupWithName(string name);
        void GetBlocks(List<IMyTerminalBlock> blocks);
        void GetBlocksOfType<T>(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null) where T : class;
        void GetBlocksOfType<T>(List<T> blocks, Func<T, bool> collect = null) where T : class;
        IMyTerminalBlock GetBlockWithId(long id);
        /// <summary>Exact, case-sensitive name.</summary>
        IMyTerminalBlock GetBlockWithName(string name);
        /// <summary>Case-insensitive "name contains".</summary>
        void SearchBlocksOfName(string name, List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null);
    }

    public interface IMyBlockGroup
    {
        string Name { get; }
        void GetBlocks(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null);
        void GetBlocksOfType<T>(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null) where T : class;
        void GetBlocksOfType<T>(List<T> blocks, Func<T, bool> collect = null) where T : class;
    }

    public interface IUserCustomizableTerminalAction
    {
        IList<TerminalActionParameter> Parameters { get; }
        void FetchAllBlocks(List<IMyTerminalBlock> result);
        IMyTerminalBlock GetBlock();
        void SetCustomIconTitle(string title);
    }
}
