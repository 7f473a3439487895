namespace OrderFlow.DevHost.Dependencies;

/// <summary>
/// Where DevHost keeps local state: the repository root (for package.json and the tool manifest) and the
/// git-ignored ".orderflow" folder under it (Azurite data, keys, child process IDs).
/// </summary>
sealed record LocalState(string RepositoryRoot, string Directory)
{
    const string Marker = "OrderFlow.sln";

    public static LocalState Resolve(IConfiguration configuration)
    {
        var root = configuration["DevHost:RepositoryRoot"] ?? FindRoot(Environment.CurrentDirectory) ?? FindRoot(AppContext.BaseDirectory)
            ?? throw new DependencyMissingException($"Cannot find the OrderFlow repository ({Marker}) above the current folder: run DevHost from inside the clone or set DevHost__RepositoryRoot.");
        var directory = configuration["DevHost:StateDirectory"] ?? Path.Combine(root, ".orderflow");
        System.IO.Directory.CreateDirectory(directory);
        return new LocalState(root, directory);
    }

    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>This state folder's DevHost as one instance of the app (the Functions host's instance ID), stable across restarts.</summary>
    public string InstanceId => new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(Directory))).AsSpan(0, 16)).ToString();

    static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
