using System;
using System.Text;
using Sandbox.ModAPI.Ingame;

namespace IngameScript
{
    partial class Program
    {
        public enum LogLevel
        {
            Info,
            Warning,
            Error,
        }

        /// <summary>
        /// Where a script tells the player what it is doing: named status lines that parts of the script own
        /// (the failover manager its role, the airlock controller its summary), and a log. Nothing is written
        /// until <see cref="Flush"/>, which the script calls once at the end of every run.
        /// </summary>
        public interface IConsole
        {
            /// <summary>Adds a line to the log, stamped with game time since the script started.</summary>
            void Log(string message, LogLevel level = LogLevel.Info);

            /// <summary>Sets the status line named <paramref name="key"/>; lines show in the order first set.
            /// Setting the same text again changes nothing.</summary>
            void SetStatus(string key, string text);

            /// <summary>Removes a status line.</summary>
            void ClearStatus(string key);

            /// <summary>Writes what changed to the screens and to Echo. Call once at the end of every run.</summary>
            void Flush();
        }
    }
}
