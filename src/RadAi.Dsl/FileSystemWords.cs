namespace RadAi.Dsl;

/// <summary>
/// Why a file could not be read or written, in the user's terms ("it is a directory", "'out' is a file, not a folder",
/// "permission denied") instead of the runtime's ("Access to the path … is denied" for a directory, "Could not find a
/// part of the path '…/out/adrs'" for a folder that is a file). Used where the library reads or writes files, and by
/// the radai tool for its output folders. The reasons carry no final period: callers put them inside a sentence.
/// </summary>
internal static class FileSystemWords
{
    /// <summary>Why the file <paramref name="path"/> could not be read.</summary>
    public static string WhyNotRead(string path, Exception e)
    {
        if (Directory.Exists(path)) return "it is a directory, not a file";
        if (FileInTheWay(Path.GetDirectoryName(Path.GetFullPath(path))) is { } file) return $"'{file}' is a file, not a folder";
        return e switch
        {
            FileNotFoundException or DirectoryNotFoundException => "there is no such file",
            UnauthorizedAccessException => "permission denied: you may not read it",
            PathTooLongException => "the path is too long",
            _ => Sentence(e.Message),
        };
    }

    /// <summary>Why files could not be written into the folder <paramref name="directory"/> (or created there).</summary>
    public static string WhyNotWritten(string directory, Exception e)
    {
        if (FileInTheWay(directory) is { } file)
            return $"'{(Path.GetFullPath(file) == Path.GetFullPath(directory) ? directory : file)}' is a file, not a folder";
        return e switch
        {
            UnauthorizedAccessException => "permission denied: you may not write there",
            PathTooLongException => "the path is too long",
            DirectoryNotFoundException => "a folder on the path does not exist and could not be created",
            _ => Sentence(e.Message),
        };
    }

    // The nearest existing entry on the way up from the path, when it is a file: nothing can be created below it.
    private static string? FileInTheWay(string? path)
    {
        for (var p = path; !string.IsNullOrEmpty(p); p = Path.GetDirectoryName(p))
        {
            if (Directory.Exists(p)) return null;
            if (File.Exists(p)) return p;
        }
        return null;
    }

    private static string Sentence(string message) => message.TrimEnd().TrimEnd('.');
}
