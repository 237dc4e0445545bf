using System;

namespace VRage.Game.ModAPI.Ingame.Utilities
{
    /// <summary>The outcome of <see cref="MyIni.TryParse(string, out MyIniParseResult)"/>.</summary>
    public struct MyIniParseResult : IEquatable<MyIniParseResult>
    {
        // 0 = undefined (default struct), 1 = success, 2 = failure.
        private readonly int _state;
        private readonly int _lineNo;

        /// <summary>A description of the error; null when no error occurred.</summary>
        public readonly string Error;

        private MyIniParseResult(int state, int lineNo, string error)
        {
            _state = state;
            _lineNo = lineNo;
            Error = error;
        }

        internal static MyIniParseResult Ok() => new MyIniParseResult(1, 0, null);

        internal static MyIniParseResult Fail(int lineNo, string error) => new MyIniParseResult(2, lineNo, error);

        /// <summary>Whether <see cref="Success"/> holds any meaning (false for the default value).</summary>
        public bool IsDefined => _state != 0;

        /// <summary>The (1-based) line number where the error occurred; 0 on success.</summary>
        public int LineNo => _lineNo;

        public bool Success => _state == 1;

        public bool Equals(MyIniParseResult other) =>
            _state == other._state && _lineNo == other._lineNo && string.Equals(Error, other.Error, StringComparison.Ordinal);

        public override bool Equals(object obj) => obj is MyIniParseResult r && Equals(r);

        public override int GetHashCode() =>
            (_state * 397 ^ _lineNo) * 397 ^ (Error == null ? 0 : StringComparer.Ordinal.GetHashCode(Error));

        /// <summary>"Line N: Error" for a failure; "Success" for a success; "" when undefined.</summary>
        public override string ToString()
        {
            if (_state == 0) return "";
            if (_state == 1) return "Success";
            return "Line " + _lineNo + ": " + Error;
        }
    }
}
