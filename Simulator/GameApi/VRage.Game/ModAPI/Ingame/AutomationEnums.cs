using System;
using System.Collections.Generic;
using System.Text;
using VRage;
using VRage.Collections;
using VRage.Game;
using VRage.Game.GUI.TextPanel;
using VRageMath;

namespace VRage.Game.ModAPI.Ingame
{
    public enum FleeMode
    {
        AwayFromTarget,
        ToGpsOrBeacon,
    }

    public enum FleeTrigger
    {
        Always,
        Never,
        WhenTakingDamage,
        WhenTargetLocked,
    }

    public enum GuidanceType
    {
        Basic,
        TargetPrediction,
    }

    public enum MyGridTargetingRelationFiltering
    {
        All,
        Enemy,
        Friend,
        Neutral,
        None,
    }

    public enum MyTransponderRelationFilter
    {
        Everyone,
        Faction,
        Owner,
    }

    public enum OffensiveCombatTargetPriority
    {
        Closest,
        Largest,
        Smallest,
    }
}
