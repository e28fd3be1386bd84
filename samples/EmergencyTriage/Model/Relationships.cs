namespace RadAi.Dsl.Samples.EmergencyTriage.Model;

/// <summary>Who talks to whom, at system and container level.</summary>
internal static class Relationships
{
    public static void AddTo(TriageElements n)
    {
        var p = n.People;
        var s = n.Systems;
        var c = n.Containers;

        p.TriageNurse.Uses(c.IntakeApp, "records complaint and vital signs", "Tablet");
        p.EmergencyPhysician.Uses(c.ReviewQueue, "confirms or overrides suggested ESI levels", "HTTPS");
        p.TriageNurse.Uses(c.ReviewQueue, "sees review outcomes and early-warning alerts", "HTTPS");
        p.ClinicalSafetyOfficer.Uses(c.SafetyMonitor, "reviews safety dashboards", "HTTPS");

        c.IntakeApp.Uses(c.AcuityModel, "asks for an ESI suggestion", "gRPC");
        c.IntakeApp.Uses(c.RulesFallback, "asks for the protocol ESI level", "in-process");
        c.VitalSignsStream.Uses(c.FeatureStore, "writes vital-sign features", "Kafka");
        c.EhrExtract.Uses(c.FeatureStore, "writes history features", "Parquet");
        c.FeatureStore.Uses(c.AcuityModel, "online features", "gRPC");
        c.FeatureStore.Uses(c.EarlyWarningModel, "online features", "HTTPS");
        c.FeatureStore.Uses(c.BedForecaster, "admission history", "Parquet");
        c.AcuityModel.Uses(c.ReviewQueue, "suggestions that need a clinician", "HTTPS");
        c.EarlyWarningModel.Uses(c.ReviewQueue, "deterioration alerts", "HTTPS");
        c.AcuityModel.Uses(c.SafetyMonitor, "predictions and outcomes", "Kafka");
        c.EarlyWarningModel.Uses(c.SafetyMonitor, "scores and alerts", "Kafka");
        c.BedForecaster.Uses(c.SafetyMonitor, "forecasts and actuals", "Kafka");

        s.HospitalEhr.Uses(c.EhrExtract, "nightly export", "HL7 FHIR bulk export");
        c.IntakeApp.Uses(c.VitalSignsStream, "bedside monitor readings", "HL7 v2");
        c.ReviewQueue.Uses(s.HospitalEhr, "writes the confirmed ESI level", "HL7 FHIR");
        c.BedForecaster.Uses(s.BedManagement, "publishes the 24-hour bed forecast", "REST");
    }
}
