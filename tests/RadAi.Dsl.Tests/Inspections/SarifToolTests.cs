using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Inspections;

/// <summary>SARIF's tool driver says which library wrote the report: its version and the project's address.</summary>
public sealed partial class SarifToolTests
{
    private static JsonNode Driver(string sarif) => JsonNode.Parse(sarif)!["runs"]![0]!["tool"]!["driver"]!;

    private static string Sarif() => InspectionFormatter.Format(Inspector.Run(InspectionFixtures.Clean().Workspace), InspectionFormat.Sarif);

    [Fact]
    public void The_driver_carries_the_library_version_without_the_commit()
    {
        var informational = typeof(Inspector).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var version = Driver(Sarif())["version"]!.GetValue<string>();

        Assert.Equal(informational.Split('+')[0], version);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", version);
        Assert.Equal(Sarif(), Sarif()); // the same bytes run after run
    }

    [Fact]
    public void The_driver_s_information_URI_is_the_project_URL_of_Directory_Build_props()
    {
        var props = File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        var projectUrl = ProjectUrl().Match(props).Groups[1].Value;

        var driver = Driver(Sarif());

        Assert.Equal(projectUrl, driver["informationUri"]!.GetValue<string>());
        Assert.StartsWith(projectUrl + "/", InspectorOptions.DefaultDocumentation.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void The_driver_with_version_and_information_URI_validates_against_the_SARIF_schema()
        => Assert.Empty(SarifSchema.Errors(Sarif()));

    [GeneratedRegex("<PackageProjectUrl>([^<]+)</PackageProjectUrl>")]
    private static partial Regex ProjectUrl();
}
