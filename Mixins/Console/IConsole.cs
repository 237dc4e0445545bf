using System;
using System.Text;
using Sandbox.ModAPI.Ingame;

namespace IngameScript
{
    partial class Program
    {
        public enum LogLevel { Info, Warning, Error }

        // Named status lines and a log, written at Flush(), once at the end of every run. ScriptName tells copies of one
        // script apart (empty when none was given).
        public interface IConsole
        {
            string ScriptName { get; }
            void Log(string message, LogLevel level = LogLevel.Info);
            void SetStatus(string key, string text);
            void ClearStatus(string key);
            void Flush();
        }
    }
}
