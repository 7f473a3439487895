namespace OrderFlow.DevHost.Dependencies;

/// <summary>A cross-process lock on a file, held while the returned handle is open.</summary>
static class FileLock
{
    public static async Task<FileStream> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }
}
