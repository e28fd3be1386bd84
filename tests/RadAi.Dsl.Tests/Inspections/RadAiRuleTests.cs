using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using static RadAi.Dsl.Tests.Inspections.AiInspectionFixtures;
using static RadAi.Dsl.Tests.Inspections.InspectionFixtures;

namespace RadAi.Dsl.Tests.Inspections;

/// <summary>The RAD-AI rules beyond their trip/pass fixtures: clean model, messages, JSON input, suppressions.</summary>
public class RadAiRuleTests
{
    [Fact]
    public void The_clean_AI_fixture_has_no_findings_in_CSharp_or_read_from_JSON()
    {
        Assert.Empty(InspectAi().Findings.Select(f => f.ToString()));
        var fromJson = Inspect(CleanAiJson());
        Assert.True(fromJson.IsComplete);
        Assert.Empty(fromJson.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Missing_stereotype_properties_are_named_with_the_setter_and_the_property_key()
    {
        var finding = Assert.Single(InspectAi(p => p.Latency = false).Findings, f => f.Rule.Id == "RADAI101");
        Assert.Equal("The ML Model \"Shop.Recommender\" lacks latency (serving latency target). Set it with .WithLatency(TimeSpan.FromMilliseconds(250), 95), or the property radai:ml.latency.", finding.Message);
    }

    [Fact]
    public void A_model_that_states_its_quality_as_metrics_needs_no_confidence_range_or_primary_metric()
    {
        var fixture = CleanAi();
        fixture.Model.Properties.Remove("radai:ml.primaryMetric");
        fixture.Model.Properties.Remove("radai:ml.confidence");
        var without = Inspector.Run(fixture.Workspace);
        Assert.Contains(without.Findings, f => f.Rule.Id == "RADAI101" && f.Message.Contains("primaryMetric", StringComparison.Ordinal));
        Assert.Contains(without.Findings, f => f.Rule.Id == "RADAI103" && f.Message.Contains("confidence range", StringComparison.Ordinal));

        fixture.Model.WithQualityMetrics("precision 0.41", "recall 0.83");
        var with = Inspector.Run(fixture.Workspace);
        Assert.DoesNotContain(with.Findings, f => f.Rule.Id == "RADAI101");
        Assert.DoesNotContain(with.Findings, f => f.Rule.Id == "RADAI103");
    }

    [Fact]
    public void An_unreadable_stereotype_value_is_reported_and_does_not_stop_the_other_rules()
    {
        var fixture = CleanAi();
        fixture.Model.WithFact("confidence", "very high");
        var report = Inspector.Run(fixture.Workspace);
        var finding = Assert.Single(report.Findings, f => f.Rule.Id == "RADAI114");
        Assert.Contains("radai:ml.confidence = \"very high\", which cannot be read", finding.Message, StringComparison.Ordinal);
        // the registry rule cannot read the range on the element either: it asks for one
        Assert.Contains(report.Findings, f => f.Rule.Id == "RADAI103" && f.Message.Contains("confidence range", StringComparison.Ordinal));
    }

    [Fact]
    public void Custom_stereotypes_are_checked_for_their_own_required_properties()
    {
        var fixture = CleanAi();
        var llm = fixture.Ai.Stereotypes.Register(new Stereotype("LLM", "LLM")
        {
            Description = "Hosted large language model",
            RequiredProperties = [new("provider", "Who hosts it"), new("contextWindow", "Tokens per request")],
        });
        var assistant = fixture.Shop.System.AddStereotyped(llm, "Assistant", "Answers questions.", "GPT");
        assistant.WithFact("provider", "Azure OpenAI");
        var finding = Assert.Single(Inspector.Run(fixture.Workspace).Findings, f => f.Rule.Id == "RADAI101");
        Assert.Equal("Container://Shop.Assistant", finding.Subject.Name);
        Assert.Contains("contextWindow (tokens per request)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("radai:llm.contextWindow", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("provider", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Data_Pipeline_without_an_inventory_row_is_reported()
    {
        var fixture = CleanAi();
        var batch = fixture.Shop.System.AddDataPipeline("Nightly Export", "Exports orders.", "Spark").Batch(Freshness.Daily).WithQualityGates("row count");
        fixture.Shop.Database.Uses((RadAi.Dsl.Container)batch, "Is exported by", "JDBC");
        var finding = Assert.Single(Inspector.Run(fixture.Workspace).Findings, f => f.Rule.Id == "RADAI105");
        Assert.Equal("Container://Shop.Nightly Export", finding.Subject.Name);
        Assert.Contains("no row in the pipeline inventory", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipeline_with_a_worded_SLA_is_reported_on_its_record_when_it_has_no_element()
    {
        var fixture = CleanAi();
        fixture.Ai.Pipelines.Add(new Pipeline
        {
            Id = "PL-002",
            Name = "Vendor feed",
            Mode = PipelineMode.Batch,
            FreshnessSla = Freshness.AsWritten("varies by vendor"),
            Owner = "Data platform team",
        });
        var finding = Assert.Single(Inspector.Run(fixture.Workspace).Findings, f => f.Rule.Id == "RADAI105");
        Assert.Equal(SubjectKind.Record, finding.Subject.Kind);
        Assert.Equal("Pipeline PL-002", finding.Subject.Name);
        Assert.Contains("\"varies by vendor\" is only words", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("streaming < 1 s, aggregation hourly", false)] // the streaming mode delivers in time
    [InlineData("hourly", true)]
    [InlineData("continuous", false)]
    [InlineData("daily to weekly", true)]
    public void Freshness_is_compared_with_the_freshest_mode_of_the_feeding_pipeline(string sla, bool gap)
    {
        var fixture = CleanAi(p => { p.Required = Freshness.Under(TimeSpan.FromSeconds(5)); p.PipelineSla = Freshness.Parse(sla); });
        var findings = Inspector.Run(fixture.Workspace).Findings.Where(f => f.Rule.Id == "RADAI106").ToList();
        Assert.Equal(gap, findings.Count == 1);
        if (gap) Assert.Contains("\"Shop.Click Stream\"", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_unreadable_value_on_two_elements_is_reported_on_each_and_a_readable_one_on_neither()
    {
        // Each distinct stored text is parsed once per run: the answer must still reach every element carrying it.
        var workspace = new Workspace("Values");
        var system = workspace.Model.AddSoftwareSystem("S");
        var first = system.AddMlModel("M1").WithVersion("1").WithPrimaryMetric("NDCG", "0.4").WithLatency(TimeSpan.FromMilliseconds(100));
        var second = system.AddMlModel("M2").WithVersion("1").WithPrimaryMetric("NDCG", "0.4").WithLatency(TimeSpan.FromMilliseconds(100));
        first.WithFact("confidence", "very high");
        second.WithFact("confidence", "very high");
        var findings = Inspector.Run(workspace).Findings.Where(f => f.Rule.Id == "RADAI114").ToList();
        Assert.Equal(["Container://S.M1", "Container://S.M2"], findings.Select(f => f.Subject.Name));
        Assert.Equal(findings[0].Message.Replace("M1", "M2", StringComparison.Ordinal), findings[1].Message);
        Assert.Contains("radai:ml.confidence = \"very high\", which cannot be read", findings[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("latency", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lineage_stages_feed_only_the_consumer_their_path_ends_at_and_a_pipeline_on_two_paths_counts_once()
    {
        // The paths ending at a consumer are looked up, not scanned per requirement: each consumer must still see
        // exactly the pipelines on its own paths, in path order, each once.
        var workspace = new Workspace("Lineage");
        var system = workspace.Model.AddSoftwareSystem("S");
        var a = system.AddContainer("A");
        var b = system.AddContainer("B");
        var hourly = system.AddDataPipeline("P1").WithSla(Freshness.Hourly);
        var fast = system.AddDataPipeline("P2").WithSla(Freshness.Under(TimeSpan.FromSeconds(5)));
        var daily = system.AddDataPipeline("P3").WithSla(Freshness.Daily);
        var lineage = workspace.RadAi().Lineage;
        lineage.AddSource(new DataSource { Id = "DS-1", Name = "Clicks", Kind = DataSourceKind.Stream, Freshness = Freshness.Continuous });
        lineage.AddPath(new LineagePath("to A", "DS-1", a) { Stages = [new()
        {
            Name = "s",
            Input = "i",
            Transformation = "t",
            Output = "o",
            Element = daily,
        }] });
        lineage.AddPath(new LineagePath("to B", "DS-1", b) { Stages = [new()
        {
            Name = "s",
            Input = "i",
            Transformation = "t",
            Output = "o",
            Element = fast,
        }] });
        lineage.AddPath(new LineagePath("to A again", "DS-1", a) { Stages = [new()
        {
            Name = "s",
            Input = "i",
            Transformation = "t",
            Output = "o",
            Element = hourly,
        }, new()
        {
            Name = "s2",
            Input = "i",
            Transformation = "t",
            Output = "o",
            Element = daily,
        }] });
        lineage.AddFreshnessRequirement(new FreshnessRequirement(a, Freshness.Under(TimeSpan.FromMinutes(1)), Freshness.Continuous));
        lineage.AddFreshnessRequirement(new FreshnessRequirement(b, Freshness.Under(TimeSpan.FromSeconds(1)), Freshness.Continuous));
        var findings = Inspector.Run(workspace).Findings.Where(f => f.Rule.Id == "RADAI106").ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal("Container://S.A", findings[0].Subject.Name);
        Assert.Contains("the freshest of the 2 pipelines feeding it, \"S.P1\", delivers hourly", findings[0].Message, StringComparison.Ordinal);
        Assert.Equal("Container://S.B", findings[1].Subject.Name);
        Assert.Contains("the only pipeline feeding it, \"S.P2\", delivers < 5 s", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_debt_reference_in_JSON_is_named_and_the_load_failure_reported()
    {
        var json = CleanAiJson();
        var properties = json["properties"]!.AsObject();
        properties[RadAiConvention.DebtKey] = properties[RadAiConvention.DebtKey]!.GetValue<string>()
            .Replace("\"Container://Shop.Feature Store\"", "\"Container://Shop.Old Store\"", StringComparison.Ordinal);
        var report = Inspect(json);
        var debt = Assert.Single(report.Findings, f => f.Rule.Id == "RADAI111");
        Assert.Equal("Debt item EN-001 names an affected element that the model does not have: \"Container://Shop.Old Store\". Refer to an existing element by its canonical name (e.g. \"Container://System.Container\"), add the element, or remove the reference.", debt.Message);
        Assert.Equal(InspectionSeverity.Error, debt.Severity);
        var load = Assert.Single(report.Findings, f => f.Rule.Id == "RADAI100");
        Assert.Contains("radai:e7.debt", load.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id is "RADAI102" or "RADAI110"); // the typed rules did not run
    }

    [Fact]
    public void A_record_finding_is_suppressed_with_a_workspace_property_that_RADAI008_accepts()
    {
        var fixture = CleanAi(p => p.ResponseMeasure = "customers are happier");
        fixture.Workspace.SuppressInspection("RADAI113", "QS-01", "Measured by the quarterly survey; the score is confidential.");
        Assert.Equal("Measured by the quarterly survey; the score is confidential.",
            fixture.Workspace.Properties["radai:suppress.RADAI113[QS-01]"]);
        var report = Inspector.Run(fixture.Workspace);
        var finding = Assert.Single(report.Findings, f => f.Rule.Id == "RADAI113");
        Assert.True(finding.IsSuppressed);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "RADAI008");
        Assert.Throws<ArgumentException>(() => fixture.Workspace.SuppressInspection("RADAI113", "QS[1]", "reason"));
    }

    [Fact]
    public void RAD_AI_rules_stay_silent_on_a_workspace_without_AI()
        => Assert.DoesNotContain(Inspect(Clean()).Findings, f => f.Rule.Group == RuleGroup.RadAi);

    [Theory]
    [InlineData("retrained within 24 hours", true)]
    [InlineData("p95 latency < 250 ms", true)]
    [InlineData("NDCG >= 0.40", true)]
    [InlineData("99.9 % of requests", true)]
    [InlineData("at most 3 incidents per quarter", true)]
    [InlineData("drift detected in 2 days", true)]
    [InlineData("the model stays fresh", false)]
    [InlineData("quickly", false)]
    [InlineData("version 2 is used", false)]
    [InlineData("", false)]
    public void Response_measures_need_a_number_with_a_unit_or_a_comparison(string measure, bool measurable)
        => Assert.Equal(measurable, RadAi.Dsl.Inspections.QualityMeasureInspection.IsMeasurable(measure));
}
