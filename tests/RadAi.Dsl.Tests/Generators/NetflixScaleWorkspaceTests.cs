using RadAi.Dsl;
using RadAi.Dsl.Benchmarks.Generators;

namespace RadAi.Dsl.Tests.Generators;

public class NetflixScaleWorkspaceTests
{
    private static int Size(Workspace workspace) => workspace.Model.Elements.Count + workspace.Model.Relationships.Count;

    [Theory]
    [InlineData(1_000)]
    [InlineData(10_000)]
    public void Same_seed_and_size_give_the_same_JSON_bytes_and_about_the_asked_size(int size)
    {
        var first = NetflixScaleWorkspace.Generate(42, size);
        var second = NetflixScaleWorkspace.Generate(42, size);

        Assert.Equal(WorkspaceJson.SerializeToUtf8Bytes(first), WorkspaceJson.SerializeToUtf8Bytes(second));
        Assert.InRange(Size(first), size * 0.95, size * 1.05);
    }

    [Fact]
    public void Another_seed_gives_another_workspace_of_the_same_shape()
    {
        var a = NetflixScaleWorkspace.Generate(1, 1_000);
        var b = NetflixScaleWorkspace.Generate(2, 1_000);

        Assert.Equal(Size(a), Size(b));
        Assert.NotEqual(WorkspaceJson.Serialize(a), WorkspaceJson.Serialize(b));
    }

    [Fact]
    public void The_workspace_carries_RAD_AI_registers_that_load_back()
    {
        var workspace = NetflixScaleWorkspace.Generate(7, 1_000);
        var ai = workspace.RadAi();
        var domains = workspace.Model.SoftwareSystems.Count;

        Assert.Equal(domains * NetflixScaleWorkspace.ModelsPerDomain, ai.Registry.Models.Count);
        Assert.Equal(domains * NetflixScaleWorkspace.PipelinesPerDomain, ai.Pipelines.Pipelines.Count);
        Assert.Equal(domains, ai.Pipelines.FeatureGroups.Count);
        Assert.Equal(domains, ai.Debt.Items.Count);
        Assert.Equal(domains / 2, ai.QualityScenarios.Scenarios.Count);
        Assert.Equal(ai.Registry.Models.Count, ai.Stereotypes.MlModels.Count);
        Assert.NotEmpty(ai.Stereotypes.Monitors);
        Assert.NotEmpty(ai.Stereotypes.FeatureStores);
        Assert.NotEmpty(workspace.Views.ContainerViews);

        var reloaded = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace)));
        Tests.Ai.RichModel.AssertSame(ai, reloaded);
    }
}
