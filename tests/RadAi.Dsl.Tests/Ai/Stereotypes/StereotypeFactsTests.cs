using RadAi.Dsl;
using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Tests.Ai.Stereotypes;

public class StereotypeFactsTests
{
    [Fact]
    public void Stereotype_facts_are_stated_on_the_container_which_joins_groups_views_and_suppressions_without_a_cast()
    {
        var workspace = new Workspace("W");
        var platform = workspace.Model.AddSoftwareSystem("Platform");
        Container rec = platform.AddMlModel("Ranker", "Ranks", "PyTorch").WithVersion("v2").WithConfidence(0.5, 0.9);
        Component loop = rec.AddHumanInTheLoop("Review", "Checks low-confidence rankings").WithTrigger("confidence < 0.5");
        rec.Group = "AI Models";
        rec.SuppressInspection("RADAI101", "No metric is published.");
        workspace.Views.CreateContainerView(platform, "containers", "Containers").Add(rec);

        Assert.Equal("v2", rec.Stereotyped<MlModel>()!.Version);
        Assert.Equal("confidence < 0.5", loop.Stereotyped<HumanInTheLoop>()!.Trigger);
        Assert.Equal("No metric is published.", rec.Properties["radai:suppress.RADAI101"]);
    }

    [Fact]
    public void As_a_stereotype_returns_the_element_itself()
    {
        var platform = new Workspace("W").Model.AddSoftwareSystem("Platform");
        var store = platform.AddContainer("Store");

        Assert.Same(store, store.AsFeatureStore().WithFeatureCount(12));
        Assert.Equal(12, store.Stereotyped<FeatureStore>()!.FeatureCount);
    }

    [Fact]
    public void A_fact_on_an_element_without_its_stereotype_is_a_model_exception_naming_the_element_and_the_stereotype()
    {
        var platform = new Workspace("W").Model.AddSoftwareSystem("Platform");
        var search = platform.AddContainer("Search");
        var store = platform.AddFeatureStore("Store");

        var plain = Assert.Throws<ModelException>(() => search.WithVersion("1"));
        var other = Assert.Throws<ModelException>(() => store.Streaming(Freshness.Daily));
        var bare = Assert.Throws<ModelException>(() => search.WithFact("provider", "internal"));

        Assert.Equal("'Search' is not an <<ML Model>>; add it with AddMlModel or call AsMlModel() first.", plain.Message);
        Assert.Equal("'Store' is not a <<Data Pipeline>>; add it with AddDataPipeline or call AsDataPipeline() first.", other.Message);
        Assert.Contains("'Search' carries no stereotype", bare.Message);
        Assert.Null(search.Properties.GetValueOrDefault("radai:ml.version"));
    }
}
