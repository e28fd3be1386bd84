using System.Text.RegularExpressions;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Architecture;

/// <summary>Every sentence the library writes must fit any AI system: no product of one worked example in its code.</summary>
public partial class LibraryWordingTests
{
    [Fact]
    public void No_line_of_library_code_names_a_product_of_the_worked_example()
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(SourceLayers.SourceRoot, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(SourceLayers.SourceRoot, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                if (!lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal) && ExampleProduct().IsMatch(lines[i]))
                    found.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
        }
        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [GeneratedRegex(@"Netflix|Metaflow|Maestro|Kayenta|ABlaze|Amber Feature|trigger_on_finish")]
    private static partial Regex ExampleProduct();
}
