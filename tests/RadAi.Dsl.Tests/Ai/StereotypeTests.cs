using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

public class StereotypeTests
{
    [Fact]
    public void Adding_an_ml_model_tags_it_stores_typed_properties_and_styles_it()
    {
        var workspace = new Workspace("W");
        var platform = workspace.Model.AddSoftwareSystem("Platform");
        var rec = platform.AddMlModel("Recommendation Models", "Ensemble", "PyTorch")
            .WithVersion("12.4").WithPrimaryMetric("NDCG", "0.41").WithConfidence(0.60, 0.98).WithLatency(TimeSpan.FromMilliseconds(250), 95);

        Assert.True(rec.Tags.Contains("ML Model"));
        Assert.Equal("12.4", rec.Properties["radai:ml.version"]);
        Assert.Equal("0.60–0.98", rec.Properties["radai:ml.confidence"]);
        Assert.Equal("P95 < 250 ms", rec.Properties["radai:ml.latency"]);
        Assert.Equal(new ConfidenceRange(0.6, 0.98), rec.Stereotyped<MlModel>()!.Confidence);
        Assert.Equal(TimeSpan.FromMilliseconds(250), rec.Stereotyped<MlModel>()!.Latency!.Limit);
        Assert.Empty(rec.Stereotyped()!.MissingProperties);
        var style = workspace.Views.Configuration.Styles.GetElementStyle("ML Model");
        Assert.NotNull(style);
        Assert.Equal(Shape.RoundedBox, style.Shape);
        Assert.Equal(RadAiConvention.CurrentVersion, workspace.Properties[RadAiConvention.VersionKey]);
    }

    [Fact]
    public void Each_built_in_stereotype_has_a_distinct_shape_and_colour()
    {
        Assert.Equal(5, Stereotype.BuiltIn.Select(s => s.Shape).Distinct().Count());
        Assert.Equal(5, Stereotype.BuiltIn.Select(s => s.Background).Distinct().Count());
        Assert.Equal(["ML", "DP", "FS", "MON", "HITL"], Stereotype.BuiltIn.Select(s => s.Label));
    }

    [Fact]
    public void Custom_stereotypes_flow_like_the_built_in_five()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("Assistant");
        var ai = workspace.RadAi();
        var llm = ai.Stereotypes.Register(new Stereotype("LLM", "LLM")
        {
            Description = "Hosted large language model",
            RequiredProperties = [new("provider", "Who hosts it"), new("contextWindow", "Tokens per request")],
            Shape = Shape.Hexagon, Background = "#d1c4e9",
        });
        var chat = system.AddStereotyped(llm, "Chat Model", "Answers questions").WithFact("provider", "Azure OpenAI");

        Assert.True(chat.Tags.Contains("LLM"));
        Assert.Equal("Azure OpenAI", chat.Properties["radai:llm.provider"]);
        Assert.Equal("[LLM]", chat.Stereotyped()!.Stereotype.BracketLabel);
        Assert.Equal(["contextWindow"], chat.Stereotyped()!.MissingProperties.Select(p => p.Key));
        Assert.Equal(Shape.Hexagon, workspace.Views.Configuration.Styles.GetElementStyle("LLM")!.Shape);

        var loaded = RadAiModel.Load(workspace);
        Assert.Equal(llm, loaded.Stereotypes.Find("LLM"));
        Assert.Equal([chat.Stereotyped()!], loaded.Stereotypes.FindAll(llm));
    }

    [Fact]
    public void Stereotyping_an_element_twice_with_different_stereotypes_is_refused()
    {
        var workspace = new Workspace("W");
        var c = workspace.Model.AddSoftwareSystem("S").AddContainer("Amber");
        c.AsFeatureStore();
        var e = Assert.Throws<ModelException>(() => c.AsMlModel());
        Assert.Contains("'Amber' already has stereotype 'Feature Store'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_stereotype_values_name_the_culprit()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        Assert.Throws<ArgumentOutOfRangeException>(() => system.AddMlModel("M").WithConfidence(0.9, 0.5));
        var hitl = system.AddHumanInTheLoop("Review Queue");
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => hitl.WithResponseSla(StatedValue.Parse("-5 min")));
        Assert.Contains("Response SLA of Review Queue", e.Message, StringComparison.Ordinal);
        var dup = Assert.Throws<ModelException>(() => workspace.RadAi().Stereotypes.Register(new Stereotype("Model", "ml")));
        Assert.Contains("label 'ml' is already used", dup.Message, StringComparison.Ordinal);
        Assert.Throws<ModelException>(() => workspace.RadAi().Stereotypes.Register(new Stereotype("Container", "CT")));
    }

    [Fact]
    public void Consumers_and_dependencies_are_computed_from_relationships()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var gateway = system.AddContainer("Gateway");
        var flink = system.AddDataPipeline("Flink").Streaming(Freshness.Under(TimeSpan.FromSeconds(5)));
        var amber = system.AddFeatureStore("Amber").WithFeatureCount(1000, atLeast: true).WithRefresh(Freshness.Parse("online continuous, offline daily"));
        var rec = system.AddMlModel("Rec");
        var cache = system.AddContainer("Cache");
        flink.Uses(amber, "writes features");
        rec.Uses(amber, "reads features", interactionStyle: InteractionStyle.Synchronous);
        gateway.Uses((StaticStructureElement)rec, "asks for recommendations", interactionStyle: InteractionStyle.Synchronous);
        rec.Uses(cache, "writes predictions");

        Assert.Equal([rec], amber.Stereotyped<FeatureStore>()!.Consumers);
        Assert.Equal([amber], rec.Stereotyped()!.Upstream);
        Assert.Equal([cache, (Element)gateway], rec.Stereotyped()!.Downstream);
        Assert.Equal(1000, amber.Stereotyped<FeatureStore>()!.FeatureCount);
        Assert.True(amber.Stereotyped<FeatureStore>()!.FeatureCountIsLowerBound);
        Assert.Equal([rec.Stereotyped<MlModel>()!], workspace.RadAi().Stereotypes.MlModels);
    }
}
