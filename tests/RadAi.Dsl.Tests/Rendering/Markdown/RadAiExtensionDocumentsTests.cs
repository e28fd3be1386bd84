using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>E5–E8 and C4-E1–C4-E3: snapshots for the rich model, well-formedness, empty statements, escaping and counts.</summary>
public partial class RadAiExtensionDocumentsTests
{
    private const string Adrs = "rad-ai/arc42-extensions/09-ai-decision-records/";
    private const string Quality = "rad-ai/arc42-extensions/10-ai-quality-scenarios.md";
    private const string Debt = "rad-ai/arc42-extensions/11-ai-debt-register.md";
    private const string Operations = "rad-ai/arc42-extensions/12-operational-ai-view.md";
    private const string Containers = "rad-ai/c4-diagrams/container-diagram.md";
    private const string Lineage = "rad-ai/c4-diagrams/data-lineage-overlay.md";
    private const string Boundary = "rad-ai/c4-diagrams/non-determinism-boundary.md";

    public static TheoryData<string> Documents =>
    [
        Adrs + "README.md",
        Adrs + "0001-recommendation-model-architecture-consolidation.md",
        Quality, Debt, Operations, Containers, Lineage, Boundary,
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_document_of_the_rich_model_matches_its_snapshot(string path)
    {
        var document = new RadAiDocumentation(RichModel.Build()).Render().Find(path);
        Assert.NotNull(document);
        Snapshot.Match("Rendering/Markdown/" + path, document.Content);
    }

    [Fact]
    public void The_rich_model_set_is_well_formed_has_every_diagram_and_does_not_depend_on_the_culture()
    {
        var set = new RadAiDocumentation(RichModel.Build()).Render();
        MarkdownChecks.AssertWellFormed(set);
        Assert.Equal(1, MarkdownChecks.MermaidBlockCount(set.Find(Containers)!.Content));
        Assert.Equal(1, MarkdownChecks.MermaidBlockCount(set.Find(Lineage)!.Content));
        Assert.Equal(1, MarkdownChecks.MermaidBlockCount(set.Find(Boundary)!.Content));
        Assert.Equal(1, MarkdownChecks.MermaidBlockCount(set.Find(Debt)!.Content));
        Assert.Equal(2, MarkdownChecks.MermaidBlockCount(set.Find(Operations)!.Content));
        DocumentSet german;
        using (new CultureScope("de-DE")) german = new RadAiDocumentation(RichModel.Build()).Render();
        Assert.Equal(set.Select(d => (d.Path, d.Content)).Where(d => d.Path.StartsWith("rad-ai/", StringComparison.Ordinal)),
            german.Select(d => (d.Path, d.Content)).Where(d => d.Path.StartsWith("rad-ai/", StringComparison.Ordinal)));
        // By hand: RADAI_DUMP_DOCS=/tmp/x dotnet test …, then bash tools/mermaid-check/run.sh /tmp/x
        if (Environment.GetEnvironmentVariable("RADAI_DUMP_DOCS") is { Length: > 0 } dump) set.WriteTo(dump);
    }

    [Fact]
    public void An_empty_workspace_gets_every_document_with_plain_empty_statements_and_no_adr_files()
    {
        var set = CoreDocumentFixtures.RenderEvery(new Workspace("Empty"));
        Assert.Equal([Adrs + "README.md"], set.Select(d => d.Path).Where(p => p.StartsWith(Adrs, StringComparison.Ordinal)));
        var expected = new Dictionary<string, string[]>
        {
            [Adrs + "README.md"] = ["_No AI architecture decisions are recorded._"],
            [Quality] = ["_No AI quality attributes are defined._", "_No AI quality scenarios are recorded._",
                "Standard AI quality attributes without a scenario: Model Freshness, Drift Tolerance, Explainability, Fairness, Robustness."],
            [Debt] = ["_No boundary erosion items (BE-…) are recorded._", "_No model staleness items (MS-…) are recorded._",
                "_The register is empty: no AI debt items are recorded._", "_No interactions between debt items are recorded._", "_No review cadence is recorded._"],
            [Operations] = ["_No drift detection is recorded._", "_No model health metrics are recorded._", "_No element carries the Monitor stereotype._",
                "_Nothing to draw: no drift detection, health metric or retraining trigger is recorded._", "_No retraining triggers are recorded._",
                "_No retraining process is recorded._", "_No rollout strategies are recorded._", "_No canary steps are recorded._", "_No A/B tests are recorded._",
                "_No rollback procedures are recorded._", "_No incident severities are recorded._", "_No orchestration signals are recorded._",
                "_No workflow trigger chains are recorded._"],
            [Containers] = ["_The model has no containers, so there is no container diagram._", "_No element carries an AI stereotype._"],
            [Lineage] = ["_No data sources are recorded._", "_Nothing to draw: no data sources, pipelines, feature stores or models are recorded._",
                "_No lineage paths are recorded._", "_No freshness requirements are recorded._", "_No streaming-versus-batch comparison is recorded._",
                "_No privacy flow is recorded._", "_No schemas are registered._"],
            [Boundary] = ["_No element is placed in a region._", "_Nothing to draw: no regions, confidence gates or boundary interfaces are recorded._",
                "_No confidence gates are recorded._", "_No boundary interfaces are recorded._", "_No confidence bands are recorded._",
                "_No fallback strategies are recorded._", "_No degradation scenarios are recorded._", "_No propagation rules are recorded._",
                "_No boundary tests are recorded._"],
        };
        foreach (var (path, statements) in expected)
        {
            var content = set.Find(path)?.Content;
            Assert.NotNull(content);
            foreach (var statement in statements) Assert.Contains(statement, content, StringComparison.Ordinal);
            Assert.Equal(0, MarkdownChecks.MermaidBlockCount(content));
            // Only the stereotype legend (the five built-in stereotypes) is a table in an empty workspace.
            var tables = TableRows(content).Count;
            Assert.True(path == Containers ? tables == 5 : tables == 0, $"{path} has {tables} table rows in an empty workspace.");
        }
    }

    [Fact]
    public void Pipes_and_line_breaks_in_model_text_do_not_break_tables()
    {
        var (workspace, _) = Hostile();
        var set = new RadAiDocumentation(workspace).Render();
        MarkdownChecks.AssertWellFormed(set);
        Assert.Contains("| EN-001 | Title \\] \"T\": couples a\\|b<br>and c | High |", set.Find(Debt)!.Content, StringComparison.Ordinal);
        Assert.Contains("| QS-01 | users | load \\| spike<br>at launch |", set.Find(Quality)!.Content, StringComparison.Ordinal);
        Assert.Contains("| DS-001 | Events \\| raw<br>v2 |", set.Find(Lineage)!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_and_brackets_in_model_text_do_not_break_mermaid_labels()
    {
        var (workspace, names) = Hostile();
        var set = new RadAiDocumentation(workspace).Render();
        if (Environment.GetEnvironmentVariable("RADAI_DUMP_DOCS") is { Length: > 0 } dump) set.WriteTo(dump + "-hostile");
        var blocks = 0;
        foreach (var document in set.Where(d => d.Path.StartsWith("rad-ai/", StringComparison.Ordinal)))
        {
            foreach (var block in MermaidBlocks(document.Content))
            {
                blocks++;
                foreach (var line in block.Split('\n'))
                {
                    // Every quoted label is one string: an even number of quotes, and no raw bracket, pipe or line break inside.
                    Assert.True(line.Count(c => c == '"') % 2 == 0, $"{document.Path}: unbalanced quotes in '{line}'");
                    foreach (Match label in QuotedLabel().Matches(line))
                        Assert.True(label.Groups[1].Value.IndexOfAny(['[', ']', '(', ')', '{', '}', '|', '"']) < 0, $"{document.Path}: raw bracket in label {label.Value}");
                }
                foreach (var name in names) Assert.DoesNotContain(name, block, StringComparison.Ordinal);
            }
        }
        Assert.True(blocks >= 6, $"only {blocks} diagrams");
        var containers = set.Find(Containers)!.Content;
        Assert.Contains("Model #quot;X#quot; #91;beta#93;", containers, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_in_the_documents_equal_counts_in_the_model()
    {
        var workspace = RichModel.Build();
        var ai = workspace.RadAi();
        var rec = ai.Stereotypes.MlModels[0];
        ai.Debt.Add(new DebtItem
        {
            Id = "MS-001",
            Category = DebtCategory.ModelStaleness,
            Description = "Catalog staleness",
            Severity = Severity.Medium,
            Affects = [rec],
            Mitigation = "event retrain",
            Status = DebtStatus.Open,
        });
        ai.Debt.Add(new DebtItem
        {
            Id = "MS-002",
            Category = DebtCategory.ModelStaleness,
            Description = "Search index lag",
            Severity = Severity.Low,
            Affects = [],
            Mitigation = "reindex",
            Status = DebtStatus.Mitigated,
        });
        ai.Debt.Add(new DebtItem
        {
            Id = "PD-001",
            Category = DebtCategory.Pipeline,
            Description = "Dead Flink jobs",
            Severity = Severity.Critical,
            Affects = [],
            Mitigation = "job reaper",
            Status = DebtStatus.Open,
        });
        var set = new RadAiDocumentation(workspace).Render();

        var debt = set.Find(Debt)!.Content;
        var items = ai.Debt.Items;
        var byCategory = Section(debt, "### By category and status");
        foreach (var category in DebtCategory.WellKnown)
        {
            var row = Row(byCategory, category.Name);
            Assert.Equal([Count(items, i => i.Category == category && i.Status == DebtStatus.Open), Count(items, i => i.Category == category && i.Status == DebtStatus.Mitigated),
                Count(items, i => i.Category == category && i.Status == DebtStatus.Accepted), Count(items, i => i.Category == category)], row[2..]);
            Assert.Equal(ai.Debt.FindAll(category).Count, TableRows(Section(debt, "### " + category.Name + " (")).Count);
        }
        Assert.Equal([Count(items, i => i.Status == DebtStatus.Open), Count(items, i => i.Status == DebtStatus.Mitigated),
            Count(items, i => i.Status == DebtStatus.Accepted), items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], Row(byCategory, "**Total**")[2..]);
        var bySeverity = Section(debt, "### By severity and status");
        foreach (var severity in Enum.GetValues<Severity>())
            Assert.Equal(Count(items, i => i.Severity == severity), Row(bySeverity, severity.ToString())[^1]);
        Assert.Equal(items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Row(bySeverity, "**Total**")[^1]);
        Assert.Contains($"{items.Count} items: {ai.Debt.Summary.Totals.Open} open, {ai.Debt.Summary.Totals.Mitigated} mitigated, {ai.Debt.Summary.Totals.Accepted} accepted.", debt, StringComparison.Ordinal);

        Assert.Equal(ai.Stereotypes.Elements.Count, TableRows(Section(set.Find(Containers)!.Content, "## AI component inventory")).Count);
        Assert.Equal(ai.QualityScenarios.Scenarios.Count, TableRows(Section(set.Find(Quality)!.Content, "## Scenario summary")).Count);
        Assert.Equal(ai.Lineage.Sources.Count, TableRows(Section(set.Find(Lineage)!.Content, "## Data source inventory")).Count);
        Assert.Equal(ai.Boundary.Interfaces.Count, TableRows(Section(set.Find(Boundary)!.Content, "## Boundary interfaces")).Count);
        Assert.Equal(ai.Operations.DriftDetection.Count, TableRows(Section(set.Find(Operations)!.Content, "### Drift detection")).Count);
        Assert.Equal(ai.Decisions.All.Count, set.Count(d => d.Path.StartsWith(Adrs, StringComparison.Ordinal) && !d.Path.EndsWith("README.md", StringComparison.Ordinal)));
    }

    [Fact]
    public void Adr_file_names_are_the_dsl_decision_numbers_and_an_ascii_slug_of_the_title()
    {
        var workspace = new Workspace("W");
        var ai = workspace.RadAi();
        ai.Decisions.Add(new AiDecision
        {
            Id = "AI-ADR-7",
            Title = "Über-Modell: Konsolidierung (v2)",
            Date = new DateOnly(2025, 2, 1),
            Status = DecisionStatus.Superseded,
            SupersededBy = "AI-ADR-012",
        });
        ai.Decisions.Add(new AiDecision
        {
            Id = "AI-ADR-012",
            Title = "Use a feature store",
            Date = new DateOnly(2025, 3, 1),
            Status = DecisionStatus.Accepted,
        });
        ai.Decisions.Add(new AiDecision
        {
            Id = "ML-ADR-012",
            Title = "Use a feature store",
            Date = new DateOnly(2025, 3, 2),
            Status = DecisionStatus.Proposed,
        });
        ai.Decisions.Add(new AiDecision
        {
            Id = "MODEL-CHOICE",
            Title = "Pick a model!",
            Date = new DateOnly(2025, 3, 3),
            Status = DecisionStatus.Proposed,
        });
        var set = new RadAiDocumentation(workspace).Render();
        // The numbers the DSL gives the workspace's decisions (in id order: a free trailing number, else the lowest free one).
        Assert.Equal([Adrs + "README.md", Adrs + "0007-uber-modell-konsolidierung-v2.md", Adrs + "0012-use-a-feature-store.md",
                Adrs + "0001-use-a-feature-store.md", Adrs + "0002-pick-a-model.md"],
            set.Select(d => d.Path).Where(p => p.StartsWith(Adrs, StringComparison.Ordinal)));
        MarkdownChecks.AssertWellFormed(set);
        Assert.Contains("| Superseded by | [AI-ADR-012](0012-use-a-feature-store.md) |", set.Find(Adrs + "0007-uber-modell-konsolidierung-v2.md")!.Content, StringComparison.Ordinal);
        Assert.Contains("4 AI-ADRs: 2 proposed, 1 accepted, 1 superseded.", set.Find(Adrs + "README.md")!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Adr_file_names_are_bounded_ascii_and_unique_ignoring_case_whatever_the_ids_and_titles()
    {
        var workspace = new Workspace("W");
        var ai = workspace.RadAi();
        var japanese = string.Concat(Enumerable.Repeat("機械学習モデルの再学習方針", 4))[..45];
        ai.Decisions.Add(new AiDecision { Id = "AI-ADR-001", Title = japanese, Date = new DateOnly(2025, 1, 1), Status = DecisionStatus.Accepted });
        ai.Decisions.Add(new AiDecision { Id = "AI-ADR-٣", Title = "Arabic-Indic digits", Date = new DateOnly(2025, 1, 2), Status = DecisionStatus.Accepted });
        ai.Decisions.Add(new AiDecision { Id = "AI-ADR-" + new string('9', 40), Title = "A long number", Date = new DateOnly(2025, 1, 3), Status = DecisionStatus.Accepted });
        ai.Decisions.Add(new AiDecision { Id = "x-1", Title = "Readme", Date = new DateOnly(2025, 1, 4), Status = DecisionStatus.Accepted });
        ai.Decisions.Add(new AiDecision { Id = "X-01", Title = "README", Date = new DateOnly(2025, 1, 5), Status = DecisionStatus.Accepted });
        ai.Decisions.Add(new AiDecision { Id = "CON", Title = "CON", Date = new DateOnly(2025, 1, 6), Status = DecisionStatus.Accepted });

        var paths = new RadAiDocumentation(workspace).Render().Select(d => d.Path).Where(p => p.StartsWith(Adrs, StringComparison.Ordinal)).ToList();

        var names = paths.Select(p => p[Adrs.Length..]).ToList();
        Assert.Equal(7, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches("^[a-z0-9-]+\\.md$|^README\\.md$", n));
        Assert.All(names, n => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(n), 1, 100));
        Assert.Equal(["README.md", "0001-" + PortableFileNames.Slug(japanese) + ".md", "0003-arabic-indic-digits.md", "0002-a-long-number.md",
                "0006-readme.md", "0005-readme.md", "0004-con.md"], names);
    }

    [Fact]
    public void Stereotypes_are_labelled_and_styled_from_the_workspace_style_and_stereotyped_components_are_listed()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var api = system.AddContainer("API", "serves", "Go");
        api.AddMlModel("Ranker", "ranks", "ONNX").WithVersion("3");
        system.AddMonitor("Watch");
        workspace.Views.Configuration.Styles.GetElementStyle(Stereotype.Monitor.Name)!.Background = "#123456";
        var content = new RadAiDocumentation(workspace).Render().Find(Containers)!.Content;
        Assert.Contains("classDef st_mon fill:#123456,stroke:#333333,color:#000000", content, StringComparison.Ordinal);
        Assert.Contains("#91;MON#93;", content, StringComparison.Ordinal);
        // A node's label stays short (name, stereotype, one fact): the stereotyped component is listed in the inventory, not on its container.
        Assert.DoesNotContain("contains Ranker", content, StringComparison.Ordinal);
        Assert.Contains("| Ranker | \\[ML\\] | Component | API | ONNX | v3 | primaryMetric; confidence; latency |", content, StringComparison.Ordinal);
    }

    // A model whose text contains every character that could break a table or a Mermaid label.
    private static (Workspace Workspace, string[] RawNames) Hostile()
    {
        var workspace = new Workspace("Hostile");
        var system = workspace.Model.AddSoftwareSystem("System \"S\" [x]");
        var ai = workspace.RadAi();
        var model = system.AddMlModel("Model \"X\" [beta]", "scores | ranks\nthings", "Py|Torch").WithVersion("1 ]").WithConfidence(0.5, 0.9);
        var pipeline = system.AddDataPipeline("Pipe (a) {b} #c; <d>", "ETL").Batch(Freshness.Daily);
        var store = system.AddFeatureStore("Store | \"S\"").WithFeatureCount(3);
        var gate = system.AddContainer("Gate ]\"[", "gate");
        var fallback = system.AddContainer("Fallback `x`", "fallback");
        var user = workspace.Model.AddPerson("User \"U\"");
        user.Uses(gate, "asks \"why\" [now]");
        pipeline.Uses(store, "writes | \"rows\"");
        model.Uses(store, "reads ]", null, InteractionStyle.Synchronous);
        ai.Boundary.Place(Region.NonDeterministic, model, store);
        ai.Boundary.Place(Region.Boundary, gate);
        ai.Boundary.Place(Region.Fallback, fallback);
        ai.Boundary.AddGate(new ConfidenceGate
        {
            Id = "CG-\"1\"",
            Component = model,
            Threshold = 0.6,
            ActionBelow = "fall ] back",
            Gate = gate,
            Fallback = fallback,
        });
        ai.Boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-001",
            From = gate,
            To = model,
            DataExchanged = "x | y\nz",
            Contract = "json \"strict\"",
        });
        ai.Lineage.AddSource(new DataSource
        {
            Id = "DS-001",
            Name = "Events | raw\nv2",
            Kind = DataSourceKind.Stream,
            Freshness = Freshness.Hourly,
            Element = pipeline,
            Volume = "10 \"k\" ]",
        });
        ai.Lineage.AddPath(new LineagePath("path [1]", "DS-001", model) { Stages = [new LineageStage
        {
            Name = "s|1",
            Input = "in",
            Transformation = "t",
            Output = "out",
            Element = pipeline,
        }] });
        ai.Debt.Add(new DebtItem
        {
            Id = "EN-001",
            Category = DebtCategory.Entanglement,
            Description = "couples a|b\nand c",
            Severity = Severity.High,
            Affects = [model],
            Mitigation = "fix \"it\"",
            Status = DebtStatus.Open,
            Title = "Title ] \"T\"",
        });
        ai.Debt.Add(new DebtItem
        {
            Id = "EN-002",
            Category = DebtCategory.Entanglement,
            Description = "second",
            Severity = Severity.Low,
            Affects = [],
            Mitigation = "none",
            Status = DebtStatus.Open,
        });
        ai.Debt.AddInteraction(new DebtInteraction("EN-001", "EN-002", "feeds \"into\" [x]"));
        ai.QualityScenarios.Add(new QualityScenario
        {
            Id = "QS-01",
            Attribute = QualityAttribute.Robustness,
            Source = "users",
            Stimulus = "load | spike\nat launch",
            Artifacts = [model],
            Environment = "prod",
            Response = "scale",
            ResponseMeasure = "p95 < 1 s",
        });
        ai.Operations.AddDriftDetection(new RadAi.Dsl.DriftDetection
        {
            Component = model,
            Type = RadAi.Dsl.DriftType.Data,
            Method = RadAi.Dsl.DriftMethod.Psi,
            Threshold = Threshold.Parse("PSI > 0.2"),
            CheckFrequency = Freshness.Hourly,
            Action = "page \"on-call\" ]",
        });
        ai.Pipelines.AddSignal(new RadAi.Dsl.Signal { Name = "sig \"a\"", Publisher = "pub [x]", Subscribers = ["sub ]"], Metadata = [] });
        return (workspace, ["Model \"X\" [beta]", "Gate ]\"[", "Store | \"S\"", "Title ] \"T\"", "feeds \"into\" [x]"]);
    }

    private static IEnumerable<string> MermaidBlocks(string content)
        => MermaidBlock().Matches(content).Select(m => m.Groups[1].Value);

    private static string Section(string content, string heading)
    {
        var start = content.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section '{heading}'");
        var next = content.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return next < 0 ? content[start..] : content[start..next];
    }

    // Data rows of the tables in a piece of markdown (header and delimiter rows left out).
    private static List<string[]> TableRows(string markdown)
    {
        var rows = new List<string[]>();
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('|') || lines[i].StartsWith("| ---", StringComparison.Ordinal)) continue;
            if (i + 1 < lines.Length && lines[i + 1].StartsWith("| ---", StringComparison.Ordinal)) continue;
            rows.Add(lines[i].Trim('|').Split(" | ").Select(c => c.Trim()).ToArray());
        }
        return rows;
    }

    private static string[] Row(string section, string first) => TableRows(section).Single(r => r[0] == first);

    private static string Count(IEnumerable<DebtItem> items, Func<DebtItem, bool> predicate)
        => items.Count(predicate).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedLabel();
}
