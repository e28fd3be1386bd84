namespace RadAi.Dsl.Tests.Client.Support;

/// <summary>A fresh folder under the temp directory, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "radai-client-" + Guid.NewGuid().ToString("N"));

    public string[] Files(string pattern = "*") => Directory.Exists(Path) ? [.. Directory.GetFiles(Path, pattern).Order(StringComparer.Ordinal)] : [];

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
