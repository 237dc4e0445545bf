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
    public interface IMyShipToolBase : IMyFunctionalBlock
    {
        bool IsActivated { get; }
        bool UseConveyorSystem { get; set; }
    }

    public interface IMyShipDrill : IMyShipToolBase
    {
        bool TerrainClearingMode { get; set; }
    }

    public interface IMyShipGrinder : IMyShipToolBase
    {
    }

    public interface IMyShipWelder : IMyShipToolBase
    {
        bool HelpOthers { get; set; }
    }
}
