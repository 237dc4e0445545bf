namespace ShipSim.Toolchain.Packing;

/// <summary>The project cannot be packed; the message says where and why.</summary>
public sealed class PackException(string message) : Exception(message);
