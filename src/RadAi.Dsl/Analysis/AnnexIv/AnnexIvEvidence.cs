namespace RadAi.Dsl.Analysis;

/// <summary>One part of the model that documents a checklist item.</summary>
/// <param name="Part">Where it is: "Model registry (E2)", "AI system profile", "C4 deployment model", … .</param>
/// <param name="Detail">What there documents it: "version history of MDL-REC (3 versions)".</param>
public sealed record AnnexIvEvidence(string Part, string Detail)
{
    /// <summary>"Part: detail".</summary>
    public override string ToString() => Part + ": " + Detail;
}
