using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Ai.Open;

public class ConventionVersionTests
{
    // Written by the library before convention version 2 (the rich model's workspace at that time).
    private static string Version1Text => File.ReadAllText(Path.Combine(RepoPaths.TestProject, "Ai", "Fixtures", "version-1-workspace.json"));

    [Fact]
    public void A_version_1_workspace_reads_and_writes_back_unchanged()
    {
        var workspace = WorkspaceJson.Deserialize(Version1Text);
        var ai = RadAiModel.Load(workspace);

        Assert.Equal("1", ai.ConventionVersion);
        RichModel.AssertSame(RichModel.Build().RadAi(), ai);
        Assert.Equal(Version1Text.TrimEnd(), WorkspaceJson.Serialize(workspace, indented: true).TrimEnd());
    }

    [Fact]
    public void A_version_1_workspace_records_have_no_extra_facts_and_no_user_sections()
    {
        var ai = RadAiModel.Load(WorkspaceJson.Deserialize(Version1Text));

        Assert.All(ai.Debt.Items, i => Assert.Empty(i.ExtraFacts));
        Assert.Equal(0, ai.Sections.Count);
        Assert.Empty(ai.BoundaryDelineation.KeyMetrics);
    }

    [Fact]
    public void A_workspace_the_library_writes_now_follows_version_2()
    {
        var workspace = OpenRecordsModel.Build();

        Assert.Equal("2", workspace.Properties[RadAiConvention.VersionKey]);
    }

    [Fact]
    public void A_workspace_of_a_later_version_is_refused_naming_the_versions_read()
    {
        var workspace = OpenRecordsModel.Build();
        workspace.Properties.Set(RadAiConvention.VersionKey, "3");
        var copy = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace));

        var error = Assert.Throws<RadAiConventionException>(() => RadAiModel.Load(copy));

        Assert.Contains("version 3; this library reads versions 1 and 2", error.Message);
    }
}
