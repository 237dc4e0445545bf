namespace Sandbox.Game.Localization
{
    /// <summary>The game's text ids; none is visible to scripts (the listing is empty).</summary>
    public static class MySpaceTexts
    {
    }
}
