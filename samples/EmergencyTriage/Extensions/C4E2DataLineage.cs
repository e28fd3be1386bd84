using RadAi.Dsl.Samples.EmergencyTriage.Model;

namespace RadAi.Dsl.Samples.EmergencyTriage.Extensions;

/// <summary>C4-E2, data lineage: health data is a special category under the GDPR, a privacy class of the hospital's own.</summary>
internal static class C4E2DataLineage
{
    /// <summary>The privacy class the hospital uses for health data.</summary>
    public static readonly PrivacyClassification Health = new("Special category (health)");

    public static void AddTo(RadAiModel ai, TriageElements n)
    {
        var c = n.Containers;
        var lineage = ai.Lineage;

        lineage.AddSource(new DataSource
        {
            Id = "DS-1",
            Name = "Bedside vital signs",
            Kind = DataSourceKind.Stream,
            Freshness = Freshness.Continuous,
            Privacy = Health,
            Technology = "HL7 v2 over Kafka",
            Owner = "Clinical engineering",
            Element = c.VitalSignsStream,
        });
        lineage.AddSource(new DataSource
        {
            Id = "DS-2",
            Name = "EHR history",
            Kind = DataSourceKind.Database,
            Freshness = Freshness.Daily,
            Privacy = Health,
            Technology = "FHIR bulk export",
            Element = n.Systems.HospitalEhr,
        });
        lineage.AddPath(new LineagePath("Vital signs to acuity", "DS-1", c.AcuityModel)
        {
            Stages =
            [
                new LineageStage { Name = "Plausibility check", Element = c.VitalSignsStream },
                new LineageStage { Name = "Trend features", Element = c.FeatureStore },
            ],
        });
    }
}
