using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Rendering.Structurizr;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>
/// Each AI-ADR is written once in a documentation set: E5's record file is also the decision file the set's DSL imports
/// (<c>!adrs &lt;E5 folder&gt; madr</c>); the DSL's own <c>adrs/</c> folder keeps the decisions that are not AI-ADRs.
/// </summary>
public sealed class AiDecisionRecordFilesTests
{
    private const string Folder = "rad-ai/arc42-extensions/09-ai-decision-records/";

    private static (Workspace Workspace, DocumentSet Set) Render()
    {
        var workspace = new Workspace("W");
        var ai = workspace.RadAi();
        ai.Decisions.Add(new AiDecision
        {
            Id = "AI-ADR-001", Title = "Consolidate the ranking models", Date = new DateOnly(2025, 1, 15), Status = DecisionStatus.Accepted,
            Context = "Many models, one per surface.", Outcome = "One multi-task model.",
        });
        ai.Decisions.Add(new AiDecision { Id = "AI-ADR-002", Title = "Keep a rule-based fallback", Date = new DateOnly(2025, 2, 1), Status = DecisionStatus.Proposed });
        workspace.Documentation.AddDecision(new Decision
        {
            Id = "7", Title = "Use a message broker", Date = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), Status = "Accepted",
            Content = "## Context\n\nEvents.\n",
        }).AddLink("AI-ADR-001", "relates to");
        return (workspace, new RadAiDocumentation(workspace).Render());
    }

    [Fact]
    public void Each_ai_adr_is_one_file_that_the_dsl_imports_with_the_madr_importer()
    {
        var (workspace, set) = Render();
        var records = set.Where(d => d.Path.StartsWith(Folder, StringComparison.Ordinal) && !d.Path.EndsWith("README.md", StringComparison.Ordinal))
            .Select(d => d.Path).ToList();
        Assert.Equal([Folder + "0001-consolidate-the-ranking-models.md", Folder + "0002-keep-a-rule-based-fallback.md"], records);
        // The DSL's own folder has the plain decision only; the AI-ADRs are imported from E5's folder.
        Assert.Equal(["adrs/0007-use-a-message-broker.md"], set.Select(d => d.Path).Where(p => p.StartsWith("adrs/", StringComparison.Ordinal)));
        var dsl = set.Find("workspace.dsl")!.Content;
        Assert.Contains("!adrs \"adrs\"\n", dsl, StringComparison.Ordinal);
        Assert.Contains("!adrs \"rad-ai/arc42-extensions/09-ai-decision-records\" madr\n", dsl, StringComparison.Ordinal);

        var folder = set.Where(d => d.Path.StartsWith(Folder, StringComparison.Ordinal)).ToDictionary(d => d.Path[Folder.Length..], d => d.Content);
        var imported = MadrImport.Import(folder);
        Assert.Equal(["1", "2"], imported.Select(d => d.Id));
        Assert.Equal(["AI-ADR-001: Consolidate the ranking models", "AI-ADR-002: Keep a rule-based fallback"], imported.Select(d => d.Title));
        Assert.Equal(["Accepted", "Proposed"], imported.Select(d => d.Status));
        Assert.Equal([new DateOnly(2025, 1, 15), new DateOnly(2025, 2, 1)], imported.Select(d => d.Date));
        // The imported content carries the record as the workspace stores it, so reading that workspace finds the AI-ADR.
        foreach (var (decision, import) in workspace.RadAi().Decisions.All.Zip(imported))
        {
            var stored = workspace.Documentation.GetDecision(decision.Id)!.Content;
            Assert.Equal(ConventionSource.FencedBlock(stored, RadAiConvention.DecisionBlockKey), ConventionSource.FencedBlock(import.Content, RadAiConvention.DecisionBlockKey));
        }
        // Numbers come from one sequence, so the two folders never give Structurizr the same decision id.
        var plain = AdrToolsImport.Import(AdrToolsImport.Folder(set.ToDictionary(d => d.Path, d => d.Content), "adrs/"));
        Assert.Equal(["7"], plain.Select(d => d.Id));
        MarkdownChecks.AssertWellFormed(set);
    }

    [Fact]
    public void A_plain_decision_links_to_the_ai_adr_file_where_it_is()
    {
        var (_, set) = Render();
        Assert.Contains("Relates to [1. AI-ADR-001: Consolidate the ranking models](../" + Folder + "0001-consolidate-the-ranking-models.md)",
            set.Find("adrs/0007-use-a-message-broker.md")!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_export_on_its_own_still_writes_every_decision_for_adr_tools()
    {
        var (workspace, _) = Render();
        var export = StructurizrDslExporter.Export(workspace);
        Assert.Equal(["adrs/0001-consolidate-the-ranking-models.md", "adrs/0002-keep-a-rule-based-fallback.md", "adrs/0007-use-a-message-broker.md"],
            export.Files.Keys.Where(k => k.StartsWith("adrs/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(" madr", export.Files[DslExport.WorkspaceFileName], StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_with_nothing_to_name_a_file_after_still_gives_a_name_the_madr_importer_reads()
    {
        var workspace = new Workspace("W");
        workspace.RadAi().Decisions.Add(new AiDecision { Id = "AI-ADR-004", Title = "???", Date = new DateOnly(2025, 1, 1), Status = DecisionStatus.Accepted });
        var set = new RadAiDocumentation(workspace).Render();
        var folder = set.Where(d => d.Path.StartsWith(Folder, StringComparison.Ordinal)).ToDictionary(d => d.Path[Folder.Length..], d => d.Content);
        Assert.Contains("0004-decision.md", folder.Keys);
        Assert.Equal(["4"], MadrImport.Import(folder).Select(d => d.Id));
    }
}
