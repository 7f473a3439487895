namespace OrderFlow.DevHost.Discovery;

/// <summary>Start-up fails with every unsupported function and binding listed, so nothing is silently skipped.</summary>
sealed class FunctionDiscoveryException(IReadOnlyList<string> problems)
    : Exception("DevHost cannot serve these functions:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
