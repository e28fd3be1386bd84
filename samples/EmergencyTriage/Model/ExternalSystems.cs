namespace RadAi.Dsl.Samples.EmergencyTriage.Model;

/// <summary>The hospital systems triage support reads from; both stay outside its scope.</summary>
internal sealed record ExternalSystems(SoftwareSystem HospitalEhr, SoftwareSystem BedManagement)
{
    /// <summary>Tag of systems outside the triage support system.</summary>
    public const string External = "External";

    public static ExternalSystems AddTo(Dsl.Model model)
    {
        var ehr = model.AddSoftwareSystem("Hospital EHR", "The hospital's electronic health record: history, medication, allergies, prior visits.");
        var beds = model.AddSoftwareSystem("Bed Management System", "Tracks bed states and admissions across wards.");
        ehr.Tags.Add(External);
        beds.Tags.Add(External);
        return new ExternalSystems(ehr, beds);
    }
}
