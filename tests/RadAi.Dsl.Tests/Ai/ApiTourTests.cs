using RadAi.Dsl;

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
                          .WithVersion("v12.4").WithConfidence(0.60, 0.98).WithLatency(TimeSpan.FromMilliseconds(250), percentile: 95);
        flink.Uses(amber, "Writes real-time features");
        rec.Uses(amber, "Reads online features", interactionStyle: InteractionStyle.Synchronous);
        rec.Group = "AI Models";                                      // a stereotyped container is a container
        workspace.Views.CreateContainerView(platform, "containers", "ML platform").Add(rec);

        var ai = workspace.RadAi();                                   // one RAD-AI model per workspace, stored in it
        ai.Registry.Add(new RegisteredModel                           // its current version is the element's: v12.4
        {
            Id = "MDL-REC", Element = rec, Name = "Recommendation Ensemble", Task = "Ranking", Framework = "PyTorch",
            Status = ModelStatus.Production,
        });
        ai.Registry.AddVersion("MDL-REC", new ModelVersion("v12.4") { TrainingDate = new DateOnly(2025, 11, 2), DatasetVersion = "DS-001 v42" });
        ai.Debt.Add(new DebtItem
        {
            Id = "EN-001", Category = DebtCategory.Entanglement, Description = "Shared behavioural features couple all models",
            Severity = Severity.High, Affects = [flink, amber, rec], Mitigation = "Version features in Amber",
            Status = DebtStatus.Open, Owner = "ML Platform",
        });
        ai.Boundary.Place(Region.NonDeterministic, rec, amber);
        ai.Boundary.AddGate(new ConfidenceGate { Id = "CG-1", Component = rec, Threshold = 0.60, ActionBelow = "popularity fallback" });

        var upstream = ModelRegistry.UpstreamOf(ai.Registry.Find("MDL-REC")!);   // [Amber Feature Store], from relationships
        var summary = ai.Debt.Summary;                                           // "1 items: 1 open, 0 mitigated, 0 accepted"
        var reloaded = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace)));

        Assert.Equal(["Amber Feature Store"], upstream.Select(e => e.Name));
        Assert.Equal(1, summary.Totals.Open);
        Assert.Equal(ai.Debt.Items, reloaded.Debt.Items);
        Assert.Equal("P95 < 250 ms", reloaded.Stereotypes.MlModels.Single().Latency!.ToString());
        Assert.Equal("v12.4", reloaded.Registry.Find("MDL-REC")!.CurrentVersion);
        Assert.Equal("v12.4", rec.Stereotyped<MlModel>()!.Version);      // typed, read-only view of the facts
    }
}
