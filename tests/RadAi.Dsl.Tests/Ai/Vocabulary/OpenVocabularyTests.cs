using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Ai.Vocabulary;

public class OpenVocabularyTests
{
    [Fact]
    public void Names_differing_only_in_case_spacing_or_punctuation_are_one_value_that_keeps_its_text()
    {
        var own = new Region("Human in the loop");
        Assert.Equal(own, new Region("human-in-the-loop"));
        Assert.Equal(own.GetHashCode(), new Region("HUMAN_IN_THE_LOOP").GetHashCode());
        Assert.Equal("Human in the loop", own.Name);
        Assert.NotEqual(own, Region.Boundary);
        Assert.False(own.IsWellKnown);
        Assert.True(new DebtStatus("open") == DebtStatus.Open);
    }

    [Theory]
    [InlineData("NonDeterministic", "Non-deterministic")]
    [InlineData("Deterministic", "Deterministic")]
    public void A_region_name_stored_by_convention_version_1_reads_as_the_well_known_region(string stored, string name)
    {
        var region = Region.Parse(stored);
        Assert.True(region.IsWellKnown);
        Assert.Equal(name, region.Name);
    }

    [Fact]
    public void Enum_names_stored_by_convention_version_1_read_as_the_well_known_values_with_their_wording()
    {
        Assert.Equal("Fallback to previous", FailureAction.Parse("FallbackToPrevious").Name);
        Assert.Equal("Data Dependency Debt", DebtCategory.Parse("DataDependency").Name);
        Assert.Equal("Configuration Debt", DebtCategory.Parse("Configuration").Name);
        Assert.Equal("Hidden Feedback Loops", DebtCategory.Parse("HiddenFeedbackLoops").Name);
        Assert.Equal(ModelStatus.Production, ModelStatus.Parse("Production"));
        Assert.Equal(PrivacyClassification.Confidential, PrivacyClassification.Parse("Confidential"));
        Assert.Equal(AutomationLevel.Semi, AutomationLevel.Parse("Semi"));
        Assert.Equal(RiskClassification.High, RiskClassification.Parse("High"));
        Assert.Equal("DD", DebtCategory.Parse("DataDependency").Prefix);
    }

    [Fact]
    public void A_text_that_names_no_well_known_value_is_kept_as_written()
    {
        var sensitive = PrivacyClassification.Parse("  Sensitive ");
        Assert.Equal("Sensitive", sensitive.Name);
        Assert.False(sensitive.IsWellKnown);
        Assert.Equal("request retransmission", FailureAction.Parse("request retransmission").Name);
        Assert.Equal(FailureAction.RequestRetransmission, FailureAction.Parse("request retransmission"));
        Assert.Null(new DebtCategory("Security Debt").Prefix);
    }

    [Fact]
    public void A_blank_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new DebtStatus(" "));
        Assert.Throws<FormatException>(() => ModelStatus.Parse(""));
    }

    [Fact]
    public void Values_of_your_own_survive_the_workspace_json_as_written()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var triage = system.AddMlModel("Triage Model");
        var summariser = system.AddMlModel("Summariser");
        var ingest = system.AddContainer("Ingest");
        var ai = workspace.RadAi();
        ai.Lineage.AddSource(new DataSource { Id = "DS-001", Name = "Records", Freshness = Freshness.Hourly, Privacy = new("Sensitive") });
        ai.Lineage.AddPrivacyFlow(new PrivacyFlow { DataElement = "patient_id", SourceClassification = new("Special category (GDPR Art. 9)"), DownstreamClassification = PrivacyClassification.Internal });
        ai.Registry.Add(new RegisteredModel { Id = "MDL-T", Element = triage, Name = "Triage", Status = new("Shadow") });
        ai.Pipelines.Add(new Pipeline
        {
            Id = "PL-1", Name = "Ingest", FreshnessSla = Freshness.Hourly, Element = ingest,
            Checkpoints = [new QualityCheckpoint { Check = "Schema", OnFailure = [FailureAction.RequestRetransmission, new("Page the on-call engineer")] }],
        });
        ai.Debt.Add(new DebtItem { Id = "SD-001", Category = new("Security Debt"), Description = "Secrets in notebooks", Status = new("In progress") });
        ai.Operations.AddRollback(new RollbackProcedure { Scenario = "Bad model", RecoveryTime = TimeSpan.FromMinutes(5), Automation = new("Automated with sign-off") });
        ai.BoundaryDelineation.AddComponent(new AiComponent { Component = triage, RiskClassification = RiskClassification.High, RiskRationale = "Annex III 5(d)" });
        ai.BoundaryDelineation.AddComponent(new AiComponent { Component = summariser, RiskClassification = new("Limited (Art. 50)") });

        var loaded = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace)));

        Assert.Equal("Sensitive", loaded.Lineage.Sources[0].Privacy?.Name);
        Assert.Equal("Special category (GDPR Art. 9)", loaded.Lineage.PrivacyFlows[0].SourceClassification?.Name);
        Assert.Equal("Shadow", loaded.Registry.Models[0].Status?.Name);
        Assert.Equal(["Request retransmission", "Page the on-call engineer"], loaded.Pipelines.Pipelines[0].Checkpoints[0].OnFailure.Select(a => a.Name));
        Assert.Equal("Security Debt", loaded.Debt.Items[0].Category.Name);
        Assert.Equal("In progress", loaded.Debt.Items[0].Status?.Name);
        Assert.Equal("Automated with sign-off", loaded.Operations.Rollbacks[0].Automation?.Name);
        Assert.Equal(["High", "Limited (Art. 50)"], loaded.BoundaryDelineation.Components.Select(c => c.RiskClassification?.Name));
        RichModel.AssertSame(ai, loaded);
    }

    [Fact]
    public void A_debt_category_of_your_own_gets_its_section_and_summary_row_under_its_own_prefix()
    {
        var workspace = new Workspace("W");
        var ai = workspace.RadAi();
        ai.Debt.Add(new DebtItem { Id = "SD-001", Category = new("Security Debt"), Description = "Secrets in notebooks", Status = DebtStatus.Open });

        var debt = new RadAiDocumentation(workspace).Render().Find("rad-ai/arc42-extensions/11-ai-debt-register.md")!.Content;

        Assert.Contains("### Security Debt (SD)", debt, StringComparison.Ordinal);
        Assert.Contains("| Security Debt | not stated | 1 | 0 | 0 | 1 |", debt, StringComparison.Ordinal);
        Assert.Equal(1, ai.Debt.Summary.Totals.Open);
    }

    [Fact]
    public void A_region_of_your_own_is_a_tag_a_listed_region_a_view_and_a_coloured_subgraph()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var reviewer = system.AddContainer("Clinician Review Queue");
        var model = system.AddMlModel("Triage Model");
        var ai = workspace.RadAi();
        var hitl = new Region("Human in the loop");
        ai.Boundary.Place(hitl, reviewer);
        ai.Boundary.Place(Region.NonDeterministic, model);
        var view = workspace.Views.CreateContainerView(system, "containers", "d");
        view.AddAllContainers();

        var views = ai.Boundary.ShowRegionsOn(view);

        Assert.Contains("RAD-AI Human in the loop", reviewer.Tags);
        Assert.Equal([.. Region.WellKnown, hitl], ai.Boundary.Regions);
        Assert.Equal("Human in the loop", ai.Boundary.RegionOf(reviewer)?.Name);
        Assert.Contains(views, v => v.Key == "radai-region-humanintheloop-containers");
        var loaded = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace)));
        Assert.Equal(["Clinician Review Queue"], loaded.Boundary.Members(new Region("human in the loop")).Select(e => e.Name));

        var boundary = new RadAiDocumentation(workspace).Render().Find("rad-ai/c4-diagrams/non-determinism-boundary.md")!.Content;
        Assert.Contains("| Human in the loop | Clinician Review Queue |", boundary, StringComparison.Ordinal);
        Assert.Contains("[\"Human in the loop\"]", boundary, StringComparison.Ordinal);
        // The colour comes from the region's name: the same in every run, and none of the four regions' colours.
        var style = boundary.Split('\n').Single(l => l.StartsWith("    style sg_humanintheloop ", StringComparison.Ordinal));
        Assert.Equal(style, new RadAiDocumentation(workspace).Render().Find("rad-ai/c4-diagrams/non-determinism-boundary.md")!.Content.Split('\n').Single(l => l == style));
        foreach (var known in new[] { "#e8f5e9", "#e3f2fd", "#fff3e0", "#fce4ec" }) Assert.DoesNotContain(known, style, StringComparison.Ordinal);
    }
}
