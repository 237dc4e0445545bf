using System.Text;

namespace ShipSim.Host;

/// <summary>The echo text of a programmable block as the game keeps it (game-behaviour.md section 1): at most
/// the last 8,000 characters, cleared at the start of each run. Optional helper for the world.</summary>
public sealed class EchoBuffer
{
    public const int MaxLength = 8_000;
    readonly StringBuilder _text = new();

    public EchoBuffer() => Echo = Append;

    /// <summary>Pass this as <see cref="ProgramContext.Echo"/> (one cached delegate, no allocation per call).</summary>
    public Action<string> Echo { get; }

    public void Append(string? line)
    {
        _text.Append(line).Append('\n');
        if (_text.Length > MaxLength)
            _text.Remove(0, _text.Length - MaxLength);
    }

    public void Clear() => _text.Clear();

    public override string ToString() => _text.ToString();
}
