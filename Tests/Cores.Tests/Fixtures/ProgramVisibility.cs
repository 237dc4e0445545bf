namespace IngameScript;

// Script code nests everything in `partial class Program`; this part makes it public so that the tests' theories may
// take the cores' enums as parameters.
public partial class Program;
