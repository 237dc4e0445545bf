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
    public interface IMyGravityGeneratorBase : IMyFunctionalBlock
    {
        float GravityAcceleration { get; set; }
        [Obsolete("Use GravityAcceleration.")]
        float Gravity { get; }
    }

    public interface IMyGravityGenerator : IMyGravityGeneratorBase
    {
        Vector3 FieldSize { get; set; }
        [Obsolete("Use FieldSize.Z")]
        float FieldDepth { get; }
        [Obsolete("Use FieldSize.Y")]
        float FieldHeight { get; }
        [Obsolete("Use FieldSize.X")]
        float FieldWidth { get; }
    }

    public interface IMyGravityGeneratorSphere : IMyGravityGeneratorBase
    {
        float Radius { get; set; }
    }

    public interface IMyArtificialMassBlock : IMyVirtualMass
    {
    }

    public interface IMyVirtualMass : IMyFunctionalBlock
    {
        float VirtualMass { get; }
    }

    public interface IMySpaceBall : IMyVirtualMass
    {
        bool Broadcasting { get; set; }
        float Friction { get; set; }
        float Restitution { get; set; }
        new float VirtualMass { get; set; }
        [Obsolete("Use IMySpaceBall.Broadcasting")]
        bool IsBroadcasting { get; }
    }
}
