using System.Text.RegularExpressions;

namespace RadAi.Dsl.Tests.Support;

/// <summary>
/// The layer of each type of the library, read from the folder of the file that declares it. Public types share a
/// few namespaces (one <c>using RadAi.Dsl;</c> authors a system), so the folders, not the namespaces, hold the layers
/// of ../shared/DESIGN.md: <c>C4</c>, <c>Json</c>, <c>Ai</c>, <c>Analysis</c>, <c>Rendering</c>, <c>Inspections</c>, <c>Client</c>
/// (and the root for the few types every layer may use).
/// </summary>
internal static partial class SourceLayers
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> LayerByName = new(Read);

    /// <summary>The library's source folder.</summary>
    public static string SourceRoot => Path.Combine(RepoPaths.Root, "src", "RadAi.Dsl");

    /// <summary>The layer (first folder under src/RadAi.Dsl, or "" for the root) of a type; null when not found.</summary>
    public static string? LayerOf(Type type) => FolderOf(type) is { } folder ? FirstSegment(folder) : null;

    /// <summary>The folder under src/RadAi.Dsl ("Analysis/Concerns") of a type; null when not found.</summary>
    public static string? FolderOf(Type type)
    {
        var outer = type;
        while (outer.DeclaringType is not null) outer = outer.DeclaringType;
        return FolderOf(outer.Name);
    }

    /// <summary>The folder of a top-level type by its metadata name ("EquatableList`1" reads as "EquatableList").</summary>
    public static string? FolderOf(string metadataName)
    {
        var tick = metadataName.IndexOf('`', StringComparison.Ordinal);
        return LayerByName.Value.GetValueOrDefault(tick >= 0 ? metadataName[..tick] : metadataName);
    }

    /// <summary>Whether a folder is <paramref name="folder"/> or lies below it.</summary>
    public static bool IsIn(string? actual, string folder)
        => actual is not null && (actual == folder || actual.StartsWith(folder + "/", StringComparison.Ordinal));

    /// <summary>The full names of the library's top-level types declared in a folder or below it.</summary>
    public static string[] TypeNamesIn(System.Reflection.Assembly library, string folder)
        => [.. library.GetTypes().Where(t => t.DeclaringType is null && IsIn(FolderOf(t), folder)).Select(t => t.FullName!)];

    private static string FirstSegment(string folder) => folder.IndexOf('/', StringComparison.Ordinal) is var i and >= 0 ? folder[..i] : folder;

    private static Dictionary<string, string> Read()
    {
        var layers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(SourceRoot, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)) continue;
            var slash = relative.LastIndexOf('/');
            var layer = slash < 0 ? string.Empty : relative[..slash];
            foreach (Match m in Declaration().Matches(File.ReadAllText(file)))
                layers.TryAdd(m.Groups["name"].Value, layer);
        }
        return layers;
    }

    // Top-level declarations start at the beginning of a line (file-scoped namespaces): nested types are indented.
    [GeneratedRegex(@"^(?:(?:public|internal|sealed|static|abstract|readonly|partial|file)\s+)*(?:record\s+struct|record|class|struct|interface|enum)\s+(?<name>[A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex Declaration();
}
