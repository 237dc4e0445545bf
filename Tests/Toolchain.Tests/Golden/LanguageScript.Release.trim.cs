interface IShape { double Area { get; } string Name(); }
abstract class Shape : IShape
{
    protected Shape(string label) { Label = label; }
    public string Label { get; private set; }
    public abstract double Area { get; }
    public virtual string Name() { return Label; }
    public override string ToString() { return Name() + ":"+ Area.ToString("0.0"); }
}
sealed class Square : Shape
{
    readonly double _side;
    public Square(double side) : base("square") { _side = side; }
    public override double Area { get { return _side * _side; } }
}
class Circle : Shape
{
    public double R;
    public Circle(double r) : base("circle") { R = r; }
    public override double Area => Math.PI * R * R;
    public static Circle operator +(Circle a, Circle b) => new Circle(a.R + b.R);
    public static implicit operator double(Circle c) => c.R;
}
struct Pair<T> where T : IComparable<T>
{
    public T Low,High;
    public Pair(T a, T b) { if (a.CompareTo(b) <= 0) { Low = a; High = b; } else { Low = b; High = a; } }
}
enum Mode { Idle = 0, Busy = 2, Broken }
delegate int Combine(int a, int b);
event Action<string> Said;
Dictionary<string, Func<int, int>> _ops = new Dictionary<string, Func<int, int>>
{
    { "double", x => x * 2 },
    { "square", x => x * x },
};
List<IShape> _shapes = new List<IShape>();
MyIni _ini = new MyIni();
StringBuilder _sb = new StringBuilder();
int _count;
Mode _mode = Mode.Idle;
static int s_total;
int this[int i] { get { return i * _count; } }

public Program()
{
    Runtime.UpdateFrequency = UpdateFrequency.Update10;
    _shapes.Add(new Square(2));
    _shapes.Add(new Circle(1) + new Circle(2));
    Said += text => Echo("said "+ text);
}

IEnumerable<int> Evens(int max) { for (var i = 0; i <= max; i += 2) yield return i; }

T Max<T>(IEnumerable<T> items) where T : IComparable<T>
{
    var best = default(T);
    var first = true;
    foreach (var item in items)
        if (first || item.CompareTo(best) > 0) { best = item; first = false; }
    return best;
}

public void Main(string argument, UpdateType updateSource)
{
    _count++;
    s_total += this[2];
    Combine add = (a, b) => a + b;
    var pair = new Pair<int>(_count, 3);
    _sb.Clear();
    foreach (var shape in _shapes.OrderBy(s => s.Area))
        _sb.Append(shape.ToString()).Append(';');
    double radius = new Circle(1.5);
    var total = Evens(10).Where(e => e % 4 == 0).Sum() + add(pair.Low, pair.High) + Max(new[] { 3, 9, 4 });
    switch (_mode)
    {
        case Mode.Idle: _mode = Mode.Busy; break;
        case Mode.Busy: goto default;
        default: _mode = Mode.Idle; break;
    }
    MyIniParseResult result;
    if (!_ini.TryParse(Me.CustomData, out result))
        Echo("ini: "+ result.Error);
    Func<int, int> op;
    if (_ops.TryGetValue(argument, out op))
        total = op(total);
    try { if (argument == "throw") throw new InvalidOperationException("boom"); }
    catch (InvalidOperationException e) when (e.Message == "boom") { Echo("caught "+ e.Message); }
    finally { s_total++; }
    var handler = Said;
    if (handler != null) handler(nameof(total));
    Echo($"{_sb} total={total} r={radius:0.0} mode={_mode} n={s_total}");
}
