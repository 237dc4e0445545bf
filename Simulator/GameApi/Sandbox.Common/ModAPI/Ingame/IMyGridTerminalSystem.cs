using System;
using System.Collections.Generic;

namespace Sandbox.ModAPI.Ingame
{
    /// <summary>The blocks a programmable block can reach: its grids and everything docked to them.
    /// Every list-filling method clears the list first.</summary>
    public interface IMyGridTerminalSystem
    {
        void GetBlocks(List<IMyTerminalBlock> blocks);
        void GetBlockGroups(List<IMyBlockGroup> blockGroups, Func<IMyBlockGroup, bool> collect = null);
        void GetBlocksOfType<T>(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null) where T : class;
        void GetBlocksOfType<T>(List<T> blocks, Func<T, bool> collect = null) where T : class;
        /// <summary>Case-insensitive "name contains".</summary>
        void SearchBlocksOfName(string name, List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null);
        /// <summary>Exact, case-sensitive name.</summary>
        IMyTerminalBlock GetBlockWithName(string name);
        /// <summary>Exact, case-sensitive name.</summary>
        IMyBlockGroup GetBlockGroupWithName(string name);
        IMyTerminalBlock GetBlockWithId(long id);
    }

    public interface IMyBlockGroup
    {
        string Name { get; }
        void GetBlocks(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null);
        void GetBlocksOfType<T>(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null) where T : class;
        void GetBlocksOfType<T>(List<T> blocks, Func<T, bool> collect = null) where T : class;
    }
}
