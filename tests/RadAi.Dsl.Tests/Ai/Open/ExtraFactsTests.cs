using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai.Open;

public class ExtraFactsTests
{
    [Fact]
    public void Extra_facts_key_metrics_criticality_and_user_sections_survive_the_workspace_json()
    {
        var workspace = OpenRecordsModel.Build();
        var json = WorkspaceJson.Serialize(workspace);
        var copy = RadAiModel.Load(WorkspaceJson.Deserialize(json));
        var ai = workspace.RadAi();

        Assert.Equal(ai.BoundaryDelineation.FailureModes, copy.BoundaryDelineation.FailureModes);
        Assert.Equal([new NamedValue("Detection", "gateway timeout alarm"), new NamedValue("Runbook", "RB-12")], copy.BoundaryDelineation.FailureModes[0].ExtraFacts);
        Assert.Equal(ai.BoundaryDelineation.KeyMetrics, copy.BoundaryDelineation.KeyMetrics);
        Assert.Equal(["Critical", "Tier 2: internal only"], copy.BoundaryDelineation.Components.Select(c => c.Criticality?.Name));
        Assert.Equal(ai.Sections.Of(DocumentId.AiBoundaryDelineation), copy.Sections.Of(DocumentId.AiBoundaryDelineation));
        Assert.Equal(ai.Sections.Of(DocumentId.ContextAndScope), copy.Sections.Of(DocumentId.ContextAndScope));
        Assert.Equal(json, WorkspaceJson.Serialize(copy.Workspace));
    }

    [Fact]
    public void A_record_without_extra_facts_is_stored_without_the_member()
    {
        var workspace = OpenRecordsModel.Build();
        var stored = workspace.GetEffectiveProperties().Single(p => p.Key == RadAiConvention.BoundaryDelineationKey).Value;

        Assert.Equal(2, stored.Split("\"extraFacts\"").Length - 1);
    }

    [Fact]
    public void A_record_stating_one_fact_twice_is_refused_with_its_name()
    {
        var workspace = OpenRecordsModel.Build();
        var ranker = workspace.Model.GetElementWithCanonicalName("Container://Triage Platform.Case Ranker")!;

        var error = Assert.Throws<ArgumentException>(() => workspace.RadAi().BoundaryDelineation.AddFailureMode(new FailureMode
        {
            Component = ranker, Condition = "c", SystemBehavior = "b", UserImpact = "i",
            ExtraFacts = [new("Runbook", "RB-1"), new("runbook", "RB-2")],
        }));

        Assert.Contains("'runbook' is stated twice", error.Message);
        Assert.Equal(3, workspace.RadAi().BoundaryDelineation.FailureModes.Count);
    }

    [Fact]
    public void A_key_metric_is_stated_once()
    {
        var ai = OpenRecordsModel.Build().RadAi();

        var error = Assert.Throws<ArgumentException>(() => ai.BoundaryDelineation.AddKeyMetric(new KeyMetric { Name = "cases per day", Value = "50,000" }));

        Assert.Contains("cases per day", error.Message);
    }
}
