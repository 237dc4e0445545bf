namespace VRage.Game.ObjectBuilders.Definitions
{
    /// <summary>Definition data of a gas (oxygen, hydrogen); only its name is modelled.</summary>
    public class MyObjectBuilder_GasProperties
    {
        public string SubtypeName { get; set; }
    }
}
