using System.Text;
using System.Text.Json;
using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.World.Observation;

/// <summary>
/// A per-tick trace as JSON lines: for each tick where anything changed, the blocks whose observable state
/// changed, the air (rooms and tanks) when it changed, the script runs and the delivered IGC messages.
/// Wall-clock figures are left out, so two runs of the same scenario and seed produce byte-identical traces
/// that can be diffed.
/// </summary>
public sealed class TraceWriter : IDisposable
{
    readonly SimWorld _world;
    readonly TextWriter _out;
    readonly Dictionary<long, string> _lastState = [];
    readonly List<RunRecord> _runs = [];

    public TraceWriter(SimWorld world, TextWriter output)
    {
        _world = world;
        _out = output;
        world.TickCompleted += OnTick;
        world.RunCompleted += _runs.Add;
        world.Igc.KeepLog = true;
        _messagesSeen = world.Igc.Log.Count;
    }

    int _messagesSeen;
    string? _lastAir;

    void OnTick(SimWorld world)
    {
        var changes = new List<(long Id, string State)>();
        foreach (var block in world.Blocks)
        {
            var state = block.DescribeState();
            if (!_lastState.TryGetValue(block.EntityId, out var last) || last != state)
            {
                _lastState[block.EntityId] = state;
                changes.Add((block.EntityId, state));
            }
        }
        var air = world.ExistingAir?.DescribeState();
        var airChanged = air != _lastAir;
        _lastAir = air;
        var messages = world.Igc.Log;
        if (changes.Count == 0 && !airChanged && _runs.Count == 0 && messages.Count == _messagesSeen)
            return;
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("tick", world.Tick);
            if (changes.Count > 0)
            {
                json.WriteStartArray("blocks");
                foreach (var (id, state) in changes)
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", id);
                    json.WriteString("state", state);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            if (airChanged && air != null)
                json.WriteString("air", air);
            if (_runs.Count > 0)
            {
                json.WriteStartArray("runs");
                foreach (var run in _runs)
                {
                    json.WriteStartObject();
                    json.WriteNumber("pb", run.Block);
                    json.WriteString("type", run.UpdateType.ToString());
                    json.WriteString("arg", run.Argument);
                    json.WriteNumber("instructions", run.Instructions);
                    json.WriteString("outcome", run.Outcome);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            if (messages.Count > _messagesSeen)
            {
                json.WriteStartArray("messages");
                for (var i = _messagesSeen; i < messages.Count; i++)
                {
                    var (message, receiver) = messages[i];
                    json.WriteStartObject();
                    json.WriteNumber("from", message.Source);
                    json.WriteNumber("to", receiver);
                    json.WriteString("tag", message.Tag);
                    json.WriteString("data", Convert.ToString(message.Data, System.Globalization.CultureInfo.InvariantCulture));
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                _messagesSeen = messages.Count;
            }
            json.WriteEndObject();
        }
        _out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        _runs.Clear();
    }

    public void Dispose()
    {
        _world.TickCompleted -= OnTick;
        _world.RunCompleted -= _runs.Add;
        _out.Flush();
    }
}
