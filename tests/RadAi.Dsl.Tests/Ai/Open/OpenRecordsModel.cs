using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai.Open;

/// <summary>A small workspace whose records state extra facts, whose system states key metrics and criticality, and whose documents carry user sections.</summary>
internal static class OpenRecordsModel
{
    public static Workspace Build()
    {
        var workspace = new Workspace("Triage Platform", "Ranks incoming cases");
        var system = workspace.Model.AddSoftwareSystem("Triage Platform", "Ranks incoming cases");
        var ranker = system.AddMlModel("Case Ranker", "Orders the queue", "XGBoost");
        var router = system.AddMlModel("Case Router", "Picks a team", "PyTorch");
        var ai = workspace.RadAi();
        ai.BoundaryDelineation.AddKeyMetric(new KeyMetric { Name = "Cases per day", Value = "40,000+" });
        ai.BoundaryDelineation.AddKeyMetric(new KeyMetric { Name = "p99 latency", Value = "250 ms", Note = "at the gateway" });
        ai.BoundaryDelineation.AddComponent(new AiComponent
        {
            Component = ranker, Type = AiTaskType.Ranking, InputDomain = "case text", OutputDomain = "queue order",
            FallbackStrategy = "first in, first out", Criticality = Criticality.Critical,
        });
        ai.BoundaryDelineation.AddComponent(new AiComponent
        {
            Component = router, Type = AiTaskType.Classification, InputDomain = "case text", OutputDomain = "team",
            FallbackStrategy = "general queue", Criticality = new Criticality("Tier 2: internal only"),
        });
        ai.BoundaryDelineation.AddFailureMode(new FailureMode
        {
            Component = ranker, Condition = "model times out", SystemBehavior = "queue by arrival", UserImpact = "slower triage",
            ExtraFacts = [new("Detection", "gateway timeout alarm"), new("Runbook", "RB-12")],
        });
        ai.BoundaryDelineation.AddFailureMode(new FailureMode
        {
            Component = router, Condition = "low confidence", SystemBehavior = "general queue", UserImpact = "manual routing",
            ExtraFacts = [new("Owner", "Routing team"), new("Detection", "confidence histogram")],
        });
        ai.BoundaryDelineation.AddFailureMode(new FailureMode
        {
            Component = router, Condition = "stale features", SystemBehavior = "last good routing", UserImpact = "none visible",
        });
        ai.Sections.Add(DocumentId.AiBoundaryDelineation, new UserSection
        {
            Title = "Escalation contacts", Prose = "Who to call when a model misbehaves.", After = "Failure modes",
            Table = new UserTable { Header = ["Model", "Contact"], Rows = [["Case Ranker", "ranking on-call"], ["Case Router", "routing on-call"]] },
            Mermaid = "flowchart LR\n  ranker --> oncall",
        });
        ai.Sections.Add(DocumentId.AiBoundaryDelineation, new UserSection { Title = "Open questions", Prose = "Whether the router needs a human review queue." });
        ai.Sections.Add(DocumentId.ContextAndScope, new UserSection { Title = "Scale context", Prose = "Forty thousand cases a day." });
        return workspace;
    }
}
