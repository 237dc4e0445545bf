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
    public interface IMyProductionBlock : IMyFunctionalBlock
    {
        IMyInventory InputInventory { get; }
        bool IsProducing { get; }
        bool IsQueueEmpty { get; }
        uint NextItemId { get; }
        IMyInventory OutputInventory { get; }
        bool UseConveyorSystem { get; set; }
        void AddQueueItem(MyDefinitionId blueprint, MyFixedPoint amount);
        void AddQueueItem(MyDefinitionId blueprint, decimal amount);
        void AddQueueItem(MyDefinitionId blueprint, double amount);
        bool CanUseBlueprint(MyDefinitionId blueprint);
        void ClearQueue();
        void GetQueue(List<MyProductionItem> items);
        void InsertQueueItem(int idx, MyDefinitionId blueprint, MyFixedPoint amount);
        void InsertQueueItem(int idx, MyDefinitionId blueprint, decimal amount);
        void InsertQueueItem(int idx, MyDefinitionId blueprint, double amount);
        void MoveQueueItemRequest(uint queueItemId, int targetIdx);
        void RemoveQueueItem(int idx, MyFixedPoint amount);
        void RemoveQueueItem(int idx, decimal amount);
        void RemoveQueueItem(int idx, double amount);
    }

    public enum MyAssemblerMode
    {
        Assembly,
        Disassembly,
    }

    public interface IMyAssembler : IMyProductionBlock
    {
        bool CooperativeMode { get; set; }
        float CurrentProgress { get; }
        MyAssemblerMode Mode { get; set; }
        bool Repeating { get; set; }
        [Obsolete("Use the Mode property")]
        bool DisassembleEnabled { get; }
    }

    public interface IMyRefinery : IMyProductionBlock
    {
    }

    public interface IMyItemProducerComponent
    {
    }

    public interface IMySolarFoodGenerator
    {
        float ItemsPerMinute { get; }
        float TimeRemainingUntilNextBatch { get; }
    }

    public interface IMyFarmPlotLogic
    {
        int AmountOfSeedsRequired { get; }
        bool IsAlive { get; }
        bool IsHarvestable { get; }
        bool IsPlantFullyGrown { get; }
        bool IsPlantPlanted { get; }
        MyDefinitionId OutputItem { get; }
        int OutputItemAmount { get; }
        string GetDetailedInfoWithoutRequiredInput();
    }

    public interface IMyResourceStorageComponent
    {
        double FilledRatio { get; }
        float ResourceCapacity { get; }
        bool IsResourceStorage(MyDefinitionId resourceDefinition);
    }
}
