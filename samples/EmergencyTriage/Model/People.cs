namespace RadAi.Dsl.Samples.EmergencyTriage.Model;

/// <summary>The three roles around triage support.</summary>
internal sealed record People(Person TriageNurse, Person EmergencyPhysician, Person ClinicalSafetyOfficer)
{
    public static People AddTo(Dsl.Model model) => new(
        TriageNurse: model.AddPerson("Triage Nurse", "Assesses arriving patients and assigns the Emergency Severity Index (ESI) level."),
        EmergencyPhysician: model.AddPerson("Emergency Physician", "Reviews suggestions the model is unsure about and confirms the most urgent ones."),
        ClinicalSafetyOfficer: model.AddPerson("Clinical Safety Officer", "Owns the clinical safety case and signs off every model change."));
}
