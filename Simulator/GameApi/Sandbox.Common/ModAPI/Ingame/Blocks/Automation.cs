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
using VRage.Utils;
using VRageMath;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace Sandbox.ModAPI.Ingame
{
    public interface IMyEventControllerBlock : IMyFunctionalBlock
    {
        bool IsAndModeEnabled { get; set; }
        bool IsLowerOrEqualCondition { get; set; }
        float Threshold { get; set; }
    }

    public interface IMyAutopilotWaypoint
    {
        MatrixD Matrix { get; }
        string Name { get; }
        long RelatedEntityId { get; }
        MatrixD RelativeMatrix { get; }
    }

    public interface IMyFlightMovementBlock : IMyFunctionalBlock
    {
        bool AlignToPGravity { get; set; }
        bool CollisionAvoidance { get; set; }
        IMyAutopilotWaypoint CurrentWaypoint { get; }
        FlightMode FlightMode { get; set; }
        bool IsAutoPilotEnabled { get; }
        Vector3D? LookAtPosition { get; set; }
        float MinimalAltitude { get; set; }
        bool PrecisionMode { get; set; }
        float SpeedLimit { get; set; }
        void GetWaypoints(List<IMyAutopilotWaypoint> points);
    }

    public interface IMyPathRecorderBlock : IMyFunctionalBlock
    {
    }

    public interface IMyPathRecorderComponent
    {
        string BeaconDisplayText { get; }
        long? BeaconEntityId { get; }
        Vector3D BeaconWorldPosition { get; }
        bool IsPlaying { get; }
        bool IsRecording { get; }
        float MinimalDistance { get; set; }
        byte RecordInterval { get; set; }
        bool RepeatPath { get; set; }
        bool ShowPath { get; set; }
        bool ShowSelectedPoints { get; set; }
        void Play();
        void Record();
        void RemoveBeacon();
        void StopPlay();
        void StopRecord();
    }

    public interface IMyBasicMissionBlock : IMyFunctionalBlock
    {
        long SelectedMissionId { get; set; }
    }

    public interface IMyBasicMissionComponent
    {
        StringBuilder DetailedInfo { get; }
        bool IsSelected { get; set; }
        MyStringId MissionName { get; }
        long UniqueSelectionId { get; }
    }

    public interface IMyBasicMissionFollowHome
    {
        float MaxRange { get; set; }
        float MinRange { get; set; }
        bool Wander { get; set; }
    }

    public interface IMyBasicMissionFollowPlayer
    {
        float FollowDistance { get; set; }
    }

    public interface IMySearchEnemyComponent
    {
        long? FoundEnemyId { get; }
        MyStringHash SubsystemsToDestroy { get; set; }
        MyGridTargetingRelationFiltering TargetingLockOptions { get; set; }
    }

    public interface IMyAttackPatternComponent
    {
        long AttackPatternId { get; }
        MyStringId AttackPatternName { get; }
        MyStringId AttackPatternTooltip { get; }
        bool HasEnemy { get; }
        bool IsSelected { get; }
    }

    public interface IMyOffensiveCombatBlock : IMyFunctionalBlock
    {
        int LastScan { get; }
        IMySearchEnemyComponent SearchEnemyComponent { get; }
        long SelectedAttackPattern { get; set; }
        OffensiveCombatTargetPriority TargetPriority { get; set; }
        int UpdateTargetInterval { get; set; }
        T GetAttackPatternIds<T>(T idsList);
        bool TryGetSelectedAttackPattern(out IMyAttackPatternComponent attackPatternComponent);
        bool TryGetSelectedAttackPattern(long patternId, out IMyAttackPatternComponent attackPatternComponent);
    }

    public interface IMyOffensiveCombatCircleOrbit : IMyAttackPatternComponent
    {
        float CircleDistance { get; set; }
        bool CircleInPGravity { get; set; }
        Base6Directions.DirectionFlags Facing { get; set; }
        bool IsOrbiting { get; }
    }

    public interface IMyOffensiveCombatHitAndRun : IMyAttackPatternComponent
    {
        float BreakOffDistance { get; set; }
        bool IsMovingAwayFromTarget { get; }
        bool IsMovingToTarget { get; }
        float RetreatAngle { get; set; }
        float RetreatDistance { get; set; }
        float RetreatTimeout { get; set; }
        void GetSelectedWeapons(List<long> blockEntityIds);
        bool IsWeaponSelected(long blockEntityId);
        void SetSelectedWeapons(List<long> blockEntityId);
    }

    public interface IMyOffensiveCombatIntercept : IMyAttackPatternComponent
    {
        GuidanceType GuidanceType { get; set; }
        bool ShouldOverrideCollisionAvoidance { get; set; }
    }

    public interface IMyOffensiveCombatStayAtRange : IMyAttackPatternComponent
    {
        float EvasiveManeuverDistance { get; }
        bool EvasiveManeuvers { get; set; }
        Base6Directions.DirectionFlags FacingPriority { get; set; }
        float MaximalDistance { get; set; }
        float MinimalDistance { get; set; }
    }

    public interface IMyDefensiveCombatBlock : IMyFunctionalBlock
    {
        Vector3D? CustomFleeCoordinates { get; set; }
        long? FleeBeaconEntityId { get; }
        Vector3D? FleeCoordinates { get; }
        VRage.Game.ModAPI.GpsInfo? FleeGps { get; }
        FleeTrigger FleeTrigger { get; set; }
        bool IsFleeing { get; }
        bool LockTarget { get; set; }
        IMySearchEnemyComponent SearchEnemyComponent { get; }
        float WaypointZoneSize { get; set; }
        void Flee();
    }

    public interface IMyCharacterAimAssistComponent
    {
    }

    public interface IMyEmotionControllerBlock : IMyFunctionalBlock
    {
    }
}
