// <mdk sortorder="-10" />
namespace IngameScript
{
    partial class Program
    {
        /// <summary>Sorted first by its mdk sortorder.</summary>
        const string Version = "1.0";
    }
}
