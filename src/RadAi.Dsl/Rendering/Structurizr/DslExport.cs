using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The result of <see cref="StructurizrDslExporter.Export"/>: <c>workspace.dsl</c> plus the documentation and
/// decision files it references with <c>!docs</c> and <c>!adrs</c>, as relative paths (always '/') to UTF-8 text.
/// </summary>
public sealed class DslExport
{
    /// <summary>The name of the DSL file inside <see cref="Files"/>.</summary>
    public const string WorkspaceFileName = "workspace.dsl";

    internal DslExport(SortedDictionary<string, string> files) => Files = files;

    /// <summary>Every file, keyed by relative path ('/' separated), in ordinal path order.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>The text of <c>workspace.dsl</c>.</summary>
    public string Workspace => Files[WorkspaceFileName];

    /// <summary>Writes every file under <paramref name="directory"/> (created when missing) as UTF-8 without BOM.</summary>
    /// <example><code>StructurizrDslExporter.Export(workspace).WriteTo("out/dsl");</code></example>
    public void WriteTo(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        foreach (var (path, content) in Files)
        {
            var target = Path.Combine(directory, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, content, new UTF8Encoding(false));
        }
    }
}
