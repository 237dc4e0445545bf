// Mixin fixture by Fixture Team.
// 
// Packed on 2026-12-01 for channel airlock.
// 
// MixinA lists Zed.cs before Able.cs: a mixin's files keep their .projitems order. Its sortorder
// comment sits on a using directive, so it survives namespace removal and moves this file first.
enum Mode { Idle, Cycling, Fault }

Mode _mode = Mode.Idle;
const string Channel = "airlock";
const int Period = 10; // ticks
    
const string Banner = "Packed by Fixture Team";
int _unusedButPreserved = 7;
    
readonly Registry _registry = new Registry();
int _runs;

public Program()
{
    Runtime.UpdateFrequency = UpdateFrequency.Update10;
    _registry.Add(Channel);
}

public void Save()
{
    Storage = _runs.ToString();
}

// Built 2026-12-01 (replaced when packed).
public void Main(string argument, UpdateType updateSource)
{
    _runs++;
    if (_runs % Period == 0)
        Echo(Banner + " "+ Describe(_registry.Count));
    else if (argument == "status")
        Echo(Helpers.Status(_runs));
    Echo(Shout(argument));
}

/* A block comment before a member. */
string Describe(int count)
{
    return count == 1 ? "one channel": count + " channels";
}

string NeverCalled() { return "trimmed away"; }
// Zeta.cs sorts after alpha/Helpers.cs: MSBuild orders the project's files by path, ignoring case.
static string Shout(string text)
{
    return text.ToUpperInvariant();
}
// This sortorder comment sits on the namespace, which packing removes: MDK2 never sees it.
interface IStep
{
    bool Run(int tick);
}
// A mixin file matching mdk.ini's **/*.debug.cs.
void MixinDebugTrace() { }
}
static class Helpers
{
    public static string Status(int runs)
    {
        return "runs: "+ runs;
    }
}
struct Reading
{
    public double Value;
    public long Tick;
}
public class Registry
{
    readonly List<string> _names = new List<string>();

    public int Count { get { return _names.Count; } }

    public void Add(string name)
    {
        if (!Contains(name))
            _names.Add(name);
    }
    public bool Contains(string name)
    {
        return _names.IndexOf(name) >= 0;
    }
    // A comment before the closing brace of a part.
