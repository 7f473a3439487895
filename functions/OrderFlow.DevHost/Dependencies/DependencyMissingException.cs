namespace OrderFlow.DevHost.Dependencies;

/// <summary>A tool DevHost needs is missing; the message is one line saying what to install.</summary>
sealed class DependencyMissingException(string message) : Exception(message);
