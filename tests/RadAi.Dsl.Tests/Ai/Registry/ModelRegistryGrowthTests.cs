using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai.Registry;

/// <summary>A registered model grows one version, baseline, hyperparameter or dataset at a time.</summary>
public class ModelRegistryGrowthTests
{
    private static (Workspace Workspace, Container Model) Registered()
    {
        var workspace = new Workspace("W");
        var model = workspace.Model.AddSoftwareSystem("S").AddMlModel("Ranker", "ranks", "PyTorch").WithVersion("v2");
        workspace.RadAi().Registry.Add(new RegisteredModel
        {
            Id = "MDL-1", Element = model, Name = "Ranker", Task = "ranking", Framework = "PyTorch", Status = ModelStatus.Production,
        });
        return (workspace, model);
    }

    [Fact]
    public void Versions_baselines_hyperparameters_and_datasets_are_added_one_at_a_time_in_order()
    {
        var (workspace, _) = Registered();
        var registry = workspace.RadAi().Registry;
        registry.AddVersion("MDL-1", new ModelVersion("v1") { Status = ModelStatus.Retired });
        registry.AddVersion("MDL-1", new ModelVersion("v2") { Status = ModelStatus.Production });
        registry.AddBaseline("MDL-1", new PerformanceBaseline("NDCG") { Baseline = 0.4 });
        registry.AddHyperparameter("MDL-1", new Hyperparameter("learning rate", "0.001", "stable"));
        var entry = registry.AddTrainingData("MDL-1", new TrainingDataset("clicks", "Kafka"));

        Assert.Same(entry, registry.Find("MDL-1"));
        Assert.Equal(["v1", "v2"], entry.Versions.Select(v => v.Version));
        Assert.Equal("NDCG", Assert.Single(entry.Baselines).Metric);
        Assert.Equal("learning rate", Assert.Single(entry.Hyperparameters).Name);
        Assert.Equal("clicks", Assert.Single(entry.TrainingData).Name);
        Assert.Equal("v2", entry.CurrentVersionEntry?.Version);
    }

    [Fact]
    public void A_model_grown_one_version_at_a_time_is_stored_as_one_built_at_once()
    {
        var (grown, _) = Registered();
        grown.RadAi().Registry.AddVersion("MDL-1", new ModelVersion("v1"));
        grown.RadAi().Registry.AddVersion("MDL-1", new ModelVersion("v2"));
        var (whole, _) = Registered();
        var registry = whole.RadAi().Registry;
        registry.Replace(registry.Find("MDL-1")! with { Versions = [new ModelVersion("v1"), new ModelVersion("v2")] });

        var stored = whole.GetEffectiveProperty(RadAiConvention.RegistryKey);
        Assert.Contains("\"v2\"", stored, StringComparison.Ordinal);
        Assert.Equal(stored, grown.GetEffectiveProperty(RadAiConvention.RegistryKey));
    }

    [Fact]
    public void A_version_the_history_lists_already_is_refused_and_the_entry_is_unchanged()
    {
        var (workspace, _) = Registered();
        var registry = workspace.RadAi().Registry;
        registry.AddVersion("MDL-1", new ModelVersion("v2"));
        var e = Assert.Throws<ModelException>(() => registry.AddVersion("MDL-1", new ModelVersion("v2") { Notes = "again" }));
        Assert.Equal("Model MDL-1 lists version 'v2' twice.", e.Message);
        Assert.Single(registry.Find("MDL-1")!.Versions);
    }

    [Fact]
    public void Growing_a_model_that_is_not_registered_names_the_id()
    {
        var (workspace, _) = Registered();
        var e = Assert.Throws<ModelException>(() => workspace.RadAi().Registry.AddBaseline("MDL-9", new PerformanceBaseline("NDCG")));
        Assert.StartsWith("No model 'MDL-9' in the registry; Add it first.", e.Message, StringComparison.Ordinal);
    }
}
