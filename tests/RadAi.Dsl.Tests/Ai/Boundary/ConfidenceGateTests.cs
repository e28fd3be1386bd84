using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Ai.Boundary;

/// <summary>Gates route on any metric, with several thresholds or a rule in words; no threshold is invented.</summary>
public class ConfidenceGateTests
{
    private const string BoundaryDocument = "rad-ai/c4-diagrams/non-determinism-boundary.md";

    private static (Workspace Workspace, Container Model) Setup()
    {
        var workspace = new Workspace("W");
        return (workspace, workspace.Model.AddSoftwareSystem("S").AddContainer("Triage model"));
    }

    [Fact]
    public void A_gate_with_several_thresholds_routes_each_value_to_the_first_threshold_it_crosses()
    {
        var (_, model) = Setup();
        var gate = new ConfidenceGate
        {
            Id = "CG-1",
            Component = model,
            Thresholds =
            [
                new GateThreshold(Threshold.Parse("confidence >= 0.85"), "accept"),
                new GateThreshold(Threshold.Parse("confidence >= 0.5"), "human review"),
                new GateThreshold(Threshold.Parse("confidence < 0.5"), "reject"),
            ],
        };
        Assert.Equal("accept", gate.ActionFor(0.9));
        Assert.Equal("human review", gate.ActionFor(0.6));
        Assert.Equal("reject", gate.ActionFor(0.2));
        Assert.Null(gate.Threshold);
        Assert.Equal("confidence >= 0.85: accept; confidence >= 0.5: human review; confidence < 0.5: reject", gate.Routing);
    }

    [Fact]
    public void A_gate_on_another_metric_routes_on_that_metric()
    {
        var (_, model) = Setup();
        var gate = new ConfidenceGate
        {
            Id = "CG-ROUTE",
            Component = model,
            Metric = "MAE",
            Thresholds = [new GateThreshold(Threshold.Parse("MAE < 5.5 min"), "use model"), new GateThreshold(Threshold.Parse("MAE >= 5.5 min"), "static timetable")],
        };
        Assert.Equal("use model", gate.ActionFor(3));
        Assert.Equal("static timetable", gate.ActionFor(7));
    }

    [Fact]
    public void A_gate_with_a_rule_in_words_states_no_number_and_renders_the_rule_as_written()
    {
        var (workspace, model) = Setup();
        workspace.RadAi().Boundary.AddGate(new ConfidenceGate { Id = "CG-1", Component = model, Rule = "MAE-based, per market" });
        workspace.RadAi().Boundary.AddGate(new ConfidenceGate { Id = "CG-2", Component = model });
        var gate = workspace.RadAi().Boundary.Gates[0];
        Assert.Null(gate.Threshold);
        Assert.Null(gate.ActionFor(0.1));
        var content = new RadAiDocumentation(workspace).Render().Find(BoundaryDocument)!.Content;
        Assert.Contains("| CG-1 | Triage model | MAE-based, per market | not stated | not stated |", content, StringComparison.Ordinal);
        Assert.Contains("| CG-2 | Triage model | not stated | not stated | not stated |", content, StringComparison.Ordinal);
        Assert.DoesNotContain("0.00", content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_confidence_threshold_still_routes_above_and_below_and_is_checked_within_0_to_1()
    {
        var (workspace, model) = Setup();
        var gate = new ConfidenceGate { Id = "CG-1", Component = model, Threshold = 0.6, ActionBelow = "fallback", ActionAbove = "model" };
        Assert.Equal("model", gate.ActionFor(0.6));
        Assert.Equal("fallback", gate.ActionFor(0.59));
        Assert.Throws<ArgumentOutOfRangeException>(() => workspace.RadAi().Boundary.AddGate(gate with { Threshold = 1.5 }));
        Assert.Throws<ModelException>(() => workspace.RadAi().Boundary.AddGate(gate with { Id = "CG-2", Thresholds = [new GateThreshold(Threshold.Parse("AUC > 0.9"), " ")] }));
    }

    [Fact]
    public void Gates_with_several_thresholds_and_rules_survive_the_json_round_trip()
    {
        var (workspace, model) = Setup();
        var boundary = workspace.RadAi().Boundary;
        boundary.AddGate(new ConfidenceGate
        {
            Id = "CG-1",
            Component = model,
            Metric = "AUC",
            Thresholds = [new GateThreshold(Threshold.Parse("AUC > 0.90"), "accept"), new GateThreshold(Threshold.AsWritten("clinician judgement"), "human review")],
        });
        boundary.AddGate(new ConfidenceGate { Id = "CG-2", Component = model, Rule = "MAE-based, per market" });
        var back = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace)).RadAi().Boundary.Gates;
        Assert.Equal(boundary.Gates, back);
        Assert.Equal("clinician judgement", back[0].Thresholds[1].When.ToString());
    }
}
