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
using Sandbox.ModAPI.Ingame;

namespace SpaceEngineers.Game.ModAPI.Ingame
{
    public interface IMyLargeConveyorTurretBase : IMyLargeTurretBase
    {
        bool UseConveyorSystem { get; }
    }

    public interface IMyLargeGatlingTurret : IMyLargeConveyorTurretBase
    {
    }

    public interface IMyLargeInteriorTurret : IMyLargeTurretBase
    {
    }

    public interface IMyLargeMissileTurret : IMyLargeConveyorTurretBase
    {
    }
}
