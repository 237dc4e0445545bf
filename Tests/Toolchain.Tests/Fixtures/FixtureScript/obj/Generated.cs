namespace IngameScript { partial class Program { int Generated; } }
