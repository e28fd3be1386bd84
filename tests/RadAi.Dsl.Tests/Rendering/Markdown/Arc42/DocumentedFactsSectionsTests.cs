using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Markdown.Arc42;

/// <summary>
/// The facts beyond the templates appear in the extension document where a reader looks for them: each table shows
/// the stated facts, and "not stated" for the rest; retraining and deployment steps form one list per model.
/// </summary>
public class DocumentedFactsSectionsTests
{
    private const string Operations = "rad-ai/arc42-extensions/12-operational-ai-view.md";
    private const string Registry = "rad-ai/arc42-extensions/05-model-registry-view.md";
    private const string Pipelines = "rad-ai/arc42-extensions/06-data-pipeline-view.md";
    private const string ResponsibleAi = "rad-ai/arc42-extensions/08-responsible-ai-concepts.md";
    private const string Lineage = "rad-ai/c4-diagrams/data-lineage-overlay.md";

    private static readonly DocumentSet Set = new RadAiDocumentation(DocumentedFacts.Build()).Render();

    private static string Document(string path) => Set.Find(path)?.Content ?? throw new InvalidOperationException(path + " was not rendered.");

    // The text between a heading and the next heading of the same or a higher level.
    private static string Section(string path, string heading)
    {
        var content = Document(path);
        var start = content.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{path} has no '{heading}'.");
        var level = heading.TakeWhile(c => c == '#').Count();
        var end = start + heading.Length + 2;
        while (end < content.Length)
        {
            var next = content.IndexOf("\n#", end - 1, StringComparison.Ordinal);
            if (next < 0) return content[start..];
            var hashes = content.Skip(next + 1).TakeWhile(c => c == '#').Count();
            if (hashes <= level) return content[start..next];
            end = next + 2;
        }
        return content[start..];
    }

    [Fact]
    public void Retraining_steps_naming_two_models_render_as_two_step_lists()
    {
        var section = Section(Operations, "### Retraining process");
        var triage = Section(Operations, "#### Retraining process of Triage Model");
        var ranker = Section(Operations, "#### Retraining process of Ranking Model");

        Assert.Contains("| 1. Collect labels | pull reviewed cases | Yes | not stated | not stated |", triage, StringComparison.Ordinal);
        Assert.Contains("| 2. Validate triage | hold-out check | No | — | No |", triage, StringComparison.Ordinal);
        Assert.Contains("| 1. Fit ranker | train on 90 days | Yes | — | Yes — ML lead |", ranker, StringComparison.Ordinal);
        Assert.DoesNotContain("Fit ranker", triage, StringComparison.Ordinal);
        Assert.True(section.IndexOf("of Triage Model", StringComparison.Ordinal) < section.IndexOf("of Ranking Model", StringComparison.Ordinal));
    }

    [Fact]
    public void Deployment_steps_render_per_model_with_not_stated_for_what_a_step_leaves_out()
    {
        Assert.Contains("| 1. Register version | Registry | store the artefact | Yes | minutes | Yes — ML lead |",
            Section(Operations, "#### Deployment process of Ranking Model"), StringComparison.Ordinal);
        Assert.Contains("| 1. Shadow run | not stated | not stated | not stated | not stated | not stated |",
            Section(Operations, "#### Deployment process of Triage Model"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_retraining_process_naming_no_model_stays_one_table()
    {
        var workspace = new Workspace("One list");
        workspace.RadAi().Operations.AddRetrainingStep(new RetrainingStep { Name = "Train", Description = "fit", Automated = true });
        var content = new RadAiDocumentation(workspace).Render().Find(Operations)!.Content;

        Assert.Contains("| 1. Train | fit | Yes | not stated | not stated |", content, StringComparison.Ordinal);
        Assert.DoesNotContain("#### Retraining process of", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollout_plans_show_split_duration_and_promotion_criteria()
    {
        var section = Section(Operations, "### Rollout plans");
        Assert.Contains("| Ranker v13 rollout | Ranking Model | v13 | canary | 1 % → 10 % → 100 % | 24 h per stage | error rate < 0.1 %; no P1 alerts | any P1 alert | Ranking team |",
            section, StringComparison.Ordinal);
        Assert.Contains("| Triage rollout | not stated | not stated | not stated | not stated | not stated | not stated | not stated | not stated |", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Incident_severities_show_scope_detection_response_time_and_post_incident_steps()
    {
        var section = Section(Operations, "## Incident severities");
        Assert.Contains("| **P1** | system-wide | scores missing | serving error alert | page on-call | 15 minutes | director | post-mortem within 5 days; update runbook |",
            section, StringComparison.Ordinal);
        Assert.Contains("| **P3** | not stated | minor drift | not stated | log | not stated | ML team | not stated |", section, StringComparison.Ordinal);
    }

    [Fact]
    public void On_call_rotations_follow_the_incident_severities()
    {
        var section = Section(Operations, "### On-call rotation");
        Assert.Contains("| ML on-call | ML platform | weekly | 24/7 | P1; P2 | Ranking Model, Triage Model | pager | ML lead |", section, StringComparison.Ordinal);
        Assert.Contains("| Data on-call | not stated | not stated | not stated | not stated | not stated | not stated | not stated |", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Serving_groups_show_their_models_and_latency_and_availability_commitments()
    {
        var section = Section(Operations, "## Serving");
        Assert.Contains("| Real-time serving | Ranking Model, Triage Model | synchronous | GPU pool | p95 < 250 ms | 99.95 % | 14K req/s | auto-scaling |", section, StringComparison.Ordinal);
        Assert.Contains("| Batch scoring | not stated | not stated | not stated | not stated | not stated | not stated | not stated |", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_lifecycle_stages_show_entry_and_promotion_rules_in_the_model_registry_view()
    {
        var section = Section(Registry, "## Registry lifecycle stages");
        Assert.Contains("| Staging | awaiting canary | offline metrics pass | canary passes | Production | ML lead |", section, StringComparison.Ordinal);
        Assert.Contains("| Retired | not stated | not stated | not stated | not stated | not stated |", section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_feature_store_topology_shows_each_store_in_the_data_pipeline_view()
    {
        var section = Section(Pipelines, "### Feature store topology");
        Assert.Contains("| Online store | Feature Store | online | key-value cache | sub-millisecond | < 5 s | real-time inference |", section, StringComparison.Ordinal);
        Assert.Contains("| Offline store | not stated | not stated | not stated | not stated | not stated | not stated |", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Privacy_by_design_measures_and_impact_assessments_render_under_privacy()
    {
        var privacy = Section(ResponsibleAi, "## Privacy");
        Assert.Contains("| Pseudonymous keys | data minimisation | hash ids at ingestion | Event Bus | Privacy team |", privacy, StringComparison.Ordinal);
        Assert.Contains("| Purpose tags | not stated | not stated | not stated | not stated |", privacy, StringComparison.Ordinal);
        Assert.Contains("| Triage DPIA | case triage | Triage Model | Data Protection Officer | 2025-03 | 2026-Q1 | 2 findings |", privacy, StringComparison.Ordinal);
        Assert.Contains("| Ranking DPIA | not stated | not stated | not stated | not stated | not stated | 0 findings |", privacy, StringComparison.Ordinal);
        var findings = Section(ResponsibleAi, "#### Findings of Triage DPIA");
        Assert.Contains("| Health data in features | high | drop free text | low | ML lead | done |", findings, StringComparison.Ordinal);
        Assert.Contains("| Retention unclear | not stated | not stated | not stated | not stated | not stated |", findings, StringComparison.Ordinal);
        Assert.DoesNotContain("Findings of Ranking DPIA", privacy, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lineage_stage_that_is_no_element_is_drawn_on_its_path()
    {
        var content = Document(Lineage);
        var diagram = content[content.IndexOf("```mermaid", StringComparison.Ordinal)..];
        Assert.Contains("Vendor enrichment", diagram, StringComparison.Ordinal);
        Assert.Contains("Intermediate stages", diagram, StringComparison.Ordinal);
        MarkdownChecks.AssertWellFormed(Set);
    }
}
