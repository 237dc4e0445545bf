using System;

namespace VRageMath
{
    /// <summary>The six axis directions of a grid and the helpers that map between them, vectors and rotations.</summary>
    public class Base6Directions
    {
        public enum Direction : byte
        {
            Forward = 0,
            Backward = 1,
            Left = 2,
            Right = 3,
            Up = 4,
            Down = 5,
        }

        [Flags]
        public enum DirectionFlags : byte
        {
            Forward = 1 << Direction.Forward,
            Backward = 1 << Direction.Backward,
            Left = 1 << Direction.Left,
            Right = 1 << Direction.Right,
            Up = 1 << Direction.Up,
            Down = 1 << Direction.Down,
            All = Forward | Backward | Left | Right | Up | Down,
        }

        public enum Axis : byte
        {
            ForwardBackward = 0,
            LeftRight = 1,
            UpDown = 2,
        }

        public static readonly Direction[] EnumDirections = { Direction.Forward, Direction.Backward, Direction.Left, Direction.Right, Direction.Up, Direction.Down };
        public static readonly Vector3[] Directions = { Vector3.Forward, Vector3.Backward, Vector3.Left, Vector3.Right, Vector3.Up, Vector3.Down };
        public static readonly Vector3I[] IntDirections = { Vector3I.Forward, Vector3I.Backward, Vector3I.Left, Vector3I.Right, Vector3I.Up, Vector3I.Down };

        protected Base6Directions() { }

        public static bool IsValidBlockOrientation(Direction forward, Direction up) =>
            forward <= Direction.Down && up <= Direction.Down && GetAxis(forward) != GetAxis(up);
        public static Axis GetAxis(Direction direction)
        {
            switch (direction)
            {
                case Direction.Forward:
                case Direction.Backward: return Axis.ForwardBackward;
                case Direction.Left:
                case Direction.Right: return Axis.LeftRight;
                default: return Axis.UpDown;
            }
        }
        public static Direction GetBaseAxisDirection(Axis axis) =>
            axis == Axis.ForwardBackward ? Direction.Backward : axis == Axis.LeftRight ? Direction.Right : Direction.Up;
        public static Direction GetFlippedDirection(Direction toFlip) => (Direction)((int)toFlip ^ 1);
        public static Direction GetOppositeDirection(Direction dir) => GetFlippedDirection(dir);
        public static DirectionFlags GetDirectionFlag(Direction dir) => (DirectionFlags)(1 << (int)dir);
        /// <summary>A direction perpendicular to <paramref name="dir"/>.</summary>
        public static Direction GetPerpendicular(Direction dir) => GetAxis(dir) == Axis.UpDown ? Direction.Right : Direction.Up;

        public static Vector3 GetVector(int direction) => Directions[direction % 6];
        public static Vector3 GetVector(Direction dir) => Directions[(int)dir];
        public static void GetVector(Direction dir, out Vector3 result) => result = Directions[(int)dir];
        public static Vector3I GetIntVector(int direction) => IntDirections[direction % 6];
        public static Vector3I GetIntVector(Direction dir) => IntDirections[(int)dir];

        public static Direction GetCross(Direction dir1, Direction dir2) => GetDirection(Vector3I.Round(Vector3.Cross(GetVector(dir1), GetVector(dir2))));
        /// <summary>The Left of a block whose Up and Forward are given.</summary>
        public static Direction GetLeft(Direction up, Direction forward) => GetCross(up, forward);

        public static bool IsBaseDirection(Vector3 vec) => IsBaseDirection(ref vec);
        public static bool IsBaseDirection(ref Vector3 vec) =>
            vec.X * vec.X + vec.Y * vec.Y + vec.Z * vec.Z - 1 == 0 && (vec.X == 0 ? 1 : 0) + (vec.Y == 0 ? 1 : 0) + (vec.Z == 0 ? 1 : 0) == 2;
        public static bool IsBaseDirection(ref Vector3I vec) => vec.RectangularLength() == 1;

        /// <summary>The direction of a base vector (exact); other vectors give the closest.</summary>
        public static Direction GetDirection(Vector3 vec) => GetClosestDirection(ref vec);
        public static Direction GetDirection(ref Vector3 vec) => GetClosestDirection(ref vec);
        public static Direction GetDirection(Vector3I vec) => GetDirection(ref vec);
        public static Direction GetDirection(ref Vector3I vec)
        {
            Vector3 v = vec;
            return GetClosestDirection(ref v);
        }

        public static Direction GetClosestDirection(Vector3 vec) => GetClosestDirection(ref vec);
        public static Direction GetClosestDirection(ref Vector3 vec)
        {
            float x = Math.Abs(vec.X), y = Math.Abs(vec.Y), z = Math.Abs(vec.Z);
            if (x >= y && x >= z)
                return vec.X >= 0 ? Direction.Right : Direction.Left;
            if (y >= z)
                return vec.Y >= 0 ? Direction.Up : Direction.Down;
            return vec.Z >= 0 ? Direction.Backward : Direction.Forward;
        }

        public static Direction GetDirectionInAxis(Vector3 vec, Axis axis) => GetDirectionInAxis(ref vec, axis);
        public static Direction GetDirectionInAxis(ref Vector3 vec, Axis axis)
        {
            var positive = GetBaseAxisDirection(axis);
            return Vector3.Dot(vec, GetVector(positive)) >= 0 ? positive : GetFlippedDirection(positive);
        }

        public static Direction GetForward(Quaternion rot) => GetForward(ref rot);
        public static Direction GetForward(ref Quaternion rot) => GetClosestDirection(Vector3.Transform(Vector3.Forward, rot));
        public static Direction GetForward(ref Matrix rotation) => GetClosestDirection(rotation.Forward);
        public static Direction GetUp(Quaternion rot) => GetUp(ref rot);
        public static Direction GetUp(ref Quaternion rot) => GetClosestDirection(Vector3.Transform(Vector3.Up, rot));
        public static Direction GetUp(ref Matrix rotation) => GetClosestDirection(rotation.Up);

        public static Quaternion GetOrientation(Direction forward, Direction up) =>
            Quaternion.CreateFromForwardUp(GetVector(forward), GetVector(up));
    }

    /// <summary>A block's orientation on its grid: which grid directions its Forward and Up point to.</summary>
    public struct MyBlockOrientation
    {
        public static readonly MyBlockOrientation Identity = new MyBlockOrientation(Base6Directions.Direction.Forward, Base6Directions.Direction.Up);

        public Base6Directions.Direction Forward;
        public Base6Directions.Direction Up;

        public MyBlockOrientation(Base6Directions.Direction forward, Base6Directions.Direction up) { Forward = forward; Up = up; }
        public MyBlockOrientation(ref Quaternion q) { Forward = Base6Directions.GetForward(ref q); Up = Base6Directions.GetUp(ref q); }
        public MyBlockOrientation(ref Matrix m) { Forward = Base6Directions.GetForward(ref m); Up = Base6Directions.GetUp(ref m); }

        public Base6Directions.Direction Left => Base6Directions.GetLeft(Up, Forward);
        public bool IsValid => Base6Directions.IsValidBlockOrientation(Forward, Up);

        /// <summary>The rotation matrix that turns block-local directions into grid directions.</summary>
        public void GetMatrix(out Matrix result)
        {
            var forward = Base6Directions.GetVector(Forward);
            var up = Base6Directions.GetVector(Up);
            result = Matrix.CreateWorld(Vector3.Zero, forward, up);
        }

        public void GetQuaternion(out Quaternion result) => result = Base6Directions.GetOrientation(Forward, Up);

        /// <summary>The grid direction a block-local direction points to.</summary>
        public Base6Directions.Direction TransformDirection(Base6Directions.Direction baseDirection)
        {
            Matrix m;
            GetMatrix(out m);
            return Base6Directions.GetClosestDirection(Vector3.TransformNormal(Base6Directions.GetVector(baseDirection), m));
        }

        /// <summary>The block-local direction that points to a grid direction.</summary>
        public Base6Directions.Direction TransformDirectionInverse(Base6Directions.Direction baseDirection)
        {
            Matrix m;
            GetMatrix(out m);
            return Base6Directions.GetClosestDirection(Vector3.TransformNormal(Base6Directions.GetVector(baseDirection), Matrix.Transpose(m)));
        }

        public static bool operator ==(MyBlockOrientation a, MyBlockOrientation b) => a.Forward == b.Forward && a.Up == b.Up;
        public static bool operator !=(MyBlockOrientation a, MyBlockOrientation b) => !(a == b);
        public override bool Equals(object obj) => obj is MyBlockOrientation o && this == o;
        public override int GetHashCode() => (int)Forward << 16 | (int)Up;
        public override string ToString() => "[Forward:" + Forward + ", Up:" + Up + "]";
    }
}
