// <mdk sortorder="5" />
namespace IngameScript
{
    partial class Program
    {
        // This sortorder comment sits on the namespace, which packing removes: MDK2 never sees it.
        interface IStep
        {
            bool Run(int tick);
        }
    }
}
