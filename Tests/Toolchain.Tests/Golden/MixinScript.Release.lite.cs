// Mixin fixture by Fixture Team.
// 
// Packed on 2026-12-01 for channel airlock.
// 
const string Channel="airlock";const int Period=10;
    const string Banner = "Packed by Fixture Team";
    int _unusedButPreserved = 7;
    Registry _registry=new Registry();int _runs;public
 Program(){Runtime.UpdateFrequency=UpdateFrequency.Update10;
_registry.Add(Channel);}public void
 Save
(){Storage=_runs.ToString();}public void
 Main
(string argument,UpdateType updateSource){_runs++;if(_runs%Period==0)Echo(Banner+" "+Describe(_registry.Count));else if(
argument=="status")Echo(Helpers.Status(_runs));Echo(Shout(argument));}string Describe(int count){return count==1?"one channel":
count+" channels";}static string Shout(string text){return text.ToUpperInvariant();}
}
static class Helpers{public static string Status(int runs){return"runs: "+runs;}}public class Registry{List<string>
_names=new List<string>();public int Count{get{return _names.Count;}}public void Add(string name){if(!Contains(name))_names.
Add(name);}public bool Contains(string name){return _names.IndexOf(name)>=0;}