using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// The AI system profile the EU AI Act Annex IV checklist reads: purpose, development, compute and logging, each
/// summarised from facts the example states (README, E1, E2, E5, E8).
/// </summary>
/// <remarks>
/// Left empty on purpose, so the checklist reports them as missing: the risk classification (the example never
/// mentions the AI Act; its regulatory notes cover the DSA, GDPR and CCPA only) and a version of the platform as a
/// whole (only the models carry versions).
/// </remarks>
internal static class AiActProfile
{
    public static void AddTo(RadAiModel ai) => ai.Compliance.Describe(new AiSystemProfile
    {
        IntendedPurpose =
            "The platform on which Netflix data scientists and ML engineers build, train, deploy and monitor the "
            + "models behind recommendations, personalised presentation, search, encoding quality and A/B experiments "
            + "for 200M+ members in 190+ countries.",
        DevelopmentProcess =
            "Models are written as Metaflow flows and run by Maestro on GPU clusters (PyTorch, Horovod); each run is "
            + "versioned with its lineage. A new recommendation model has to clear offline gates (recall, NDCG, diversity "
            + "per surface) and an online A/B test before full rollout; deployments go through a Kayenta canary driven by Spinnaker.",
        ComputationalResources =
            "AWS: GPU instances (P4d, P5) for training, EKS for the serving containers and S3 for artifacts and data. "
            + "A training run takes GPU hours to GPU days; Metaflow has run hundreds of millions of compute jobs.",
        LoggingAndAudit =
            "Metaflow keeps every training run with its parameters, metrics, artifacts and lineage. Retraining triggers, "
            + "deployments, rollbacks and incidents are logged as operational events for 2 years; serving metrics stay "
            + "at full resolution for 90 days and aggregated for a year.",
    });
}
