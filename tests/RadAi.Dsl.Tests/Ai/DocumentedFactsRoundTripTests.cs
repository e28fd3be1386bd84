using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>The facts beyond the templates survive the workspace JSON round trip, stated or not.</summary>
public class DocumentedFactsRoundTripTests
{
    [Fact]
    public void Every_documented_fact_loads_back_equal_from_structurizr_json()
    {
        var workspace = DocumentedFacts.Build();
        var json = WorkspaceJson.Serialize(workspace);
        var copy = WorkspaceJson.Deserialize(json);
        var (before, after) = (workspace.RadAi(), RadAiModel.Load(copy));

        Assert.Equal(before.Operations.RetrainingProcess, after.Operations.RetrainingProcess);
        Assert.Equal(before.Operations.DeploymentSteps, after.Operations.DeploymentSteps);
        Assert.Equal(before.Operations.RolloutPlans, after.Operations.RolloutPlans);
        Assert.Equal(before.Operations.Incidents, after.Operations.Incidents);
        Assert.Equal(before.Operations.OnCallRotations, after.Operations.OnCallRotations);
        Assert.Equal(before.Operations.ServingGroups, after.Operations.ServingGroups);
        Assert.Equal(before.Registry.LifecycleStages, after.Registry.LifecycleStages);
        Assert.Equal(before.Pipelines.FeatureStoreTopology, after.Pipelines.FeatureStoreTopology);
        Assert.Equal(before.ResponsibleAi.PrivacyMeasures, after.ResponsibleAi.PrivacyMeasures);
        Assert.Equal(before.ResponsibleAi.ImpactAssessments, after.ResponsibleAi.ImpactAssessments);
        Assert.Equal(before.Lineage.Paths, after.Lineage.Paths);
        Assert.Equal(json, WorkspaceJson.Serialize(copy));
    }

    [Fact]
    public void A_fact_stated_by_its_identity_alone_loads_back_with_nothing_filled_in()
    {
        var copy = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(DocumentedFacts.Build())));

        Assert.Equal(new RolloutPlan { Name = "Triage rollout" }, copy.Operations.RolloutPlans[1]);
        Assert.Equal(new OnCallRotation { Name = "Data on-call" }, copy.Operations.OnCallRotations[1]);
        Assert.Equal(new ServingGroup { Name = "Batch scoring" }, copy.Operations.ServingGroups[1]);
        Assert.Equal(new RegistryStage { Name = "Retired" }, copy.Registry.LifecycleStages[1]);
        Assert.Equal(new FeatureStoreTier { Name = "Offline store" }, copy.Pipelines.FeatureStoreTopology[1]);
        Assert.Equal(new PrivacyMeasure { Name = "Purpose tags" }, copy.ResponsibleAi.PrivacyMeasures[1]);
        Assert.Equal(new DataProtectionImpactAssessment { Name = "Ranking DPIA" }, copy.ResponsibleAi.ImpactAssessments[1]);
        Assert.Equal(new DpiaFinding { Finding = "Retention unclear" }, copy.ResponsibleAi.ImpactAssessments[0].Findings[1]);
        Assert.Null(copy.Operations.DeploymentSteps[1].Automated);
        Assert.Null(copy.Operations.Incidents[1].Scope);
    }

    [Fact]
    public void Retraining_and_deployment_steps_keep_the_model_they_belong_to()
    {
        var copy = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(DocumentedFacts.Build())));

        Assert.Equal(["Triage Model", "Ranking Model", "Triage Model"], copy.Operations.RetrainingProcess.Select(s => s.Model?.Name));
        Assert.Equal(["Ranking Model", "Triage Model"], copy.Operations.DeploymentSteps.Select(s => s.Model?.Name));
    }
}
