using System.Collections.Generic;
using Sandbox.ModAPI.Ingame;

namespace SpaceEngineers.Game.ModAPI.Ingame
{
    public interface IMySoundBlock : IMyFunctionalBlock
    {
        float Volume { get; set; }
        /// <summary>Audible range, metres.</summary>
        float Range { get; set; }
        bool IsSoundSelected { get; }
        /// <summary>Loop period of a loopable sound, seconds.</summary>
        float LoopPeriod { get; set; }
        string SelectedSound { get; set; }
        void Play();
        void Stop();
        /// <summary>Fills the list with the sound ids this block can play.</summary>
        void GetSounds(List<string> list);
    }
}
