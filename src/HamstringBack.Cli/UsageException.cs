namespace HamstringBack.Cli;

/// <summary>The command line was not understood; the program prints the message and the usage, and exits 2.</summary>
public sealed class UsageException(string message) : Exception(message);
