using System.Text.RegularExpressions;
using System.Xml.Linq;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Architecture;

/// <summary>Every package the repository uses is in the README's dependency table, with where and why.</summary>
public sealed partial class DependencyTableTests
{
    [Fact]
    public void Every_package_version_that_a_project_references_is_in_the_README_table_with_a_reason()
    {
        var packages = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion").Select(p => p.Attribute("Include")!.Value).ToList();
        var referenced = Directory.EnumerateFiles(RepoPaths.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(p => XDocument.Load(p).Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value))
            .ToHashSet(StringComparer.Ordinal);
        var rows = Rows();

        Assert.NotEmpty(packages);
        foreach (var package in packages.Where(referenced.Contains))
        {
            var row = rows.FirstOrDefault(r => r.Packages.Contains(package));
            Assert.True(row.Packages is not null, $"{package} is referenced but missing from the README's Dependencies table.");
            Assert.True(row.Why.Length > 0, $"{package}: the README's Dependencies table says not why.");
        }
    }

    private static List<(string[] Packages, string Why)> Rows()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = Section().Match(readme);
        Assert.True(section.Success, "README.md has no '## Dependencies' section.");
        return
        [
            .. section.Groups[1].Value.Split('\n')
                .Where(line => line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal))
                .Select(line => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
                .Where(cells => cells.Length == 3)
                .Select(cells => (cells[0].Split(',', StringSplitOptions.TrimEntries), cells[2])),
        ];
    }

    [GeneratedRegex(@"(?ms)^## Dependencies\s*$(.*?)(?=^## )")]
    private static partial Regex Section();
}
