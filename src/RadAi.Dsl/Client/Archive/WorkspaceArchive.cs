using System.Globalization;

namespace RadAi.Dsl.Client;

/// <summary>
/// Keeps a copy of every workspace pushed or pulled, and of every local file a pull replaced:
/// <c>workspace-{id}[-{branch}]-{yyyyMMdd'T'HHmmssfff'Z'}-{pushed|pulled|replaced}.json</c>
/// in the archive folder, never overwriting a file (a clash gets <c>-2</c>, <c>-3</c>, …).
/// </summary>
internal sealed class WorkspaceArchive(StructurizrClientOptions options, TimeProvider time)
{
    /// <summary>Saves the bytes and returns the full path, or null when archiving is off.</summary>
    /// <exception cref="StructurizrConfigurationException">The file could not be written (e.g. the folder is a file); the message names the folder.</exception>
    public string? Save(string? branch, ReadOnlySpan<byte> json, ArchiveDirection direction)
    {
        if (!options.ArchiveEnabled) return null;
        var folder = Path.GetFullPath(options.ArchiveDirectory);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var stem = $"workspace-{options.WorkspaceId.ToString(CultureInfo.InvariantCulture)}{(branch is null ? string.Empty : "-" + branch)}-{stamp}-{Word(direction)}";
        try
        {
            Directory.CreateDirectory(folder);
            for (var n = 1; n <= 1000; n++)
            {
                var path = Path.Combine(folder, stem + (n == 1 ? string.Empty : "-" + n.ToString(CultureInfo.InvariantCulture)) + ".json");
                try
                {
                    // CreateNew: an existing archive file is never replaced.
                    using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                    stream.Write(json);
                    stream.Flush(flushToDisk: true);
                    return path;
                }
                catch (IOException) when (File.Exists(path))
                {
                    // taken: try the next suffix
                }
            }
            throw new IOException("1000 archive files with the same time stamp already exist.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StructurizrConfigurationException(
                nameof(StructurizrClientOptions.ArchiveDirectory),
                $"Could not archive the {Word(direction)} workspace {options.WorkspaceId} to '{folder}': {FileSystemWords.WhyNotWritten(folder, e)}. Fix the folder's permissions (or remove a file of that name), choose another ArchiveDirectory, or turn ArchiveEnabled off.",
                e);
        }
    }

    private static string Word(ArchiveDirection direction) => direction switch
    {
        ArchiveDirection.Pushed => "pushed",
        ArchiveDirection.Pulled => "pulled",
        _ => "replaced",
    };
}
