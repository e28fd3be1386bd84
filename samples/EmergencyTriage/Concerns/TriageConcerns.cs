using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.EmergencyTriage.Concerns;

/// <summary>RAD-AI's ten concerns plus the two this clinical system adds, declared through the public concern API.</summary>
public static class TriageConcerns
{
    /// <summary>Whether overrides of the model by clinicians are recorded and traceable.</summary>
    public static GapConcern ClinicianOverrideTracking { get; } = new ClinicianOverrideTrackingConcern();

    /// <summary>Whether the alert volume the models cause is watched and bounded.</summary>
    public static GapConcern AlertFatigue { get; } = new AlertFatigueConcern();

    /// <summary>RAD-AI's matrix, then the two clinical concerns.</summary>
    public static IReadOnlyList<GapConcern> All { get; } = [.. RadAiConcerns.All, ClinicianOverrideTracking, AlertFatigue];
}
