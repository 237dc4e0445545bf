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
    public interface IMyGasTank : IMyFunctionalBlock
    {
        bool AutoRefillBottles { get; set; }
        /// <summary>Capacity in litres.</summary>
        float Capacity { get; }
        /// <summary>0 empty .. 1 full.</summary>
        double FilledRatio { get; }
        /// <summary>When on, the tank only fills and releases no gas.</summary>
        bool Stockpile { get; set; }
        void RefillBottles();
    }

    public interface IMyGasGenerator : IMyFunctionalBlock
    {
        bool AutoRefill { get; set; }
        bool IsProducing { get; }
        bool UseConveyorSystem { get; set; }
    }
}
