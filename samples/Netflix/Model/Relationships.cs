using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Model;

/// <summary>
/// Who talks to whom. System-level relationships come from the standard system context; container-level ones are
/// the 32 edges of the RAD-AI container diagram plus the few edges the boundary and runtime documents add.
/// The sources give no technology for any edge, so none is set; edges they leave unlabelled stay unlabelled, with the
/// missing description accepted (RADAI031) and the reason saying which document draws them so.
/// </summary>
internal static class Relationships
{
    public static void AddSystemContext(SoftwareSystem platform, People people, ExternalSystems systems)
    {
        people.DataScientist.Uses(platform, "Defines workflows, runs experiments");
        people.MlEngineer.Uses(platform, "Deploys models, configures monitoring");
        people.ProductManager.Uses(platform, "Configures experiments, reviews results");
        people.Member.Uses(systems.StreamingPlatform, "Views, clicks, searches");
        platform.Uses(systems.StreamingPlatform, "Predictions, recommendations, personalization");
        systems.StreamingPlatform.Uses(platform, "Member interaction events");
        platform.Uses(systems.DataWarehouse, "Training data / batch predictions");
        platform.Uses(systems.AwsCloud, "Compute jobs, artifact storage");
        systems.ContentManagement.Uses(platform, "Title metadata, content features");
        platform.Delivers(people.ProductTeams, "Predictions, recommendations");
    }

    /// <summary>The RAD-AI container diagram, edge by edge (unlabelled edges stay unlabelled).</summary>
    public static void AddContainerDiagram(People people, ExternalSystems systems, PlatformContainers c)
    {
        Unlabelled(people.DataScientist, c.MetaflowMetadata, ContainerDiagram);
        Unlabelled(people.MlEngineer, c.Maestro, ContainerDiagram);
        Unlabelled(people.MlEngineer, c.MlObservability, ContainerDiagram);
        Unlabelled(people.Member, systems.NetflixApp, ContainerDiagram);

        // Serving path.
        Draw(systems.NetflixApp, c.ApiGateway, "rec requests");
        Draw(c.ApiGateway, c.RecommendationModels, "routed by A/B allocation");
        Draw(c.ApiGateway, c.PersonalizationModels, "layout requests");
        Draw(c.ApiGateway, c.SearchModels, "search queries");

        // Streaming and batch feature paths.
        Draw(systems.NetflixApp, c.Kafka, "interaction events (views, clicks)");
        Draw(c.Kafka, c.Flink, "event streams");
        Draw(c.Flink, c.Amber, "real-time features (sub-second freshness)");
        Draw(c.Flink, c.S3DataLake, "processed events");
        Unlabelled(c.S3DataLake, c.Spark, ContainerDiagram);
        Draw(c.Spark, c.Amber, "historical features (daily refresh)");
        Draw(c.Spark, c.S3DataLake, "training datasets");

        // Feature serving.
        Draw(c.Amber, c.RecommendationModels, "online features (sync, sub-ms)");
        Draw(c.Amber, c.PersonalizationModels, "online features");
        Draw(c.Amber, c.SearchModels, "online features");
        Draw(c.Amber, c.S3DataLake, "offline features (batch)");

        // Training and deployment.
        Draw(c.S3DataLake, c.MetaflowMetadata, "training data + model artifacts");
        Draw(c.Maestro, c.MetaflowMetadata, "orchestrate training workflows");
        Draw(c.Maestro, c.Spinnaker, "signal: model_trained");
        Draw(c.Spinnaker, c.RecommendationModels, "canary deploy");
        Draw(c.Spinnaker, c.Kayenta, "canary metrics");
        Draw(c.Kayenta, c.Spinnaker, "canary pass/fail");

        // Monitoring.
        Unlabelled(c.RecommendationModels, c.MlObservability, ContainerDiagram);
        Unlabelled(c.PersonalizationModels, c.MlObservability, ContainerDiagram);
        Unlabelled(c.SearchModels, c.MlObservability, ContainerDiagram);
        Unlabelled(c.ContentQualityModels, c.MlObservability, ContainerDiagram);
        Draw(c.Amber, c.MlObservability, "feature freshness");

        Draw(c.RecommendationModels, c.Cassandra, "predictions");
        Draw(c.ABlaze, c.ApiGateway, "allocation rules");
    }

    /// <summary>Edges that only the boundary delineation, the boundary diagram or the runtime view draw.</summary>
    public static void AddBeyondContainerDiagram(ExternalSystems systems, PlatformContainers c)
    {
        Draw(systems.ContentManagement, c.RecommendationModels, "content metadata");
        Draw(systems.ContentManagement, c.SearchModels, "content metadata");
        Draw(c.ContentQualityModels, systems.PlaybackService, "encoding params");
        Draw(c.ExperimentationModels, c.ApiGateway, "allocation decisions");
        Unlabelled(c.ApiGateway, systems.CdnEdgeServers, BoundaryDelineation);
        Unlabelled(systems.CdnEdgeServers, systems.PlaybackService, BoundaryDelineation);
        Unlabelled(systems.PlaybackService, systems.BillingService, BoundaryDelineation);
        // The gateway-to-CDN edge crosses into the streaming platform, so the model also implies a container-to-system
        // and a system-to-container relationship; they carry no label for the same reason.
        var platform = (SoftwareSystem)c.ApiGateway.Parent!;
        foreach (var implied in platform.Model.GetRelationships(c.ApiGateway, systems.StreamingPlatform)
                     .Concat(platform.Model.GetRelationships(platform, systems.CdnEdgeServers)))
            implied.SuppressInspection("RADAI031",
                "Implied by the gateway-to-CDN edge, which the AI boundary delineation draws without a label.");
        Draw(systems.BillingService, c.ApiGateway, "subscription status");
        Draw(c.MaestroScheduler, c.Flink, "trigger workflows");
        // Operational view, signal diagram: the catalog publishes catalog_updated to Maestro's signal service.
        Draw(systems.ContentManagement, c.SignalService, "catalog_updated");

        // Standard runtime view, scenario 3 (daily batch prediction at 02:00 UTC) and QS-07 (pre-computed
        // recommendations served from the Cassandra cache).
        Draw(c.Maestro, c.Spark, "launches batch jobs");
        Draw(c.Spark, c.Cassandra, "pre-computed recommendations");
    }

    private const string ContainerDiagram =
        "The RAD-AI container diagram draws this edge without a label; the diagram is reproduced as published.";
    private const string BoundaryDelineation =
        "The AI boundary delineation draws this edge without a label and says nothing else about it; it is kept as published.";

    /// <summary>Adds an edge the example leaves unlabelled, and accepts the missing description with the given reason.</summary>
    private static void Unlabelled(StaticStructureElement source, StaticStructureElement destination, string reason)
        => Draw(source, destination).SuppressInspection("RADAI031", reason);

    /// <summary>Adds a relationship between two static elements.</summary>
    public static Relationship Draw(StaticStructureElement source, StaticStructureElement destination, string? description = null)
        => source.Uses(destination, description);
}
