using System.Collections.Generic;
using VRage;
using VRage.Game.ModAPI.Ingame;
using VRageMath;

namespace Sandbox.Definitions
{
    /// <summary>
    /// The stand-in's item data (the game reads it from its definitions): per-unit mass (kg) and volume (litres) of
    /// the vanilla ores, ingots, components, ammunition and tools, taken from the Space Engineers wiki item tables.
    /// Unknown subtypes get 1 kg and 1 L. Not a game type; scripts cannot name it (the namespace is not whitelisted).
    /// </summary>
    public static class ItemCatalogue
    {
        public const string Ore = "MyObjectBuilder_Ore";
        public const string Ingot = "MyObjectBuilder_Ingot";
        public const string Component = "MyObjectBuilder_Component";
        public const string Ammo = "MyObjectBuilder_AmmoMagazine";
        public const string Tool = "MyObjectBuilder_PhysicalGunObject";
        public const string GasBottle = "MyObjectBuilder_GasContainerObject";
        public const string OxygenBottle = "MyObjectBuilder_OxygenContainerObject";

        struct Data
        {
            public float Mass;
            public float Litres;
            public Data(float mass, float litres) { Mass = mass; Litres = litres; }
        }

        static readonly Dictionary<string, Data> Items = new Dictionary<string, Data>
        {
            // Components (kg, L).
            [Component + "/SteelPlate"] = new Data(20, 3),
            [Component + "/InteriorPlate"] = new Data(3, 5),
            [Component + "/Construction"] = new Data(8, 2),
            [Component + "/SmallTube"] = new Data(4, 2),
            [Component + "/LargeTube"] = new Data(25, 38),
            [Component + "/MetalGrid"] = new Data(6, 15),
            [Component + "/Motor"] = new Data(24, 8),
            [Component + "/Computer"] = new Data(0.2f, 1),
            [Component + "/Display"] = new Data(8, 6),
            [Component + "/BulletproofGlass"] = new Data(15, 8),
            [Component + "/Girder"] = new Data(6, 2),
            [Component + "/RadioCommunication"] = new Data(8, 70),
            [Component + "/Detector"] = new Data(5, 6),
            [Component + "/Medical"] = new Data(150, 160),
            [Component + "/Reactor"] = new Data(25, 8),
            [Component + "/Thrust"] = new Data(40, 10),
            [Component + "/GravityGenerator"] = new Data(800, 200),
            [Component + "/SolarCell"] = new Data(6, 12),
            [Component + "/PowerCell"] = new Data(25, 40),
            [Component + "/Superconductor"] = new Data(15, 8),
            [Component + "/Explosives"] = new Data(2, 2),
            [Component + "/Canvas"] = new Data(15, 8),
            [Component + "/ZoneChip"] = new Data(0.25f, 0.2f),
            // Ores and ingots: the same density for every kind.
            [Ore + "/Stone"] = new Data(1, 0.37f),
            [Ore + "/Ice"] = new Data(1, 0.37f),
            [Ingot + "/Stone"] = new Data(1, 0.37f),
            // Ammunition.
            [Ammo + "/NATO_5p56x45mm"] = new Data(0.45f, 0.2f),
            [Ammo + "/NATO_25x184mm"] = new Data(35, 16),
            [Ammo + "/Missile200mm"] = new Data(45, 60),
            [Ammo + "/AutocannonClip"] = new Data(36, 24),
            [Ammo + "/MediumCalibreAmmo"] = new Data(51, 30),
            [Ammo + "/LargeCalibreAmmo"] = new Data(150, 100),
            [Ammo + "/SmallRailgunAmmo"] = new Data(16, 16),
            [Ammo + "/LargeRailgunAmmo"] = new Data(47, 64),
            // Bottles.
            [OxygenBottle + "/OxygenBottle"] = new Data(30, 120),
            [GasBottle + "/HydrogenBottle"] = new Data(30, 120),
        };

        /// <summary>Per-unit data of an item type.</summary>
        public static MyItemInfo Describe(MyItemType type)
        {
            Data data;
            if (!Items.TryGetValue(type.ToString(), out data))
                data = type.TypeId == Ore ? new Data(1, 0.37f) : type.TypeId == Ingot ? new Data(1, 0.127f) : type.TypeId == Tool ? new Data(3, 25) : new Data(1, 1);
            bool fractions = type.TypeId == Ore || type.TypeId == Ingot;
            return new MyItemInfo
            {
                IsOre = type.TypeId == Ore,
                IsIngot = type.TypeId == Ingot,
                IsComponent = type.TypeId == Component,
                IsAmmo = type.TypeId == Ammo,
                IsTool = type.TypeId == Tool || type.TypeId == GasBottle || type.TypeId == OxygenBottle,
                UsesFractions = fractions,
                Mass = data.Mass,
                Volume = data.Litres / 1000f,
                Size = new Vector3(0.2f, 0.2f, 0.1f),
                MaxStackAmount = fractions || type.TypeId == Component || type.TypeId == Ammo ? MyFixedPoint.MaxValue : (MyFixedPoint)1,
            };
        }
    }
}
