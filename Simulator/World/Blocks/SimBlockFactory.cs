using ShipSim.World.Core;
using ShipSim.World.Physics;

namespace ShipSim.World.Blocks;

/// <summary>
/// Builds any block a player can build by its game type ("Thrust", "MotorStator", "CargoContainer" ... as the
/// terminal catalogue names them) and optional subtype. Blocks that take part in the air model are built on the
/// world's conveyor network "Conveyors" (tanks) and, for vents, without a room; build them yourself to wire rooms.
/// </summary>
public static class SimBlockFactory
{
    public const string DefaultNetwork = "Conveyors";

    static readonly Dictionary<string, Func<SimGrid, string, string?, SimBlock>> Builders = new(StringComparer.Ordinal)
    {
        ["AirtightHangarDoor"] = (g, n, s) => new SimAirtightHangarDoor(g, n) { Subtype = s! },
        ["AirtightSlideDoor"] = (g, n, s) => new SimAirtightSlideDoor(g, n) { Subtype = s! },
        ["AirVent"] = (g, n, s) => new SimAirVent(g, n, null, Network(g)) { Subtype = s! },
        ["Assembler"] = (g, n, s) => new SimAssembler(g, n) { Subtype = s! },
        ["BasicMissionBlock"] = (g, n, s) => new SimBasicMissionBlock(g, n) { Subtype = s! },
        ["BatteryBlock"] = (g, n, s) => new SimBatteryBlock(g, n) { Subtype = s! },
        ["Beacon"] = (g, n, s) => new SimBeacon(g, n) { Subtype = s! },
        ["BroadcastController"] = (g, n, s) => new SimBroadcastController(g, n) { Subtype = s! },
        ["ButtonPanel"] = (g, n, s) => new SimButtonPanel(g, n) { Subtype = s! },
        ["CameraBlock"] = (g, n, s) => new SimCameraBlock(g, n) { Subtype = s! },
        ["CargoContainer"] = (g, n, s) => new SimCargoContainer(g, n) { Subtype = s! },
        ["Cockpit"] = (g, n, s) => new SimCockpit(g, n) { Subtype = s! },
        ["Collector"] = (g, n, s) => new SimCollector(g, n) { Subtype = s! },
        ["ContractBlock"] = (g, n, s) => new SimGenericFunctionalBlock(g, n, "ContractBlock", "Contracts") { Subtype = s! },
        ["ConveyorSorter"] = (g, n, s) => new SimConveyorSorter(g, n) { Subtype = s! },
        ["CryoChamber"] = (g, n, s) => new SimCryoChamber(g, n) { Subtype = s! },
        ["Decoy"] = (g, n, s) => new SimDecoy(g, n) { Subtype = s! },
        ["DefensiveCombatBlock"] = (g, n, s) => new SimDefensiveCombatBlock(g, n) { Subtype = s! },
        ["Door"] = (g, n, s) => new SimDoor(g, n) { Subtype = s! },
        ["Drill"] = (g, n, s) => new SimShipDrill(g, n) { Subtype = s! },
        ["EmotionControllerBlock"] = (g, n, s) => new SimEmotionController(g, n) { Subtype = s! },
        ["EventControllerBlock"] = (g, n, s) => new SimEventController(g, n) { Subtype = s! },
        ["ExhaustBlock"] = (g, n, s) => new SimGenericFunctionalBlock(g, n, "ExhaustBlock", "Exhaust Pipe") { Subtype = s! },
        ["ExtendedPistonBase"] = (g, n, s) => new SimPistonBase(g, n) { Subtype = s! },
        ["FlightMovementBlock"] = (g, n, s) => new SimFlightMovementBlock(g, n) { Subtype = s! },
        ["FunctionalBlock"] = (g, n, s) => new SimGenericFunctionalBlock(g, n, "FunctionalBlock", "Functional Block") { Subtype = s! },
        ["GravityGenerator"] = (g, n, s) => new SimGravityGenerator(g, n) { Subtype = s! },
        ["GravityGeneratorSphere"] = (g, n, s) => new SimGravityGeneratorSphere(g, n) { Subtype = s! },
        ["Gyro"] = (g, n, s) => new SimGyro(g, n) { Subtype = s! },
        ["HeatVentBlock"] = (g, n, s) => new SimHeatVent(g, n) { Subtype = s! },
        ["HydrogenEngine"] = (g, n, s) => new SimHydrogenEngine(g, n) { Subtype = s! },
        ["InteriorLight"] = (g, n, s) => new SimInteriorLight(g, n) { Subtype = s! },
        ["InteriorTurret"] = (g, n, s) => new SimLargeInteriorTurret(g, n) { Subtype = s! },
        ["Jukebox"] = (g, n, s) => new SimJukebox(g, n) { Subtype = s! },
        ["JumpDrive"] = (g, n, s) => new SimJumpDrive(g, n) { Subtype = s! },
        ["LandingGear"] = (g, n, s) => new SimLandingGear(g, n) { Subtype = s! },
        ["LargeGatlingTurret"] = (g, n, s) => new SimLargeGatlingTurret(g, n) { Subtype = s! },
        ["LargeMissileTurret"] = (g, n, s) => new SimLargeMissileTurret(g, n) { Subtype = s! },
        ["LaserAntenna"] = (g, n, s) => new SimLaserAntenna(g, n) { Subtype = s! },
        ["LCDPanelsBlock"] = (g, n, s) => new SimGenericFunctionalBlock(g, n, "LCDPanelsBlock", "LCD Panels") { Subtype = s! },
        ["MedicalRoom"] = (g, n, s) => new SimMedicalRoom(g, n) { Subtype = s! },
        ["MergeBlock"] = (g, n, s) => new SimShipMergeBlock(g, n) { Subtype = s! },
        ["MotorAdvancedStator"] = (g, n, s) => s != null && s.Contains("Hinge", StringComparison.Ordinal)
            ? new SimHinge(g, n) { Subtype = s } : new SimMotorAdvancedStator(g, n) { Subtype = s! },
        ["MotorStator"] = (g, n, s) => new SimMotorStator(g, n) { Subtype = s! },
        ["MotorSuspension"] = (g, n, s) => new SimMotorSuspension(g, n) { Subtype = s! },
        ["MyProgrammableBlock"] = (g, n, s) => new SimProgrammableBlock(g, n) { Subtype = s! },
        ["OffensiveCombatBlock"] = (g, n, s) => new SimOffensiveCombatBlock(g, n) { Subtype = s! },
        ["OreDetector"] = (g, n, s) => new SimOreDetector(g, n) { Subtype = s! },
        ["OxygenFarm"] = (g, n, s) => new SimOxygenFarm(g, n) { Subtype = s! },
        ["OxygenGenerator"] = (g, n, s) => new SimGasGenerator(g, n) { Subtype = s! },
        ["OxygenTank"] = (g, n, s) => new SimGasTank(g, n, Network(g)) { Subtype = s! },
        ["Parachute"] = (g, n, s) => new SimParachute(g, n) { Subtype = s! },
        ["PathRecorderBlock"] = (g, n, s) => new SimPathRecorderBlock(g, n) { Subtype = s! },
        ["Projector"] = (g, n, s) => new SimProjector(g, n) { Subtype = s! },
        ["RadioAntenna"] = (g, n, s) => new SimRadioAntenna(g, n) { Subtype = s! },
        ["Reactor"] = (g, n, s) => new SimReactor(g, n) { Subtype = s! },
        ["Refinery"] = (g, n, s) => new SimRefinery(g, n) { Subtype = s! },
        ["ReflectorLight"] = (g, n, s) => new SimReflectorLight(g, n) { Subtype = s! },
        ["RemoteControl"] = (g, n, s) => new SimRemoteControl(g, n) { Subtype = s! },
        ["SafeZoneBlock"] = (g, n, s) => new SimSafeZoneBlock(g, n) { Subtype = s! },
        ["Searchlight"] = (g, n, s) => new SimSearchlight(g, n) { Subtype = s! },
        ["SensorBlock"] = (g, n, s) => new SimSensorBlock(g, n) { Subtype = s! },
        ["ShipConnector"] = (g, n, s) => new SimShipConnector(g, n) { Subtype = s! },
        ["ShipGrinder"] = (g, n, s) => new SimShipGrinder(g, n) { Subtype = s! },
        ["ShipWelder"] = (g, n, s) => new SimShipWelder(g, n) { Subtype = s! },
        ["SmallGatlingGun"] = (g, n, s) => new SimSmallGatlingGun(g, n) { Subtype = s! },
        ["SmallMissileLauncher"] = (g, n, s) => new SimSmallMissileLauncher(g, n) { Subtype = s! },
        ["SmallMissileLauncherReload"] = (g, n, s) => new SimSmallMissileLauncherReload(g, n) { Subtype = s! },
        ["SolarPanel"] = (g, n, s) => new SimSolarPanel(g, n) { Subtype = s! },
        ["SoundBlock"] = (g, n, s) => new SimSoundBlock(g, n) { Subtype = s! },
        ["SpaceBall"] = (g, n, s) => new SimSpaceBall(g, n) { Subtype = s! },
        ["StoreBlock"] = (g, n, s) => new SimStoreBlock(g, n) { Subtype = s! },
        ["SurvivalKit"] = (g, n, s) => new SimSurvivalKit(g, n) { Subtype = s! },
        ["TargetDummyBlock"] = (g, n, s) => new SimTargetDummy(g, n) { Subtype = s! },
        ["TerminalBlock"] = (g, n, s) => new SimControlPanel(g, n) { Subtype = s! },
        ["TextPanel"] = (g, n, s) => new SimTextPanel(g, n) { Subtype = s! },
        ["Thrust"] = (g, n, s) => new SimThrust(g, n) { Subtype = s! },
        ["TimerBlock"] = (g, n, s) => new SimTimerBlock(g, n) { Subtype = s! },
        ["TransponderBlock"] = (g, n, s) => new SimTransponder(g, n) { Subtype = s! },
        ["TurretControlBlock"] = (g, n, s) => new SimTurretControlBlock(g, n) { Subtype = s! },
        ["UpgradeModule"] = (g, n, s) => new SimUpgradeModule(g, n) { Subtype = s! },
        ["VendingMachine"] = (g, n, s) => new SimStoreBlock(g, n, vendingMachine: true) { Subtype = s! },
        ["VirtualMass"] = (g, n, s) => new SimVirtualMass(g, n) { Subtype = s! },
        ["Warhead"] = (g, n, s) => new SimWarhead(g, n) { Subtype = s! },
        ["WindTurbine"] = (g, n, s) => new SimWindTurbine(g, n) { Subtype = s! },
    };

    /// <summary>Every block type the factory builds (all of the game's terminal catalogue).</summary>
    public static IReadOnlyCollection<string> TypeIds => Builders.Keys;

    /// <summary>Builds a block of type <paramref name="typeId"/> named <paramref name="name"/>; the subtype defaults to
    /// the type's classic large-grid block.</summary>
    public static SimBlock Create(SimGrid grid, string typeId, string name, string? subtype = null) =>
        Builders.TryGetValue(typeId, out var build)
            ? build(grid, name, subtype)
            : throw new ArgumentException($"Unknown block type '{typeId}'. Known: {string.Join(", ", Builders.Keys.Order())}.", nameof(typeId));

    static ConveyorNetwork Network(SimGrid grid)
    {
        var air = grid.World.Air();
        return air.Atmosphere.Networks.FirstOrDefault(n => n.Name == DefaultNetwork) ?? air.AddNetwork(DefaultNetwork);
    }
}
