using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Analysis;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Inspections;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Analysis;

public partial class AnnexIvChecklistTests
{
    private static readonly string[] ItemIds =
        ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "5.1", "5.2", "6.1", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2"];

    /// <summary>A workspace with one system holding one unannotated container, so parts can refer to elements.</summary>
    private sealed record Bare(Workspace Workspace, SoftwareSystem System, Container Service)
    {
        public RadAiModel Ai => Workspace.RadAi();

        public MlModel Model() => Service.AsMlModel().Stereotyped<MlModel>()!;
    }

    private static Bare NewBare()
    {
        var workspace = new Workspace("Shop", "Sells things.");
        var system = workspace.Model.AddSoftwareSystem("Shop", "Sells things.");
        return new Bare(workspace, system, system.AddContainer("Ranker", "Ranks products.", "Python"));
    }

    private static readonly DateOnly Day = new(2026, 1, 15);

    /// <summary>One part of the model per item that documents it (and nothing needed for that item before).</summary>
    private static readonly Dictionary<string, Action<Bare>> Parts = new()
    {
        ["1.1"] = b => b.Ai.Compliance.Describe(new AiSystemProfile { IntendedPurpose = "Rank products for each customer" }),
        ["1.2"] = b => b.Ai.Compliance.Describe(new AiSystemProfile { Version = "2026.1" }),
        ["1.3"] = b => b.Workspace.Model.AddPerson("Customer", "Buys.").Uses(b.System, "Buys from", "HTTPS"),
        ["1.4"] = b => b.Ai.Registry.Add(new RegisteredModel
        {
            Id = "MDL-1",
            Element = b.Service,
            Name = "Ranker",
            Task = "Ranking",
            Framework = "XGBoost",
            Status = ModelStatus.Production,
            Versions = [new ModelVersion("1.0")],
        }),
        ["2.1"] = b => b.Ai.Compliance.Describe(new AiSystemProfile { DevelopmentProcess = "Notebook to Metaflow flow, reviewed before promotion" }),
        ["2.2"] = b => b.Model(),
        ["2.3"] = b => b.Workspace.Model.AddDeploymentNode("Live", "Cluster", "Kubernetes cluster", "EKS"),
        ["3.1"] = b => b.Ai.Lineage.AddSource(new DataSource
        {
            Id = "DS-001",
            Name = "Orders",
            Kind = DataSourceKind.Database,
            Freshness = Freshness.Daily,
        }),
        ["3.2"] = b =>
        {
            b.Ai.Lineage.AddSource(new DataSource { Id = "DS-001", Name = "Orders", Kind = DataSourceKind.Database, Freshness = Freshness.Daily });
            b.Ai.Lineage.AddPath(new LineagePath("Batch path", "DS-001", b.Service));
        },
        ["3.3"] = b => b.Ai.Pipelines.Add(new Pipeline
        {
            Id = "PL-001",
            Name = "Orders ETL",
            Mode = PipelineMode.Batch,
            FreshnessSla = Freshness.Daily,
            Owner = "Data team",
            Stages = [new PipelineStage { Name = "Cleaning", Input = "raw orders", Output = "clean orders", Processing = "drop test orders" }],
        }),
        ["3.4"] = b => b.Ai.Decisions.Add(new AiDecision
        {
            Id = "ADR-001",
            Title = "Use gradient boosting",
            Date = Day,
            Status = DecisionStatus.Accepted,
            Dataset = new DatasetCharacteristics { Size = "2M orders" },
        }),
        ["4.1"] = b => b.Ai.Decisions.Add(new AiDecision
        {
            Id = "ADR-001",
            Title = "Use gradient boosting",
            Date = Day,
            Status = DecisionStatus.Accepted,
            Outcome = "Gradient boosting",
        }),
        ["4.2"] = b => b.Ai.Decisions.Add(new AiDecision
        {
            Id = "ADR-001",
            Title = "Use gradient boosting",
            Date = Day,
            Status = DecisionStatus.Accepted,
            Alternatives = [new ConsideredAlternative { Name = "Deep network", Type = "Model", Pros = ["accuracy"], Cons = ["latency"] }],
        }),
        ["5.1"] = b => b.Ai.Debt.Add(new DebtItem
        {
            Id = "DD-001",
            Category = DebtCategory.DataDependency,
            Description = "Orders schema owned elsewhere",
            Severity = Severity.Low,
            Affects = [b.Service],
            Mitigation = "",
            Status = DebtStatus.Open,
        }),
        ["5.2"] = b => b.Ai.Boundary.AddFallback(new FallbackStrategy
        {
            Id = "FB1",
            Name = "Best sellers",
            For = b.Service,
            Trigger = "model down",
            Behavior = "show best sellers",
        }),
        ["6.1"] = b => b.Ai.Registry.Add(new RegisteredModel
        {
            Id = "MDL-1",
            Element = b.Service,
            Name = "Ranker",
            Task = "Ranking",
            Framework = "XGBoost",
            Status = ModelStatus.Production,
            Versions = [new ModelVersion("1.0"), new ModelVersion("1.1") { KeyChange = "More features" }],
        }),
        ["7.1"] = b => b.Ai.QualityScenarios.Add(new QualityScenario
        {
            Id = "QS-01",
            Attribute = new QualityAttribute("Accuracy"),
            Source = "Analyst",
            Stimulus = "Monthly review",
            Artifacts = [b.Service],
            Environment = "Production",
            Response = "Report",
            ResponseMeasure = "NDCG >= 0.4",
        }),
        ["7.2"] = b => b.Ai.Boundary.AddDegradation(new DegradationScenario
        {
            Scenario = "Model down",
            Detection = "health check",
            SystemBehavior = "best sellers",
            UserImpact = "less relevant products",
        }),
        ["8.1"] = b => b.Service.AsHumanInTheLoop(),
        ["8.2"] = b => b.Ai.ResponsibleAi.SetOverridePolicy(new OverridePolicy { OverrideMechanism = "Merchandisers pin products" }),
        ["9.1"] = b => b.Ai.Operations.AddHealthMetric(new HealthMetric
        {
            Component = b.Service,
            Metric = "latency P95",
            Baseline = "120 ms",
            Warning = Threshold.Parse("> 200 ms"),
            Critical = Threshold.Parse("> 400 ms"),
        }),
        ["9.2"] = b => b.Ai.Compliance.Describe(new AiSystemProfile { LoggingAndAudit = "Every ranking request is logged with model version for 90 days" }),
    };

    public static TheoryData<string> Items() => [.. ItemIds];

    [Fact]
    public void The_checklist_has_the_22_items_of_the_template_in_order()
    {
        var checklist = AnnexIvChecklist.Evaluate(NewBare().Workspace);
        Assert.Equal(ItemIds, checklist.Items.Select(i => i.Id));
        var template = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "radai", "templates", "compliance-checklist.md"));
        Assert.Equal(ItemIds, TemplateItem().Matches(template).Select(m => m.Groups[1].Value));
        Assert.Equal([4, 3, 4, 2, 2, 1, 2, 2, 2], Enum.GetValues<AnnexIvSection>().Select(s => checklist.ItemsOf(s).Count));
    }

    [Fact]
    public void An_empty_model_documents_nothing()
    {
        var checklist = AnnexIvChecklist.Evaluate(new Workspace("Empty"));
        Assert.Equal(22, checklist.Items.Count);
        Assert.All(checklist.Items, i => Assert.False(i.IsDocumented, i.ToString()));
        Assert.Equal(0, checklist.DocumentedCount);
        Assert.Null(checklist.RiskClassification);
        Assert.All(checklist.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.HowToDocument)));
    }

    [Fact]
    public void A_bare_system_with_one_container_documents_nothing_either()
        => Assert.Equal(0, AnnexIvChecklist.Evaluate(NewBare().Workspace).DocumentedCount);

    [Fact]
    public void Every_item_has_a_part_that_documents_it()
        => Assert.Equal(ItemIds, Parts.Keys);

    [Theory]
    [MemberData(nameof(Items))]
    public void Each_item_flips_to_documented_when_its_model_part_is_added(string id)
    {
        var bare = NewBare();
        Assert.False(AnnexIvChecklist.Evaluate(bare.Workspace).Find(id)!.IsDocumented);
        Parts[id](bare);
        var item = AnnexIvChecklist.Evaluate(bare.Workspace).Find(id)!;
        Assert.True(item.IsDocumented, $"{id} is still missing after adding its part");
        Assert.All(item.Evidence, e => Assert.False(string.IsNullOrWhiteSpace(e.Part + e.Detail)));
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Each_item_is_documented_the_same_after_a_JSON_round_trip(string id)
    {
        var bare = NewBare();
        Parts[id](bare);
        var before = AnnexIvChecklist.Evaluate(bare.Workspace).Find(id)!;
        var copy = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(bare.Workspace));
        var after = AnnexIvChecklist.Evaluate(copy).Find(id)!;
        Assert.Equal(before.Evidence, after.Evidence);
    }

    [Fact]
    public void The_profile_round_trips_through_the_workspace_and_the_convention_key()
    {
        var bare = NewBare();
        var profile = new AiSystemProfile
        {
            SystemName = "Shop Recommender", Version = "2026.1", IntendedPurpose = "Rank products | for each customer",
            RiskClassification = RiskClassification.Limited, RiskRationale = "Product ranking is not an Annex III area",
            DevelopmentProcess = "Reviewed flows", ComputationalResources = "4 GPU nodes", LoggingAndAudit = "Request logs kept 90 days",
            Assessor = "Compliance office", AssessmentDate = Day,
        };
        bare.Ai.Compliance.Describe(profile);
        Assert.Contains("\"riskClassification\":\"Limited\"", bare.Workspace.GetEffectiveProperties().Single(p => p.Key == RadAiConvention.ComplianceKey).Value, StringComparison.Ordinal);
        var copy = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(bare.Workspace));
        Assert.Equal(profile, RadAiModel.Load(copy).Compliance.Profile);
        Assert.Equal("Shop Recommender", AnnexIvChecklist.Evaluate(copy).SystemName);
        Assert.Equal(RiskClassification.Limited, AnnexIvChecklist.Evaluate(copy).RiskClassification);
    }

    [Fact]
    public void A_blank_profile_field_is_refused_with_its_name()
    {
        var e = Assert.Throws<ModelException>(() => NewBare().Ai.Compliance.Describe(new AiSystemProfile { IntendedPurpose = " " }));
        Assert.Contains("IntendedPurpose", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_stored_profile_is_reported_with_its_location()
    {
        var bare = NewBare();
        bare.Workspace.Properties.Set(RadAiConvention.ComplianceKey, "{\"profile\":{\"riskClassification\":3}}");
        var copy = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(bare.Workspace));
        var e = Assert.Throws<RadAiConventionException>(() => RadAiModel.Load(copy));
        Assert.Contains(RadAiConvention.ComplianceKey, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_part_of_the_documentation_set_parses_and_has_22_rows()
    {
        var fixture = AiInspectionFixtures.CleanAi();
        fixture.Ai.Compliance.Describe(new AiSystemProfile { IntendedPurpose = "Rank products for each customer", RiskClassification = RiskClassification.Minimal });
        var set = new RadAiDocumentation(fixture.Workspace).Render();
        var document = set.Find("compliance/annex-iv-checklist.md");
        Assert.NotNull(document);
        MarkdownChecks.AssertWellFormed(set);
        Assert.Equal(22, ChecklistRow().Count(document.Content));
        Assert.Contains("| Risk classification | Minimal risk |", document.Content, StringComparison.Ordinal);
        Snapshot.Match("Rendering/Markdown/compliance/annex-iv-checklist.md", document.Content);
    }

    [Fact]
    public void The_report_is_the_same_under_a_German_culture()
    {
        var fixture = AiInspectionFixtures.CleanAi();
        var invariant = new RadAiDocumentation(fixture.Workspace).Render().Find("compliance/annex-iv-checklist.md")!.Content;
        using (new CultureScope("de-DE"))
            Assert.Equal(invariant, new RadAiDocumentation(fixture.Workspace).Render().Find("compliance/annex-iv-checklist.md")!.Content);
    }

    [GeneratedRegex(@"^- \[ \] \*\*(\d\.\d)\*\*", RegexOptions.Multiline)]
    private static partial Regex TemplateItem();

    [GeneratedRegex(@"^\| \d\.\d \| ", RegexOptions.Multiline)]
    private static partial Regex ChecklistRow();
}
