using System.Collections.Generic;

namespace IngameScript
{
    partial class Program
    {
        // From a mixin (shared project).
        readonly Counter _counter = new Counter();

        public class Counter
        {
            public int Total { get; private set; }

            public void Add(int n)
            {
                Total += n;
            }
        }
    }
}
