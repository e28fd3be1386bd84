using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.EmergencyTriage;
using RadAi.Dsl.Samples.EmergencyTriage.Concerns;
using RadAi.Dsl.Tests.Ai;
using RadAi.Dsl.Tests.Json;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Samples.EmergencyTriage;

/// <summary>The second sample's workspace round-trips and its documentation set on disk is well formed.</summary>
public sealed class TriageWorkspaceTests
{
    [Fact]
    public void The_workspace_round_trips_through_JSON_and_the_RadAi_model_loads_back_equal()
    {
        var built = TriageWorkspace.Build();
        var json = WorkspaceJson.Serialize(built, indented: true);

        var read = WorkspaceJson.Deserialize(json);

        Assert.Equal(json, WorkspaceJson.Serialize(read, indented: true));
        RichModel.AssertSame(built.RadAi(), RadAiModel.Load(read));
    }

    [Fact]
    public void The_documentation_set_written_to_disk_is_well_formed_and_its_workspace_json_validates()
    {
        var root = Directory.CreateTempSubdirectory("radai-triage-").FullName;
        try
        {
            new RadAiDocumentation(TriageWorkspace.Build()) { Concerns = TriageConcerns.All }.WriteTo(root);
            var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
            foreach (var md in files.Where(f => f.EndsWith(".md", StringComparison.Ordinal)))
                MarkdownChecks.AssertWellFormed(md, File.ReadAllText(Path.Combine(root, md)), files);
            SchemaValidationTests.AssertValid(File.ReadAllText(Path.Combine(root, "workspace.json")));
            Assert.Contains("compliance/annex-iv-checklist.md", files);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Inspections_flag_the_unstated_version_of_the_vendor_model_and_nothing_as_an_error()
    {
        var report = RadAi.Dsl.Inspections.Inspector.Run(TriageWorkspace.Build());
        Assert.Equal(0, report.Count(RadAi.Dsl.Inspections.InspectionSeverity.Error));
        Assert.Contains(report.Findings, f => f.Rule.Id == "RADAI101" && f.IsActive && f.Message.Contains("Deterioration Early-Warning Model", StringComparison.Ordinal) && f.Message.Contains("version", StringComparison.Ordinal));
    }
}
