namespace OrderFlow.Tests.Infra;

/// <summary>Paths in the working copy the tests were built from.</summary>
static class RepositoryFiles
{
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrderFlow.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No OrderFlow.sln above {start}.");
    }
}
