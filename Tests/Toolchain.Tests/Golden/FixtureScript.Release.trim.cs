// Fixture script.
// 
// Two lines of instructions.
// 
Logger _log = new Logger();

public Program()
{
    Runtime.UpdateFrequency = UpdateFrequency.Update100;
}

public void Main(string argument, UpdateType updateSource)
{
    _counter.Add(1);
    Echo("release build");
    _log.Write(Echo, "verbatim\nkeeps its indentation");
}
// From a mixin (shared project).
Counter _counter = new Counter();

public class Counter
{
    public int Total { get; private set; }

    public void Add(int n)
    {
        Total += n;
    }
}
}
class Logger
{
    public void Write(Action<string> echo, string text)
    {
        echo(text);
    }
