using VRageMath;

namespace ShipSim.StandIn.Tests;

/// <summary>
/// VRageMath as scripts use it: the game's axis conventions (right-handed, Forward is -Z, Up is +Y), row vectors
/// transformed by matrices (v * M), quaternions that agree with the matrices, bounds, planes, rays, colours and block
/// directions. The conventions are VRageMath's (XNA's); see Simulator/GameApi/README.md.
/// </summary>
public class VRageMathTests
{
    const double Tolerance = 1e-9;

    static void Near(Vector3D expected, Vector3D actual, double tolerance = Tolerance) =>
        Assert.True(Vector3D.DistanceSquared(expected, actual) < tolerance * tolerance, $"expected {expected}, got {actual}");

    [Fact]
    public void Axes_AreRightHandedWithForwardAlongMinusZ()
    {
        Assert.Equal(new Vector3D(0, 0, -1), Vector3D.Forward);
        Assert.Equal(new Vector3D(0, 1, 0), Vector3D.Up);
        Assert.Equal(new Vector3D(1, 0, 0), Vector3D.Right);
        Assert.Equal(Vector3D.Backward, Vector3D.Cross(Vector3D.Right, Vector3D.Up));
        Assert.Equal(Vector3.Forward, (Vector3)Vector3D.Forward);
        Assert.Equal(new Vector3I(0, 0, -1), Vector3I.Forward);
    }

    [Fact]
    public void Vector3D_Arithmetic_Length_Normalize_Angle_Projection()
    {
        var v = new Vector3D(3, 4, 12);
        Assert.Equal(13, v.Length(), 12);
        Assert.Equal(169, v.LengthSquared(), 12);
        Near(v / 13, Vector3D.Normalize(v));
        Assert.Equal(Math.PI / 2, Vector3D.Angle(Vector3D.Up, Vector3D.Right), 12);
        Assert.Equal(0, Vector3D.Dot(Vector3D.Up, Vector3D.Right), 12);
        Near(new Vector3D(3, 0, 12), Vector3D.ProjectOnPlane(ref v, ref Vector3D.Up));
        Near(new Vector3D(0, 4, 0), Vector3D.ProjectOnVector(ref v, ref Vector3D.Up));
        Near(new Vector3D(3, -4, 12), Vector3D.Reflect(v, Vector3D.Up));
        Assert.Equal(5, Vector3D.Distance(new Vector3D(0, 0, 0), new Vector3D(3, 4, 0)), 12);
        Near(new Vector3D(1.5, 2, 6), Vector3D.Lerp(Vector3D.Zero, v, 0.5));
        Assert.True(Vector3D.IsZero(Vector3D.Zero));
        Assert.True(Vector3D.Normalize(v).IsValid());
    }

    [Fact]
    public void Vector3D_ToStringAndTryParse_RoundTrip()
    {
        var v = new Vector3D(1.5, -2, 1e6);
        Assert.True(Vector3D.TryParse(v.ToString(), out var parsed));
        Assert.Equal(v, parsed);
        Assert.False(Vector3D.TryParse("not a vector", out _));
    }

    [Fact]
    public void MatrixD_RotationsTransformRowVectors()
    {
        // A quarter turn about Up turns Forward to Left: v * RotationY(+90 degrees).
        Near(Vector3D.Left, Vector3D.Transform(Vector3D.Forward, MatrixD.CreateRotationY(Math.PI / 2)));
        Near(Vector3D.Up, Vector3D.Transform(Vector3D.Forward, MatrixD.CreateRotationX(Math.PI / 2)));
        Near(Vector3D.Up, Vector3D.Transform(Vector3D.Right, MatrixD.CreateRotationZ(Math.PI / 2)));
        var yaw = MatrixD.CreateFromYawPitchRoll(Math.PI / 2, 0, 0);
        Near(Vector3D.Left, Vector3D.Transform(Vector3D.Forward, yaw));
        Near(new Vector3D(11, 22, 33), Vector3D.Transform(new Vector3D(1, 2, 3), MatrixD.CreateTranslation(10, 20, 30)));
        Near(new Vector3D(1, 2, 3), Vector3D.TransformNormal(new Vector3D(1, 2, 3), MatrixD.CreateTranslation(10, 20, 30)));
    }

    [Fact]
    public void MatrixD_WorldMatrix_HasItsDirectionsAndInverts()
    {
        var position = new Vector3D(100, -50, 25);
        var forward = Vector3D.Normalize(new Vector3D(1, 0, -1));
        var world = MatrixD.CreateWorld(position, forward, Vector3D.Up);
        Near(forward, world.Forward);
        Near(Vector3D.Up, world.Up);
        Near(Vector3D.Cross(forward, Vector3D.Up), world.Right);
        Near(-forward, world.Backward);
        Assert.Equal(position, world.Translation);

        var inverse = MatrixD.Invert(world);
        var identity = world * inverse;
        for (var row = 0; row < 4; row++)
            for (var col = 0; col < 4; col++)
                Assert.Equal(row == col ? 1 : 0, identity[row, col], 9);
        // The scripts' world-to-local idiom: a world direction into the block's frame with the transposed rotation.
        Near(Vector3D.Forward, Vector3D.TransformNormal(forward, MatrixD.Transpose(world)));
        Near(Vector3D.Zero, Vector3D.Transform(position, inverse));
    }

    [Fact]
    public void QuaternionD_AgreesWithMatrices()
    {
        var q = QuaternionD.CreateFromAxisAngle(Vector3D.Up, Math.PI / 2);
        Near(Vector3D.Left, Vector3D.Transform(Vector3D.Forward, q));
        var fromQ = MatrixD.CreateFromQuaternion(q);
        Near(Vector3D.Left, Vector3D.Transform(Vector3D.Forward, fromQ));
        var back = QuaternionD.CreateFromRotationMatrix(fromQ);
        Near(Vector3D.Transform(Vector3D.Right, q), Vector3D.Transform(Vector3D.Right, back));
        var twice = q * q;
        Near(Vector3D.Backward, Vector3D.Transform(Vector3D.Forward, twice));
        Near(Vector3D.Forward, Vector3D.Transform(Vector3D.Transform(Vector3D.Forward, q), QuaternionD.Inverse(q)));

        var look = QuaternionD.CreateFromForwardUp(Vector3D.Right, Vector3D.Up);
        Near(Vector3D.Right, Vector3D.Transform(Vector3D.Forward, look));

        var single = Quaternion.CreateFromAxisAngle(Vector3.Up, MathHelper.PiOver2);
        var turned = Vector3.Transform(Vector3.Forward, single);
        Assert.True(Vector3.DistanceSquared(Vector3.Left, turned) < 1e-10f);
    }

    [Fact]
    public void Bounds_Planes_Rays()
    {
        var box = new BoundingBoxD(new Vector3D(-1, -1, -1), new Vector3D(1, 1, 1));
        Assert.Equal(ContainmentType.Contains, box.Contains(Vector3D.Zero));
        Assert.Equal(ContainmentType.Disjoint, box.Contains(new Vector3D(2, 0, 0)));
        Assert.Equal(new Vector3D(2, 2, 2), box.Size);
        Assert.True(box.Intersects(new BoundingSphereD(new Vector3D(1.5, 0, 0), 1)));
        Assert.False(box.Intersects(new BoundingSphereD(new Vector3D(3, 0, 0), 1)));

        var hit = new RayD(new Vector3D(-10, 0, 0), Vector3D.Right).Intersects(box);
        Assert.Equal(9, hit!.Value, 9);
        Assert.Null(new RayD(new Vector3D(-10, 5, 0), Vector3D.Right).Intersects(box));

        var sphere = BoundingSphereD.CreateFromBoundingBox(box);
        Assert.Equal(Math.Sqrt(3), sphere.Radius, 9);
        Assert.Equal(ContainmentType.Contains, sphere.Contains(new Vector3D(0.5, 0.5, 0.5)));

        var plane = new PlaneD(Vector3D.Up, -5); // y = 5
        Assert.Equal(-5, plane.DotCoordinate(Vector3D.Zero), 12);
        Assert.Equal(PlaneIntersectionType.Back, plane.Intersects(box));
    }

    [Fact]
    public void MathHelper_AnglesAndClamps()
    {
        Assert.Equal(MathHelper.Pi, MathHelper.ToRadians(180f), 5);
        Assert.Equal(90f, MathHelper.ToDegrees(MathHelper.PiOver2), 4);
        Assert.Equal(-MathHelper.PiOver2, MathHelper.WrapAngle(3 * MathHelper.PiOver2), 5);
        Assert.Equal(1f, MathHelper.Clamp(5f, -1f, 1f));
        Assert.Equal(2.5, MathHelper.Lerp(0.0, 5.0, 0.5), 12);
        Assert.Equal(Math.PI, MathHelperD.ToRadians(180.0), 12);
    }

    [Fact]
    public void Color_ChannelsPackingHsvAndLerp()
    {
        var orange = new Color(255, 128, 0);
        Assert.Equal((byte)255, orange.R);
        Assert.Equal((byte)128, orange.G);
        Assert.Equal((byte)0, orange.B);
        Assert.Equal((byte)255, orange.A);
        Assert.Equal(new Color(255, 0, 0), Color.Red);
        Assert.Equal(new Color(0, 128, 0), Color.Green);
        var half = orange * 0.5f; // every channel scales, alpha too
        Assert.Equal((half.R, half.G, half.B, half.A), ((byte)127, (byte)64, (byte)0, (byte)127));
        var grey = Color.Lerp(Color.Black, Color.White, 0.5f);
        Assert.InRange(grey.R, (byte)127, (byte)128);
        Assert.Equal(Color.White, Color.Lerp(Color.Black, Color.White, 1f));
        var hsv = Color.Red.ColorToHSV();
        Assert.Equal(new Vector3(0, 1, 1), hsv);
        Assert.Equal(Color.Red, hsv.HSVtoColor());
        Assert.Equal(new Vector4(1, 0, 0, 1), Color.Red.ToVector4());
    }

    [Fact]
    public void Base6Directions_AndBlockOrientation()
    {
        Assert.Equal(Vector3.Forward, Base6Directions.GetVector(Base6Directions.Direction.Forward));
        Assert.Equal(Base6Directions.Direction.Backward, Base6Directions.GetFlippedDirection(Base6Directions.Direction.Forward));
        Assert.Equal(Base6Directions.Direction.Up, Base6Directions.GetDirection(Vector3.Up));
        Assert.Equal(Base6Directions.Axis.LeftRight, Base6Directions.GetAxis(Base6Directions.Direction.Right));

        // A block facing Right with Up up: its Forward is the grid's Right, its Left the grid's Forward.
        var orientation = new MyBlockOrientation(Base6Directions.Direction.Right, Base6Directions.Direction.Up);
        Assert.Equal(Base6Directions.Direction.Right, orientation.TransformDirection(Base6Directions.Direction.Forward));
        Assert.Equal(Base6Directions.Direction.Forward, orientation.TransformDirection(Base6Directions.Direction.Left));
        Assert.Equal(Base6Directions.Direction.Left, orientation.TransformDirectionInverse(Base6Directions.Direction.Forward));
        Assert.Equal(Base6Directions.Direction.Forward, orientation.Left);
        Assert.Equal(Base6Directions.Direction.Left, Base6Directions.GetLeft(Base6Directions.Direction.Up, Base6Directions.Direction.Forward));
        Assert.Equal(Base6Directions.Direction.Forward, Base6Directions.GetCross(Base6Directions.Direction.Up, Base6Directions.Direction.Right));
    }

    [Fact]
    public void IntegerRanges_IterateInclusiveXFastest()
    {
        var start = new Vector3I(0, 0, 0);
        var end = new Vector3I(1, 1, 1);
        var visited = new List<Vector3I>();
        for (var it = new Vector3I_RangeIterator(ref start, ref end); it.IsValid(); it.MoveNext())
            visited.Add(it.Current);
        Assert.Equal(8, visited.Count);
        Assert.Equal([new(0, 0, 0), new(1, 0, 0), new(0, 1, 0), new(1, 1, 0)], visited.Take(4));
        Assert.Equal(visited, BoundingBoxI.EnumeratePoints(new BoundingBoxI(start, end)));

        var box = BoundingBoxI.CreateInvalid();
        Assert.False(box.IsValid);
        box = box.Include(new Vector3I(2, -1, 0)).Include(new Vector3I(-2, 3, 4));
        Assert.Equal(new BoundingBoxI(new Vector3I(-2, -1, 0), new Vector3I(2, 3, 4)), box);
        Assert.Equal(new Vector3I(4, 4, 4), box.Size);
        Assert.Equal(64f, box.Volume());
        Assert.Equal(ContainmentType.Contains, box.Contains(box.Max)); // inclusive
        Assert.Equal(ContainmentType.Disjoint, box.Contains(new Vector3I(3, 0, 0)));
        Assert.Equal(ContainmentType.Intersects, box.Contains(new BoundingBoxI(new Vector3I(0), new Vector3I(5))));
        Assert.Equal(1f, box.Distance(new Vector3I(3, 0, 0)));
    }
}
