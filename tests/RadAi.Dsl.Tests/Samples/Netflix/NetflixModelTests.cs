using RadAi.Dsl;
using RadAi.Dsl.Samples.Netflix;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>The counts of the RAD-AI Netflix example, asserted on the typed model the sample builds.</summary>
public sealed class NetflixModelTests
{
    private static readonly Workspace Workspace = NetflixWorkspace.Build();
    private static readonly RadAiModel Ai = Workspace.RadAi();
    private static SoftwareSystem Platform => Workspace.Model.GetSoftwareSystemWithName("Netflix ML Platform")!;

    [Fact]
    public void The_platform_has_the_seventeen_containers_of_the_container_diagram_with_4_ML_1_FS_2_DP_2_MON()
    {
        Assert.Equal(17, Platform.Containers.Count);
        var stereotypes = Platform.Containers.Select(c => Ai.Stereotypes.Find(c)?.Label ?? "none")
            .GroupBy(label => label).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(4, stereotypes[Stereotype.MlModel.Label]);
        Assert.Equal(1, stereotypes[Stereotype.FeatureStore.Label]);
        Assert.Equal(2, stereotypes[Stereotype.DataPipeline.Label]);
        Assert.Equal(2, stereotypes[Stereotype.Monitor.Label]);
        Assert.Equal(8, stereotypes["none"]);
        Assert.Empty(Ai.Stereotypes.HumansInTheLoop); // the example has no [HITL] element
    }

    [Fact]
    public void The_container_diagram_edges_are_all_there()
    {
        var inPlatform = Platform.Containers.ToHashSet<Element>();
        var edges = Workspace.Model.Relationships.Count(r => inPlatform.Contains(r.Destination) || inPlatform.Contains(r.Source));
        Assert.True(edges >= 32, $"expected the 32 edges of the RAD-AI container diagram, found {edges} touching a container");
        var gateway = Platform.GetContainerWithName("API Gateway (Zuul)")!;
        var rec = Platform.GetContainerWithName("Recommendation Models")!;
        Assert.Contains(Workspace.Model.GetRelationships(gateway, rec), r => r.Description == "routed by A/B allocation");
    }

    [Fact]
    public void Five_models_are_registered_and_the_recommendation_history_runs_v10_to_v12_4()
    {
        Assert.Equal(["MDL-REC", "MDL-PERS", "MDL-QUAL", "MDL-SEARCH", "MDL-EXP"], Ai.Registry.Models.Select(m => m.Id));
        Assert.Equal(["v12.4", "v8.2", "v5.1", "v6.7", "v3.0"], Ai.Registry.Models.Select(m => m.CurrentVersion));
        var rec = Ai.Registry.Find("MDL-REC")!;
        Assert.Equal(["v10.0", "v11.0", "v12.0", "v12.4"], rec.Versions.Select(v => v.Version));
        Assert.Equal(rec.CurrentVersion, rec.Versions[^1].Version);
        Assert.Equal(new ConfidenceRange(0.60, 0.98), rec.Element.Element.Stereotyped<MlModel>()!.Confidence);
        Assert.Empty(Ai.Registry.Models.SelectMany(m => m.Hyperparameters)); // absent from the example: not invented
        Assert.Equal(4, rec.TrainingData.Count);
        Assert.Equal(4, rec.Baselines.Count);
        Assert.Contains(RadAi.Dsl.ModelRegistry.UpstreamOf(rec), e => e.Name == "Amber Feature Store");
    }

    [Fact]
    public void Seven_pipelines_with_modes_and_the_five_Amber_feature_groups()
    {
        var pipelines = Ai.Pipelines.Pipelines;
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"PL-00{i}"), pipelines.Select(p => p.Id));
        Assert.Equal(["Streaming", "Streaming", "Batch", "Batch", "Batch", "EventDriven", "Hybrid"], pipelines.Select(p => p.Mode.ToString()));
        Assert.Equal(TimeSpan.FromSeconds(5), pipelines[1].FreshnessSla.MaxAge);
        Assert.Equal(["PL-001", "PL-002", "PL-004"], pipelines.Where(p => p.Stages.Count > 0).Select(p => p.Id));
        Assert.All(pipelines.SelectMany(p => p.Stages), s => Assert.False(string.IsNullOrEmpty(s.QualityGate)));
        Assert.Equal(5, Ai.Pipelines.FeatureGroups.Count);
        Assert.Equal(730, Ai.Pipelines.FeatureGroups.Sum(g => Assert.IsType<Quantity>(g.FeatureCount).Value));
        Assert.Equal(7, Ai.Pipelines.Signals.Count);
        Assert.Equal(5, Ai.Pipelines.Triggers.Count(t => t.Signal is null)); // the @trigger_on_finish chains
    }

    [Fact]
    public void Seven_data_sources_and_four_schemas()
    {
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"DS-00{i}"), Ai.Lineage.Sources.Select(s => s.Id));
        Assert.Equal(["SCH-VIEW", "SCH-CLICK", "SCH-SEARCH", "SCH-FEATURE"], Ai.Lineage.Schemas.Select(s => s.Id));
        Assert.Equal([4, 3], Ai.Lineage.Paths.Select(p => p.Stages.Count));
        Assert.Empty(Ai.Lineage.PrivacyFlows); // absent from the example
    }

    [Fact]
    public void Nine_quality_scenarios()
        => Assert.Equal(Enumerable.Range(1, 9).Select(i => $"QS-0{i}"), Ai.QualityScenarios.Scenarios.Select(s => s.Id));

    [Fact]
    public void Fifteen_debt_items_11_open_4_mitigated_9_high_6_medium()
    {
        var debt = Ai.Debt;
        Assert.Equal(15, debt.Items.Count);
        Assert.Equal(11, debt.Summary.Totals.Open);
        Assert.Equal(4, debt.Summary.Totals.Mitigated);
        Assert.Equal(0, debt.Summary.Totals.Accepted);
        Assert.Equal(9, debt.Items.Count(i => i.Severity == Severity.High));
        Assert.Equal(6, debt.Items.Count(i => i.Severity == Severity.Medium));
        Assert.Equal(["FL-001", "FL-002", "CD-001", "MS-001"], debt.Items.Where(i => i.Status == DebtStatus.Mitigated).Select(i => i.Id));
        Assert.Equal(7, debt.Interactions.Count);
    }

    [Fact]
    public void The_boundary_has_four_gates_four_fallbacks_nine_interfaces_and_bands_for_four_models()
    {
        var boundary = Ai.Boundary;
        Assert.Equal(["CG-1", "CG-2", "CG-3", "CG-4"], boundary.Gates.Select(g => g.Id));
        Assert.Equal([0.60, 0.55, 0.50, 0.80], boundary.Gates.Select(g => g.Threshold));
        Assert.Equal(["FB1", "FB2", "FB3", "FB4"], boundary.Fallbacks.Select(f => f.Id));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"BI-00{i}"), boundary.Interfaces.Select(i => i.Id));
        Assert.Equal(4, boundary.Bands.Count);
        Assert.Equal(6, boundary.Degradation.Count);
        Assert.Equal(5, boundary.PropagationRules.Count);
        Assert.Equal(6, boundary.Tests.Count);
        Assert.Equal(4, boundary.Members(Ai.Boundary.RegionOf(boundary.Gates[0].Gate!.Value)!.Value).Count);
    }

    [Fact]
    public void Operations_hold_the_drift_thresholds_five_canary_steps_and_six_rollbacks()
    {
        var ops = Ai.Operations;
        Assert.Equal(6, ops.DriftDetection.Count);
        Assert.Contains(ops.DriftDetection, d => d.Threshold.ToString() == "PSI > 0.2" && d.ConsecutiveChecks == 3);
        Assert.Equal(["Canary launch", "Traffic routing", "Metric collection", "Statistical analysis", "Decision"], ops.CanarySteps.Select(s => s.Name));
        Assert.Equal(6, ops.Rollbacks.Count);
        Assert.Empty(ops.Incidents); // absent from the example
    }

    [Fact]
    public void The_decision_record_and_responsible_ai_are_filled()
    {
        var adr = Assert.Single(Ai.Decisions.All);
        Assert.Equal("AI-ADR-001", adr.Id);
        Assert.Equal(6, adr.Drivers.Count);
        Assert.Equal(3, adr.Alternatives.Count);
        Assert.Equal(5, Ai.BoundaryDelineation.Components.Count);
        Assert.Equal(4, Ai.ResponsibleAi.FairnessDimensions.Count);
        Assert.NotEmpty(Ai.ResponsibleAi.Matrix);
    }

    [Fact]
    public void Views_cover_context_containers_boundary_regions_and_the_four_runtime_scenarios()
    {
        var views = Workspace.Views;
        Assert.Single(views.SystemContextViews);
        var containers = Assert.IsType<ContainerView>(views.GetView("containers"));
        Assert.Equal(17, containers.Elements.Count(e => e.Element is Container c && c.SoftwareSystem == Platform));
        Assert.Equal(4, views.DynamicViews.Count());
        Assert.Equal(4, views.FilteredViews.Count());
        Assert.Empty(views.DeploymentViews); // the example has no deployment diagram
        Assert.All(views.All.OfType<ModelView>(), v => Assert.NotNull(v.AutomaticLayout));
    }
}
