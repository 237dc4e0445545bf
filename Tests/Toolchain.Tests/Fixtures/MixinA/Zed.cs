// <mdk sortorder="-1" />
using System;

namespace IngameScript
{
    partial class Program
    {
        // MixinA lists Zed.cs before Able.cs: a mixin's files keep their .projitems order. Its sortorder
        // comment sits on a using directive, so it survives namespace removal and moves this file first.
        enum Mode { Idle, Cycling, Fault }

        Mode _mode = Mode.Idle;
    }
}
