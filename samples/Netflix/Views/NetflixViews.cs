using RadAi.Dsl;
using RadAi.Dsl.Samples.Netflix.Model;

namespace RadAi.Dsl.Samples.Netflix.Views;

/// <summary>
/// The views: system context, the seventeen-container diagram, the non-determinism boundary with one filtered
/// view per region, component views for the two containers with components, and one dynamic view per runtime
/// scenario of the standard runtime view. The example has no deployment diagram, so there is no deployment view.
/// Every view uses automatic layout.
/// </summary>
internal static class NetflixViews
{
    public static void AddTo(Workspace workspace, RadAiModel ai, NetflixElements n)
    {
        var views = workspace.Views;
        var p = n.People;
        var c = n.Containers;

        var context = views.CreateSystemContextView(n.Platform, "system-context", "The ML platform, the people who use it and the systems around it.");
        context.AddDefaultElements();
        context.EnableAutomaticLayout();

        var containers = views.CreateContainerView(n.Platform, "containers", "The seventeen containers of the platform with their RAD-AI stereotypes.");
        containers.AddAllContainers();
        containers.Add(p.DataScientist, p.MlEngineer, p.Member, n.Systems.NetflixApp);
        containers.EnableAutomaticLayout(RankDirection.LeftRight);

        var boundary = views.CreateContainerView(n.Platform, "non-determinism-boundary", "Deterministic and non-deterministic regions, the confidence gates between them and the fallbacks behind them.");
        foreach (var region in ai.Boundary.Regions)
            foreach (var element in ai.Boundary.Members(region))
                if (element is StaticStructureElement member && element is not Component) boundary.Add(member);
        boundary.EnableAutomaticLayout(RankDirection.LeftRight);
        ai.Boundary.ShowRegionsOn(boundary);

        var maestro = views.CreateComponentView(c.Maestro, "maestro-components", "Maestro's scheduler and signal service, and what starts their work.");
        maestro.AddAllComponents();
        maestro.Add(c.Flink);
        maestro.Add(n.Systems.ContentManagement); // publishes catalog_updated to the signal service
        maestro.EnableAutomaticLayout();
        var ablaze = views.CreateComponentView(c.ABlaze, "ablaze-components", "The experimentation models inside ABlaze.");
        ablaze.AddAllComponents();
        ablaze.Add(c.ApiGateway);
        ablaze.EnableAutomaticLayout();

        AddRuntimeScenarios(workspace, n);
        AddStyles(workspace);
    }

    /// <summary>The four scenarios of the standard runtime view, drawn on the RAD-AI containers.</summary>
    private static void AddRuntimeScenarios(Workspace workspace, NetflixElements n)
    {
        var views = workspace.Views;
        var p = n.People;
        var c = n.Containers;
        var app = n.Systems.NetflixApp;
        Element rec = c.RecommendationModels, amber = c.Amber, spark = c.Spark;

        var request = views.CreateDynamicView(n.Platform, "runtime-recommendation-request", "Scenario 1: a member opens the homepage (GET /homepage).");
        request.Add(p.Member, "opens the homepage", app);
        request.Add(app, "GET /homepage", c.ApiGateway);
        request.Add(c.ApiGateway, "asks for ranked rows", rec);
        request.Add(amber, "online features for the member", rec);
        request.Add(rec, "stores the ranked rows", c.Cassandra);
        request.EnableAutomaticLayout();

        var training = views.CreateDynamicView(n.Platform, "runtime-model-training", "Scenario 2: a data scientist runs a training flow.");
        training.Add(p.DataScientist, "python train_flow.py run", c.MetaflowMetadata);
        training.Add(c.Maestro, "schedules and runs the workflow", c.MetaflowMetadata);
        training.Add(c.S3DataLake, "training data in, model artifacts out", c.MetaflowMetadata);
        training.EnableAutomaticLayout();

        var batch = views.CreateDynamicView(n.Platform, "runtime-batch-prediction", "Scenario 3: the daily batch prediction run (02:00 UTC).");
        batch.Add(c.Maestro, "starts the scheduled run", spark);
        batch.Add(c.S3DataLake, "model artifacts and features", spark);
        batch.Add(spark, "writes the pre-computed recommendations", c.Cassandra);
        batch.EnableAutomaticLayout();

        var allocation = views.CreateDynamicView(n.Platform, "runtime-ab-allocation", "Scenario 4: an A/B test decides which model variant answers.");
        allocation.Add(p.Member, "asks for recommendations", app);
        allocation.Add(app, "rec requests", c.ApiGateway);
        allocation.Add(c.ABlaze, "variant assignment (A: control, B: treatment)", c.ApiGateway);
        allocation.Add(c.ApiGateway, "routes to the assigned variant", rec);
        allocation.EnableAutomaticLayout();
    }

    private static void AddStyles(Workspace workspace)
    {
        var styles = workspace.Views.Configuration.Styles;
        var person = styles.AddElementStyle(Tags.Person);
        person.Shape = Shape.Person;
        person.Background = "#08427b";
        person.Color = "#ffffff";
        var external = styles.AddElementStyle(ExternalSystems.External);
        external.Background = "#999999";
        external.Color = "#ffffff";
        var container = styles.AddElementStyle(Tags.Container);
        container.Background = "#438dd5";
        container.Color = "#ffffff";
    }
}
