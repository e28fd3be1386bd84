using RadAi.Dsl;

namespace RadAiSystem;

/// <summary>The architecture of RadAiSystem: a C4 model with the RAD-AI extensions. Replace the example with your system.</summary>
public static class Architecture
{
    /// <summary>Builds the workspace: people, containers, the AI components and the RAD-AI registers.</summary>
    public static Workspace Build()
    {
        var workspace = new Workspace("RadAiSystem", "The architecture of RadAiSystem, an AI-augmented system.");
        var customer = workspace.Model.AddPerson("Customer", "Uses the product and sees its recommendations.");
        var system = workspace.Model.AddSoftwareSystem("RadAiSystem", "Recommends products to customers.");
        var web = system.AddContainer("Web Application", "Shows products and recommendations.", "ASP.NET Core");
        var pipeline = system.AddDataPipeline("Feature Pipeline", "Computes customer features from orders every night.", "Python")
            .Batch(Freshness.Daily, sla: Freshness.Daily)
            .WithQualityGates("row count within 5 % of the previous run");
        var store = system.AddFeatureStore("Feature Store", "Serves customer features online.", "Redis")
            .WithFeatureCount(40).WithRefresh(Freshness.Daily);
        var model = system.AddMlModel("Recommender", "Ranks products for a customer.", "PyTorch")
            .WithVersion("1.0").WithConfidence(0.5, 0.95)
            .WithPrimaryMetric("NDCG@10", "0.41").WithLatency(TimeSpan.FromMilliseconds(100), percentile: 95);
        var monitor = system.AddMonitor("Model Monitor", "Watches the recommender's click-through rate and input drift.", "Prometheus + Grafana")
            .WithMetrics("click-through rate", "input drift (PSI)")
            .WithAlertThresholds(Threshold.Parse("PSI > 0.2"));
        var bestSellers = system.AddContainer("Best Sellers", "Lists best sellers when the recommender is unsure.", "SQL view");

        customer.Uses(web, "Browses products", "HTTPS");
        web.Uses(model, "Asks for recommendations", "gRPC");
        web.Uses(bestSellers, "Falls back to best sellers", "SQL");
        pipeline.Uses(store, "Writes features", "Redis protocol");
        model.Uses(store, "Reads features", "Redis protocol", interactionStyle: InteractionStyle.Synchronous);
        monitor.Uses(model, "Scrapes metrics from", "HTTP");

        workspace.Views.CreateSystemContextView(system, "context", "Who uses RadAiSystem.").AddDefaultElements();
        workspace.Views.CreateContainerView(system, "containers", "The containers of RadAiSystem.").AddDefaultElements();

        var ai = workspace.RadAi();
        ai.Boundary.Place(Region.NonDeterministic, model);
        ai.Boundary.AddGate(new ConfidenceGate { Id = "CG-1", Component = model, Threshold = 0.5, ActionBelow = "show best sellers" });
        ai.Debt.Add(new DebtItem
        {
            Id = "EN-001", Category = DebtCategory.Entanglement, Description = "One feature set feeds every model",
            Severity = Severity.Medium, Affects = [pipeline, store, model], Mitigation = "Version the features",
            Status = DebtStatus.Open, Owner = "Platform team",
        });
        return workspace;
    }
}
