namespace IngameScript
{
	// This file is indented with tabs.
	static class Helpers
	{
		public static string Status(int runs)
		{
			return "runs: " + runs;
		}
	}
}
