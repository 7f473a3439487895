namespace OrderFlow.Tests.Infra;

/// <summary>A temporary folder for probe templates, deleted with its contents when disposed.</summary>
sealed class ScratchFolder : IDisposable
{
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("orderflow-bicep-");

    public string Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => folder.Delete(recursive: true);
}
