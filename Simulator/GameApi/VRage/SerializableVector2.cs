namespace VRage
{
    /// <summary>A 2D vector in saved form (sprite positions and sizes of serialized sprites).</summary>
    public struct SerializableVector2
    {
        public float X;
        public float Y;

        public SerializableVector2(float x, float y) { X = x; Y = y; }
    }
}
