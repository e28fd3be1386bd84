using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.EmergencyTriage;
using RadAi.Dsl.Samples.EmergencyTriage.Concerns;
using RadAi.Dsl.Tests.Samples.Netflix;

namespace RadAi.Dsl.Tests.Samples.EmergencyTriage;

/// <summary>
/// The second sample's documentation set shows the facts of issue 18 as the sample states them: metrics that are not
/// confidences, tiers, unstated facts, partial dates, a fifth region, risk classes per component, its own vocabulary
/// and its own concerns.
/// </summary>
public sealed class TriageDocumentsTests
{
    private static readonly DocumentSet Documents = new RadAiDocumentation(TriageWorkspace.Build()) { Concerns = TriageConcerns.All }.Render();

    private static string Content(string path) => Documents.Find(path)?.Content ?? throw new Xunit.Sdk.XunitException($"No document {path}.");

    private static IReadOnlyList<string> Row(string path, string first, params string[] headings)
        => GeneratedTables.Under(Content(path), headings).Single(r => r[0] == first);

    [Fact]
    public void The_models_show_metrics_that_are_not_confidences_as_written()
    {
        var containers = Content("rad-ai/c4-diagrams/container-diagram.md");
        Assert.Contains("AUROC 0.87; sensitivity (ESI 1–2) ≥ 0.95; under-triage rate < 5 %", containers, StringComparison.Ordinal);
        Assert.Contains("MAPE 8 %", containers, StringComparison.Ordinal);
        Assert.Contains("precision 0.41; recall 0.83", containers, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clinician_review_states_its_tiered_SLA_as_written()
    {
        var oversight = Row("rad-ai/arc42-extensions/08-responsible-ai-concepts.md", "Clinician review of uncertain and critical suggestions", "Human oversight", "Oversight mechanisms");
        Assert.Contains("ESI 1: immediate / ESI 2: 10 min / ESI 3: 30 min", oversight);
    }

    [Fact]
    public void The_vendor_model_with_no_published_version_and_no_owner_shows_not_stated()
    {
        var row = Row("rad-ai/arc42-extensions/05-model-registry-view.md", "MDL-EWS", "Model inventory");
        Assert.Equal(["MDL-EWS", "Deterioration Early-Warning Model", "Warn of deterioration while patients wait", MarkdownText.NotStated, MarkdownText.NotStated, "Shadow evaluation"], row.Take(6));
        Assert.DoesNotContain("unknown", Content("rad-ai/arc42-extensions/05-model-registry-view.md"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_acuity_model_keeps_its_inferred_training_year_and_its_deployment_quarter()
    {
        var registry = Content("rad-ai/arc42-extensions/05-model-registry-view.md");
        Assert.Contains("| 2.1 | 2023 (inferred) |", registry, StringComparison.Ordinal);
        Assert.Contains("| 2024-Q3 |", registry, StringComparison.Ordinal);
        Assert.DoesNotContain("2023-01-01", registry, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clinician_review_queue_sits_in_a_human_in_the_loop_region_of_its_own()
    {
        var boundary = Content("rad-ai/c4-diagrams/non-determinism-boundary.md");
        Assert.Contains("| Human in the loop | Clinician Review Queue |", boundary, StringComparison.Ordinal);
        Assert.Contains("[\"Human in the loop\"]", boundary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_acuity_gate_routes_three_ways_with_a_rule_and_the_alert_gate_states_only_a_rule()
    {
        var path = "rad-ai/c4-diagrams/non-determinism-boundary.md";
        var acuity = Row(path, "TG-1", "Confidence gates");
        Assert.Contains("clinician review", acuity[2], StringComparison.Ordinal);
        Assert.Contains("reject: ESI protocol rules", acuity[2], StringComparison.Ordinal);
        Assert.Contains("any ESI 1 prediction goes to clinician review", acuity[2], StringComparison.Ordinal);
        var alert = Row(path, "TG-2", "Confidence gates");
        Assert.Equal("score above the ward's configured alert level pages the charge nurse", alert[2]);
        Assert.DoesNotContain("0.00", alert[2], StringComparison.Ordinal);
        Assert.Contains(["Triage Acuity Model", "Critical", "any ESI-1 prediction", "immediate clinician review"], GeneratedTables.Under(Content(path), "Confidence bands"));
    }

    [Fact]
    public void The_acuity_gate_row_names_its_metric_once_and_keeps_its_thresholds_as_written()
    {
        var acuity = Row("rad-ai/c4-diagrams/non-determinism-boundary.md", "TG-1", "Confidence gates");
        Assert.StartsWith("acuity probability >= 0.90: accept the suggested ESI level; acuity probability >= 0.60: clinician review;", acuity[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_Annex_IV_checklist_lists_high_risk_and_minimal_risk_components()
    {
        var rows = GeneratedTables.Under(Content("compliance/annex-iv-checklist.md"), "Risk classification per component");
        Assert.Contains(rows, r => r[0] == "Triage Acuity Model" && r[1] == "High risk");
        Assert.Contains(rows, r => r[0] == "Deterioration Early-Warning Model" && r[1] == "High risk");
        Assert.Contains(rows, r => r[0] == "Bed Occupancy Forecaster" && r[1] == "Minimal risk");
    }

    [Fact]
    public void The_hospital_vocabulary_shows_as_written()
    {
        Assert.Contains("| Shadow evaluation |", Content("rad-ai/arc42-extensions/05-model-registry-view.md"), StringComparison.Ordinal);
        Assert.Contains("| Special category (health) |", Content("rad-ai/c4-diagrams/data-lineage-overlay.md"), StringComparison.Ordinal);
        Assert.Contains("impute, then escalate to charge nurse", Content("rad-ai/arc42-extensions/06-data-pipeline-view.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_debt_item_without_a_stated_status_or_owner_says_not_stated_and_is_counted_apart()
    {
        var debt = Content("rad-ai/arc42-extensions/11-ai-debt-register.md");
        Assert.Contains("1 with status not stated", debt, StringComparison.Ordinal);
        Assert.DoesNotContain("2 open", debt, StringComparison.Ordinal);
    }

    [Fact]
    public void The_gap_analysis_scores_RadAi_concerns_and_the_two_clinical_concerns_of_the_sample()
    {
        var gaps = Content("gap-analysis.md");
        Assert.Contains("Clinician override tracking", gaps, StringComparison.Ordinal);
        Assert.Contains("Alert fatigue", gaps, StringComparison.Ordinal);
        Assert.Contains("Model versioning and lifecycle", gaps, StringComparison.Ordinal);
    }

    [Fact]
    public void Models_and_debt_items_show_their_extra_facts_as_extra_columns_with_not_stated_where_a_row_lacks_one()
    {
        var registry = "rad-ai/arc42-extensions/05-model-registry-view.md";
        Assert.Equal("ED clinical lead", Row(registry, "MDL-ACU", "Model inventory")[^1]);
        Assert.Equal(MarkdownText.NotStated, Row(registry, "MDL-EWS", "Model inventory")[^1]);
        var debt = Content("rad-ai/arc42-extensions/11-ai-debt-register.md");
        Assert.Contains("| Status | Ticket |", debt, StringComparison.Ordinal);
        Assert.Contains("| CAI-112 |", debt, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clinical_safety_case_follows_human_oversight_with_its_table_and_the_escalation_path_ends_the_document_with_its_diagram()
    {
        var path = "rad-ai/arc42-extensions/08-responsible-ai-concepts.md";
        var content = Content(path);
        var headings = content.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal("## Clinical safety case", headings[headings.IndexOf("## Human oversight") + 1]);
        Assert.Equal("## Escalation path", headings[^1]);
        Assert.Contains(["Under-triage of a critical patient", "model suggests a lower ESI level", "ESI 1–2 suggestions always reviewed (TG-1)", "Low"],
            GeneratedTables.Under(content, "Clinical safety case"));
        Assert.Contains("physician -->|suspected model fault| safety[Clinical safety officer]", content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_boundary_delineation_states_key_metrics_and_a_criticality_per_component()
    {
        var path = "rad-ai/arc42-extensions/03-ai-boundary-delineation.md";
        Assert.Contains("| ED attendances per year | about 85,000 |", Content(path), StringComparison.Ordinal);
        Assert.Contains("| Triage Acuity Model (MDL-ACU) | Multi-class classification (ESI 1–5) | Critical |", Content(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Netflix")]
    [InlineData("Metaflow")]
    [InlineData("Maestro")]
    [InlineData("Amber")]
    [InlineData("Kayenta")]
    [InlineData("member")]
    public void No_word_of_the_Netflix_example_appears_in_its_documents(string word)
    {
        var hits = Documents.Where(d => d.Content.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(d => d.Path).ToList();
        Assert.True(hits.Count == 0, $"\"{word}\" appears in {string.Join(", ", hits)}");
    }
}
