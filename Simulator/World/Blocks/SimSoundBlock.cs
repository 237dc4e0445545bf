using System.Globalization;
using System.Text;
using ShipSim.World.Core;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace ShipSim.World.Blocks;

/// <summary>
/// A sound block. It records every Play and Stop (<see cref="Log"/>) so tests can hear an alarm. Sound lengths are
/// unknown to the simulator: a sound plays from Play until Stop or until LoopPeriod seconds have passed, and only
/// while the block works. Any sound id is accepted; <see cref="GetSounds"/> lists a few of the game's alert ids.
/// Ranges (volume 0..1, range 0..500 m, loop period 0..1800 s) and defaults are our choice.
/// </summary>
public sealed class SimSoundBlock : SimFunctionalBlock, IMySoundBlock
{
    static readonly string[] Sounds = ["Alert 1", "Alert 2", "Alert 3", "Enemy Detected", "Objective Complete"];

    float _volume = 1f, _range = 50f, _loop = 10f;
    long _playingUntil = -1;

    public SimSoundBlock(SimGrid grid, string customName) : base(grid, customName)
    {
        BindProperty("VolumeSlider", () => Volume * 100f, v => Volume = v / 100f, 0f, 100f, 100f);
        BindProperty("RangeSlider", () => Range, v => Range = v, 0f, 500f, 50f);
        BindProperty("LoopableSlider", () => LoopPeriod, v => LoopPeriod = v, 0f, 1800f, 1f);
        AddAction("PlaySound", "Play", (b, _) => ((SimSoundBlock)b).Play());
        AddAction("StopSound", "Stop", (b, _) => ((SimSoundBlock)b).Stop());
    }

    public override string DefinitionDisplayNameText => "Sound Block";
    public override string TypeId => "SoundBlock";

    /// <summary>What happened, in order: (tick, "play" or "stop", sound).</summary>
    public List<(long Tick, string What, string Sound)> Log { get; } = [];
    /// <summary>How many times a sound started.</summary>
    public int Plays => Log.Count(e => e.What == "play");

    public float Volume { get => _volume; set => _volume = Clamp(value, 0f, 1f); }
    public float Range { get => _range; set => _range = Clamp(value, 0f, 500f); }
    public float LoopPeriod { get => _loop; set => _loop = Clamp(value, 0f, 1800f); }
    public string SelectedSound { get; set; } = "";
    public bool IsSoundSelected => !string.IsNullOrEmpty(SelectedSound);

    static float Clamp(float value, float min, float max) => float.IsNaN(value) ? min : Math.Clamp(value, min, max);

    public bool IsPlaying => IsWorking && World.Tick < _playingUntil;

    /// <summary>Starts the selected sound; nothing happens unless working with a sound selected.</summary>
    public void Play()
    {
        if (!IsWorking || !IsSoundSelected)
            return;
        _playingUntil = World.Tick + Math.Max(1, (long)Math.Round(_loop * SimWorld.TicksPerSecond));
        Log.Add((World.Tick, "play", SelectedSound));
    }

    public void Stop()
    {
        if (!IsPlaying)
            return;
        _playingUntil = -1;
        Log.Add((World.Tick, "stop", SelectedSound));
    }

    public void GetSounds(List<string> sounds)
    {
        sounds.Clear();
        sounds.AddRange(Sounds);
    }

    protected override void DescribeOwnState(StringBuilder state)
    {
        state.Append(" sound=").Append(SelectedSound);
        state.Append(" volume=").Append(_volume.ToString("0.###", CultureInfo.InvariantCulture));
        state.Append(IsPlaying ? " playing" : " silent");
    }
}
