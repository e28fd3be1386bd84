namespace RadAi.Dsl.Cli;

/// <summary>
/// The workspace file a command reads, to make sure none of the files it writes replaces it (<c>radai render
/// docs/workspace.json --output docs</c> would write its own workspace.json over it). Paths are compared in full, with
/// symbolic links resolved as far as they exist, and ignoring case where the file system does.
/// </summary>
internal sealed class InputFile
{
    // as many links as Linux follows in one path (MAXSYMLINKS) before it gives up with ELOOP
    private const int MaxLinks = 40;

    private readonly string _given;
    private readonly string _resolved;
    private readonly StringComparison _comparison;

    public InputFile(string path)
    {
        _given = path;
        _resolved = Resolve(path);
        _comparison = IgnoresCase(_resolved) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    }

    /// <summary>True when the file lies somewhere under <paramref name="directory"/>, so that an output may replace it.</summary>
    public bool IsUnder(string directory)
    {
        var folder = Resolve(directory);
        return _resolved.Length > folder.Length && _resolved.StartsWith(folder, _comparison)
            && (folder.EndsWith(Path.DirectorySeparatorChar) || _resolved[folder.Length] == Path.DirectorySeparatorChar);
    }

    /// <summary>Refuses (as bad input) when writing <paramref name="relativePaths"/> ('/' separated) under <paramref name="directory"/> would replace the file.</summary>
    public void RefuseToBeReplaced(string directory, IEnumerable<string> relativePaths)
    {
        if (!IsUnder(directory)) return;
        foreach (var relative in relativePaths)
        {
            var output = Path.Combine(directory, relative.Replace('/', Path.DirectorySeparatorChar));
            if (string.Equals(Resolve(output), _resolved, _comparison))
                throw new BadInputException($"Writing '{output}' would replace the workspace it reads, '{_given}'. Choose another --output folder, or keep the workspace elsewhere.");
        }
    }

    /// <summary>The full path with every symbolic link in it resolved, as far as the path exists.</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        for (var links = 0; links < MaxLinks; links++)
        {
            var root = Path.GetPathRoot(full)!;
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? target = null;
            var i = 0;
            for (; i < parts.Length; i++)
            {
                var next = Path.Combine(current, parts[i]);
                if (new FileInfo(next).LinkTarget is { } link)
                {
                    target = Path.GetFullPath(link, current);
                    break;
                }
                if (!File.Exists(next) && !Directory.Exists(next)) return Path.Combine([current, .. parts[i..]]);
                current = next;
            }
            if (target is null) return current;
            full = Path.Combine([target, .. parts[(i + 1)..]]);
        }
        return full;
    }

    // The file system ignores case when the file's name with its letters' case swapped names a file too.
    private static bool IgnoresCase(string existingFile)
    {
        var name = Path.GetFileName(existingFile);
        var swapped = new string([.. name.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))]);
        return swapped != name && File.Exists(Path.Combine(Path.GetDirectoryName(existingFile) ?? string.Empty, swapped));
    }
}
