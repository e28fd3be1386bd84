using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Boundary;
using RadAi.Dsl.Ai.Debt;
using RadAi.Dsl.Ai.Registry;
using RadAi.Dsl.Ai.Stereotypes;
using RadAi.Dsl.C4;
using RadAi.Dsl.Json;

namespace RadAi.Dsl.Tests.Ai;

public class ApiTourTests
{
    /// <summary>The README's API tour, kept compiling and true.</summary>
    [Fact]
    public void The_readme_tour_runs()
    {
        var workspace = new Workspace("Netflix ML Platform", "Metaflow/Maestro ML platform");
        var platform = workspace.Model.AddSoftwareSystem("Netflix ML Platform", "Trains and serves 3,000+ ML projects");
        var amber = platform.AddFeatureStore("Amber Feature Store", "Online and offline features")
                            .WithFeatureCount(1000, atLeast: true).WithRefresh(Freshness.Parse("online < 5 s, offline daily"));
        var flink = platform.AddDataPipeline("Flink Streaming Cluster", "Real-time features", "Apache Flink")
                            .Streaming(Freshness.Under(TimeSpan.FromSeconds(5)));
        var rec = platform.AddMlModel("Recommendation Models", "Ensemble CF + DNN + GNN", "PyTorch, DGL")
                          .WithVersion("12.4").WithConfidence(0.60, 0.98).WithLatency(TimeSpan.FromMilliseconds(250), percentile: 95);
        flink.Uses(amber, "Writes real-time features");
        rec.Uses(amber, "Reads online features", interactionStyle: InteractionStyle.Synchronous);

        var ai = workspace.RadAi();                                   // one RAD-AI model per workspace, stored in it
        ai.Registry.Add(new RegisteredModel("MDL-REC", rec, "Recommendation Ensemble", "Ranking", "PyTorch", "v12.4", ModelStatus.Production)
        { Versions = [new ModelVersion("v12.4") { TrainingDate = new(2025, 11, 2), DatasetVersion = "DS-001 v42" }] });
        ai.Debt.Add("EN-001", DebtCategory.Entanglement, "Shared behavioural features couple all models",
                    Severity.High, [flink, amber, rec], "Version features in Amber", owner: "ML Platform");
        ai.Boundary.Place(Region.NonDeterministic, rec, amber);
        ai.Boundary.AddGate(new ConfidenceGate("CG-1", rec, 0.60, "popularity fallback"));

        var upstream = ModelRegistry.UpstreamOf(ai.Registry.Find("MDL-REC")!);   // [Amber Feature Store], from relationships
        var summary = ai.Debt.Summary;                                           // "1 items: 1 open, 0 mitigated, 0 accepted"
        var reloaded = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace)));

        Assert.Equal(["Amber Feature Store"], upstream.Select(e => e.Name));
        Assert.Equal(1, summary.Totals.Open);
        Assert.Equal(ai.Debt.Items, reloaded.Debt.Items);
        Assert.Equal("P95 < 250 ms", reloaded.Stereotypes.MlModels.Single().Latency!.ToString());
    }
}
