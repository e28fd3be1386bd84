using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Model;

/// <summary>
/// Software systems around the ML platform, and the deterministic services that the boundary documents need.
/// </summary>
/// <remarks>
/// The sources name the member-facing side differently: the RAD-AI container diagram has an external "Netflix App"
/// (mobile, TV, web), the standard context has a "Netflix Streaming Platform". We keep both: the app is the client,
/// the streaming platform holds the deterministic back-end services (CDN, playback, billing) that the boundary
/// documents place in the deterministic region. The standard arc42 context says "Content Catalog" where the system
/// context says "Content Management"; we use the latter. Editorial curation has no owner in the sources; it sits
/// with content management here because both are hand-made, deterministic content decisions.
/// </remarks>
internal sealed record ExternalSystems(
    SoftwareSystem NetflixApp,
    SoftwareSystem StreamingPlatform,
    Container CdnEdgeServers,
    Container PlaybackService,
    Container BillingService,
    SoftwareSystem ContentManagement,
    Container EditorialCuration,
    SoftwareSystem DataWarehouse,
    SoftwareSystem AwsCloud)
{
    /// <summary>Tag of systems outside the ML platform's scope.</summary>
    public const string External = "External";

    // The sources give no technology for the streaming platform's services, so none is set.
    public static ExternalSystems AddTo(Dsl.Model model)
    {
        // Created parent first, children right after, so creation order matches the order of the workspace JSON.
        var app = Outside(model.AddSoftwareSystem("Netflix App", "Member clients on mobile, TV and web."));
        var streaming = Outside(model.AddSoftwareSystem("Netflix Streaming Platform", "Delivers content, plays it back and renders the member UI."));
        var cdn = streaming.AddContainer("CDN Edge Servers", "Caches and routes video close to members.");
        var playback = streaming.AddContainer("Playback Service", "Assembles streams, applies DRM and adapts bitrate.");
        var billing = streaming.AddContainer("Billing Service", "Subscriptions and payments; no model involved.");
        foreach (var service in new[] { cdn, playback, billing }) NoTechnologyStated(service);
        var content = Outside(model.AddSoftwareSystem("Content Management", "Owns the catalog: title metadata, artwork, availability and maturity ratings."));
        var editorial = content.AddContainer("Editorial Curation", "Hand-picked collections and genre shelves.");
        NoTechnologyStated(editorial);
        var warehouse = Outside(model.AddSoftwareSystem("Data Warehouse", "Historical interaction data in S3 and Hive tables."));
        var aws = Outside(model.AddSoftwareSystem("AWS Cloud", "Compute (EC2, EKS, GPU instances) and storage (S3) the platform runs on."));
        return new ExternalSystems(app, streaming, cdn, playback, billing, content, editorial, warehouse, aws);
    }

    private static void NoTechnologyStated(Container service) => service.SuppressInspection("RADAI021",
        "The example names this service only as a member of the deterministic region and states no technology for it.");

    private static SoftwareSystem Outside(SoftwareSystem system)
    {
        system.Tags.Add(External);
        return system;
    }
}
