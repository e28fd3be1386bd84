using System.Text;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

/// <summary>
/// DIAGRAM_CHECK_OUT=dir keeps the diagrams of the diagram tests for the real parsers:
/// <c>bash tools/mermaid-check/run.sh dir</c> (the .mmd files and the documents' Mermaid blocks) and
/// <c>bash tools/plantuml-check/check.sh dir</c>.
/// </summary>
internal static class DiagramCheckOutput
{
    private static string? Folder => Environment.GetEnvironmentVariable("DIAGRAM_CHECK_OUT") is { Length: > 0 } folder ? folder : null;

    /// <summary>Writes each diagram as <c>dir/&lt;test&gt;/&lt;n&gt;&lt;extension&gt;</c> (view keys may not be file names).</summary>
    public static void Keep(string test, string extension, IReadOnlyList<ExportedDiagram> diagrams)
    {
        if (Folder is not { } folder) return;
        var directory = Path.Combine(folder, test);
        Directory.CreateDirectory(directory);
        for (var i = 0; i < diagrams.Count; i++)
            File.WriteAllText(Path.Combine(directory, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + extension), diagrams[i].Definition, new UTF8Encoding(false));
    }

    /// <summary>Writes a generated document as <c>dir/&lt;test&gt;/&lt;its path&gt;</c>.</summary>
    public static void Keep(string test, string path, string content)
    {
        if (Folder is not { } folder) return;
        var file = Path.Combine(folder, test, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content, new UTF8Encoding(false));
    }
}
