using System.Text;

namespace RadAi.Dsl.Tests.Support;

/// <summary>
/// Hand-kept snapshot files (Verify is not available here). Expected files live under
/// tests/RadAi.Dsl.Tests/Snapshots/. Set UPDATE_SNAPSHOTS=1 to rewrite them (ignored when CI=true);
/// a missing expected file always fails, and the diff is reviewed with git.
/// </summary>
internal static class Snapshot
{
    public static string Folder => Path.Combine(RepoPaths.TestProject, "Snapshots");

    private static bool Updating =>
        Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") is "1" or "true"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Compares <paramref name="actual"/> with Snapshots/<paramref name="name"/>.</summary>
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || File.ReadAllText(path) != actual)
                File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }
        if (!File.Exists(path))
            Assert.Fail($"Snapshot {path} does not exist. Run the tests with UPDATE_SNAPSHOTS=1 (not in CI), review the new file and commit it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            var received = path + ".received" + Path.GetExtension(path);
            File.WriteAllText(received, actual, new UTF8Encoding(false));
            Assert.Fail($"Snapshot {name} differs at {FirstDifference(expected, actual)}. Actual output written to {received}; " +
                        "if the change is intended, run with UPDATE_SNAPSHOTS=1 and review the diff.");
        }
    }

    /// <summary>Compares every file of a folder with Snapshots/<paramref name="name"/>/ (extra and missing files fail).</summary>
    public static void MatchFolder(string name, string actualFolder)
    {
        var expectedFolder = Path.Combine(Folder, name);
        var actualFiles = Directory.GetFiles(actualFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(actualFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        if (Updating && Directory.Exists(expectedFolder))
        {
            foreach (var stale in Directory.GetFiles(expectedFolder, "*", SearchOption.AllDirectories))
                if (!actualFiles.Contains(Path.GetRelativePath(expectedFolder, stale).Replace('\\', '/'))) File.Delete(stale);
        }
        if (!Updating && Directory.Exists(expectedFolder))
        {
            var expectedFiles = Directory.GetFiles(expectedFolder, "*", SearchOption.AllDirectories)
                .Where(f => !f.Contains(".received.", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(expectedFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expectedFiles, actualFiles);
        }
        foreach (var file in actualFiles)
            Match(name + "/" + file, File.ReadAllText(Path.Combine(actualFolder, file)));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var line = 1;
        for (var i = 0; i < Math.Min(expected.Length, actual.Length); i++)
        {
            if (expected[i] != actual[i]) return $"line {line}";
            if (expected[i] == '\n') line++;
        }
        return $"line {line} (one is a prefix of the other)";
    }
}
