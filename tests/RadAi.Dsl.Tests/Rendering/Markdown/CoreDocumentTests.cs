using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;
using RadAi.Dsl.Tests.Support;
using static RadAi.Dsl.Tests.Rendering.Markdown.CoreDocumentFixtures;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>The standard arc42/C4 documents and the RAD-AI E1–E4 documents.</summary>
public class CoreDocumentTests
{
    [Theory]
    [MemberData(nameof(All), MemberType = typeof(CoreDocumentFixtures))]
    public void Rich_model_documents_match_their_snapshots(string path)
        => Snapshot.Match("Rendering/Markdown/rich/" + path, Document(Render(RichModel.Build()), path));

    // kept as files so that tools/mermaid-check can parse the escaped diagrams in CI
    [Theory]
    [MemberData(nameof(All), MemberType = typeof(CoreDocumentFixtures))]
    public void Awkward_text_documents_match_their_snapshots(string path)
        => Snapshot.Match("Rendering/Markdown/awkward/" + path, Document(Render(Awkward()), path));

    [Fact]
    public void Runtime_view_of_a_dynamic_view_matches_its_snapshot()
    {
        var set = Render(RichWithRuntime());
        var runtime = Document(set, "standard/arc42/06-runtime-view.md");
        Snapshot.Match("Rendering/Markdown/rich-runtime/06-runtime-view.md", runtime);
        Assert.Equal(4, RowsUnder(runtime, "Steps"));
        Assert.Equal(["1", "2", "3", "4"], FirstColumnUnder(runtime, "Steps"));
        Assert.Contains("sequenceDiagram", runtime, StringComparison.Ordinal);
        Assert.Contains("-->>", runtime, StringComparison.Ordinal); // the response step
        MarkdownChecks.AssertWellFormed(set);
    }

    [Fact]
    public void Rendered_sets_are_well_formed_markdown_with_resolving_links()
    {
        MarkdownChecks.AssertWellFormed(Render(RichModel.Build()));
        MarkdownChecks.AssertWellFormed(Render(RichWithRuntime()));
        MarkdownChecks.AssertWellFormed(Render(new Workspace("Empty")));
        MarkdownChecks.AssertWellFormed(Render(Awkward()));
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(CoreDocumentFixtures))]
    public void An_empty_workspace_says_plainly_that_each_section_is_empty(string path)
    {
        var content = Document(RenderEvery(new Workspace("Empty")), path);
        Assert.DoesNotContain(content.Split('\n'), l => l.StartsWith('|'));
        Assert.Empty(MermaidBlocks(content));
        Assert.Matches(@"(?m)^_[A-Z][^\n]*\._$", content);
    }

    [Theory]
    [MemberData(nameof(ExtensionTheory))]
    public void A_workspace_without_rad_ai_content_has_no_tables_in_the_extension_documents(string path)
    {
        var workspace = new Workspace("Plain");
        var system = workspace.Model.AddSoftwareSystem("Shop");
        workspace.Model.AddPerson("Buyer").Uses(system.AddContainer("Web", "Sells", "ASP.NET"), "buys");
        var content = Document(RenderEvery(workspace), path);
        Assert.DoesNotContain(content.Split('\n'), l => l.StartsWith('|'));
        Assert.Empty(MermaidBlocks(content));
    }

    public static TheoryData<string> ExtensionTheory() => new(CoreDocumentFixtures.ExtensionPaths);

    [Fact]
    public void Standard_documents_carry_no_rad_ai_vocabulary()
    {
        var workspace = RichWithRuntime();
        var ai = workspace.RadAi();
        var set = Render(workspace);
        var forbidden = ai.Stereotypes.All.SelectMany(s => new[] { s.BracketLabel, "<<" + s.Name + ">>", "«" + s.Name + "»" })
            .Concat(ai.Registry.Models.Select(m => m.Id)).Concat(ai.Pipelines.Pipelines.Select(p => p.Id)).Concat(ai.Lineage.Sources.Select(s => s.Id))
            .Concat(["radai", "RAD-AI", "Non-deterministic", "MDL-", "stereotype"]).ToList();
        foreach (var path in StandardPaths)
        {
            var content = Document(set, path);
            foreach (var word in forbidden)
                Assert.False(content.Contains(word, StringComparison.OrdinalIgnoreCase), $"{path} mentions '{word}'.");
            // the stereotype styles (colours, shapes) would show the AI layer too; the palette's boundary and group subgraphs are plain C4
            Assert.DoesNotContain("classDef st_", content, StringComparison.Ordinal);
            foreach (var stereotype in ai.Stereotypes.All)
                Assert.DoesNotContain("fill:" + DiagramPalette.StereotypeFill(workspace, stereotype), content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(content.Split('\n'), l => l.Contains("fill:", StringComparison.Ordinal)
                && !l.EndsWith(DiagramPalette.Group, StringComparison.Ordinal) && !l.EndsWith(DiagramPalette.SystemBoundary, StringComparison.Ordinal));
            Assert.DoesNotContain("{{", content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Counts_in_the_documents_equal_counts_in_the_model()
    {
        var workspace = RichModel.Build();
        var ai = workspace.RadAi();
        var set = Render(workspace);
        var e1 = Document(set, "rad-ai/arc42-extensions/03-ai-boundary-delineation.md");
        var e2 = Document(set, "rad-ai/arc42-extensions/05-model-registry-view.md");
        var e3 = Document(set, "rad-ai/arc42-extensions/06-data-pipeline-view.md");
        var e4 = Document(set, "rad-ai/arc42-extensions/08-responsible-ai-concepts.md");
        Assert.Equal(ai.BoundaryDelineation.Components.Count, RowsUnder(e1, "AI components inventory"));
        Assert.Equal(ai.BoundaryDelineation.FailureModes.Count, RowsUnder(e1, "Failure modes"));
        Assert.Equal(ai.BoundaryDelineation.ExternalServices.Count, RowsUnder(e1, "External AI dependencies"));
        Assert.Equal(ai.Registry.Models.Count, RowsUnder(e2, "Model inventory"));
        Assert.Equal(ai.Registry.Models.Select(m => m.Id), FirstColumnUnder(e2, "Model inventory"));
        Assert.Equal(ai.Registry.Tools.Count, RowsUnder(e2, "Integration with model registry tools"));
        Assert.Equal(ai.Registry.Models[0].Versions.Count, RowsUnder(e2, "Versioning"));
        Assert.Equal(ai.Pipelines.Pipelines.Select(p => p.Id), FirstColumnUnder(e3, "Pipeline inventory"));
        Assert.Equal(ai.Pipelines.FeatureGroups.Count, RowsUnder(e3, "Feature store"));
        Assert.Equal(ai.Pipelines.FeedbackLoops.Count, RowsUnder(e3, "Feedback loops"));
        Assert.Equal(ai.Pipelines.Signals.Count, RowsUnder(e3, "Signals"));
        Assert.Equal(ai.ResponsibleAi.Matrix.Select(m => m.Component).Distinct().Count(), RowsUnder(e4, "Concern matrix"));
        Assert.Equal(ai.ResponsibleAi.FairnessMetrics.Count, RowsUnder(e4, "Fairness metrics"));
        Assert.Equal(ai.ResponsibleAi.DataProtection.Count, RowsUnder(e4, "Data protection"));
        var containers = Document(set, "standard/c4/container-diagram.md");
        Assert.Equal(workspace.Model.SoftwareSystems.Sum(s => s.Containers.Count), RowsUnder(containers, "Containers"));
        Assert.Contains($"has {workspace.Model.SoftwareSystems[0].Containers.Count} containers.", containers, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Inventories_grow_with_the_registers(int count)
    {
        var workspace = new Workspace("Counted");
        var system = workspace.Model.AddSoftwareSystem("S");
        var ai = workspace.RadAi();
        for (var i = 1; i <= count; i++)
        {
            var model = system.AddMlModel("Model " + i);
            ai.Registry.Add(new RegisteredModel
            {
                Id = "MDL-" + i,
                Element = model,
                Name = "Model " + i,
                Task = "ranking",
                Framework = "PyTorch",
                Status = ModelStatus.Staging,
            });
            ai.Pipelines.Add(new Pipeline
            {
                Id = "PL-" + i,
                Name = "Pipeline " + i,
                Mode = PipelineMode.Batch,
                FreshnessSla = Freshness.Daily,
                Owner = "Data",
            });
        }
        var set = RenderEvery(workspace);
        var e2 = Document(set, "rad-ai/arc42-extensions/05-model-registry-view.md");
        var e3 = Document(set, "rad-ai/arc42-extensions/06-data-pipeline-view.md");
        Assert.Equal(count == 0 ? -1 : count, RowsUnder(e2, "Model inventory"));
        Assert.Equal(count == 0 ? -1 : count, RowsUnder(e3, "Pipeline inventory"));
        Assert.Contains("holds " + Words.Count(count, "model"), e2, StringComparison.Ordinal);
        Assert.Contains("It has " + Words.Count(count, "pipeline"), e3, StringComparison.Ordinal);
        MarkdownChecks.AssertWellFormed(Render(workspace));
    }

    [Fact]
    public void Model_dependencies_are_computed_from_relationships()
    {
        var workspace = RichModel.Build();
        var e2 = Document(Render(workspace), "rad-ai/arc42-extensions/05-model-registry-view.md");
        Assert.Contains("- Upstream: Amber Feature Store (Container)", e2, StringComparison.Ordinal);
        Assert.Contains("- Downstream: ML Observability (Container), API Gateway (Zuul) (Container)", e2, StringComparison.Ordinal);

        var platform = workspace.Model.GetSoftwareSystemWithName("Netflix ML Platform")!;
        var kafka = platform.GetContainerWithName("Apache Kafka")!;
        kafka.Uses(platform.GetContainerWithName("Recommendation Models")!, "training events");
        e2 = Document(Render(workspace), "rad-ai/arc42-extensions/05-model-registry-view.md");
        Assert.Contains("- Upstream: Apache Kafka (Container), Amber Feature Store (Container)", e2, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_and_line_breaks_in_model_text_do_not_break_tables()
    {
        var set = Render(Awkward());
        MarkdownChecks.AssertWellFormed(set);
        var context = Document(set, "standard/arc42/03-context-scope.md");
        Assert.Contains(@"Pays \| refunds<br>second line", context, StringComparison.Ordinal);
        var e2 = Document(set, "rad-ai/arc42-extensions/05-model-registry-view.md");
        Assert.Contains(@"rank \| score<br>then filter", e2, StringComparison.Ordinal);
        Assert.Equal(1, RowsUnder(e2, "Model inventory"));
        var e4 = Document(set, "rad-ai/arc42-extensions/08-responsible-ai-concepts.md");
        Assert.Equal(1, RowsUnder(e4, "Disclosure requirements"));
        Assert.Contains(@"a \| b<br>c", e4, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_and_brackets_in_model_text_do_not_break_mermaid_labels()
    {
        var set = Render(Awkward());
        var blocks = AllPaths.SelectMany(p => MermaidBlocks(Document(set, p))).ToList();
        Assert.NotEmpty(blocks);
        foreach (var block in blocks)
        {
            Assert.DoesNotContain("Say \"hi\"", block, StringComparison.Ordinal);
            Assert.DoesNotContain("[beta]", block, StringComparison.Ordinal);
            foreach (var line in block.Split('\n'))
                Assert.True(line.Count(c => c == '"') % 2 == 0, $"Unbalanced quotes in Mermaid line: {line}");
        }
        Assert.Contains(blocks, b => b.Contains("Say #quot;hi#quot;", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Contains("Ranker #91;beta#93;", StringComparison.Ordinal));
        var context = Document(set, "standard/c4/system-context.md");
        Assert.Contains("Drawn from the view `context`.", context, StringComparison.Ordinal);
        Assert.Contains("participant p3 as Bank #91;core#93; #45; EU#44; v2#58; main", Document(set, "standard/arc42/06-runtime-view.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_does_not_depend_on_the_culture()
    {
        var invariant = Render(RichWithRuntime()).Select(d => d.Content).ToList();
        using var _ = new CultureScope("de-DE");
        Assert.Equal(invariant, Render(RichWithRuntime()).Select(d => d.Content).ToList());
        Assert.Contains("| 0.03 |", Document(Render(RichModel.Build()), "rad-ai/arc42-extensions/08-responsible-ai-concepts.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Freshness_reads_as_words()
    {
        Assert.Equal("under 5 seconds", FreshnessWords.Of(Freshness.Under(TimeSpan.FromSeconds(5))));
        Assert.Equal("at most 1 hour from event generation", FreshnessWords.Of(Freshness.AtMost(TimeSpan.FromHours(1), "from event generation")));
        Assert.Equal("daily", FreshnessWords.Of(Freshness.Daily));
        Assert.Equal("every 15 minutes", FreshnessWords.Of(Freshness.Every(15, CadencePeriod.Minute)));
        Assert.Equal("on catalog change", FreshnessWords.Of(Freshness.OnEvent("catalog change")));
        Assert.Equal("weekly to monthly", FreshnessWords.Of(Freshness.Parse("weekly to monthly")));
        Assert.Equal("online: under 5 seconds; offline: daily", FreshnessWords.Of(Freshness.Parse("online < 5 s, offline daily")));
        Assert.Equal("varies by model", FreshnessWords.Of(Freshness.AsWritten("varies by model")));
        Assert.Equal(string.Empty, FreshnessWords.Of(null));
    }

    /// <summary>Model text with pipes, line breaks, quotes and brackets wherever the documents show it.</summary>
    internal static Workspace Awkward()
    {
        var workspace = new Workspace("Awkward | \"quoted\"", "line one\nline two");
        var user = workspace.Model.AddPerson("User \"U\"", "Say \"hi\" [beta]");
        var bank = workspace.Model.AddSoftwareSystem("Bank [core] - EU, v2: main", "Pays | refunds\nsecond line");
        var shop = workspace.Model.AddSoftwareSystem("Shop", "Sells | things");
        var web = shop.AddContainer("Web \"front\"", "Say \"hi\"", "ASP.NET; C#");
        var ranker = shop.AddMlModel("Ranker [beta]", "rank | score\nthen filter", "PyTorch").WithVersion("v2 \"final\"");
        var pipeline = shop.AddDataPipeline("ETL #1", "Loads {data}", "Spark");
        user.Uses(web, "Say \"hi\"", "HTTPS");
        web.Uses((StaticStructureElement)ranker, "asks | ranks\nfor items", "gRPC \"fast\"", InteractionStyle.Synchronous);
        ((StaticStructureElement)pipeline).Uses((StaticStructureElement)ranker, "features [v2]");
        web.Uses(bank, "Pays | refunds\nsecond line", "REST");
        var dynamic = workspace.Views.CreateDynamicView(shop, "checkout", "Check \"out\" | pay");
        dynamic.Add(user, web);
        dynamic.Add(web, "Say \"hi\" - to: bank, now", bank);
        workspace.Views.CreateSystemContextView(shop, "context", "Context [x]").AddAllElements();

        var ai = workspace.RadAi();
        ai.BoundaryDelineation.AddComponent(new AiComponent
        {
            Component = ranker,
            Type = new AiTaskType("Rank | \"score\""),
            InputDomain = "items\nand users",
            OutputDomain = "ranked [list]",
            FallbackStrategy = "popular items",
        });
        ai.BoundaryDelineation.AddFailureMode(new FailureMode
        {
            Component = ranker,
            Condition = "down | slow",
            SystemBehavior = "fallback \"popular\"",
            UserImpact = "less relevant",
        });
        ai.Registry.Add(new RegisteredModel
        {
            Id = "MDL-1",
            Element = ranker,
            Name = "Ranker [beta]",
            Task = "rank | score\nthen filter",
            Framework = "PyTorch",
            Status = ModelStatus.Production,
            Versions = [new ModelVersion("v1 [old]") { KeyChange = "first | \"cut\"" }, new ModelVersion("v2 \"final\"") { KeyChange = "better [ranking]" }],
        });
        ai.Pipelines.Add(new Pipeline
        {
            Id = "PL-1",
            Name = "ETL \"nightly\" [x]",
            Mode = PipelineMode.Batch,
            FreshnessSla = Freshness.Daily,
            Owner = "Data | Eng",
            Element = pipeline,
        });
        ai.Pipelines.AddFeatureGroup(new FeatureGroup
        {
            Name = "Group \"a\" [b]",
            FeatureCount = 3,
            SourcePipelines = ["PL-1"],
            Refresh = Freshness.Daily,
            Consumers = [ranker],
        });
        ai.Pipelines.AddTrigger(new WorkflowTrigger("flow \"a\"", "flow [b]", "done | ok") { Signal = "sig;1" });
        ai.Pipelines.AddSignal(new Signal { Name = "sig \"x\"", Publisher = "flow [b]", Subscribers = ["flow #c"], Metadata = ["row | count"] });
        ai.ResponsibleAi.SetConcern(new ConcernEntry
        {
            Component = ranker,
            Concern = Concern.Fairness,
            Metric = "gap | \"x\"",
            Threshold = Threshold.Parse("gap < 0.05"),
        });
        ai.ResponsibleAi.AddDisclosure(new Disclosure { Context = "Home", Text = "a | b\nc", Format = "UI [label]" });
        return workspace;
    }
}
