using System;

namespace IngameScript
{
    // A type outside Program: packed after Program's closing brace.
    class Logger
    {
        public void Write(Action<string> echo, string text)
        {
            echo(text);
        }
    }
}
