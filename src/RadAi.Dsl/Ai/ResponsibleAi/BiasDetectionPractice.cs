namespace RadAi.Dsl;

/// <summary>A bias detection practice at one lifecycle stage (E4 bias detection architecture).</summary>
/// <param name="Stage">The lifecycle stage.</param>
/// <param name="Practice">What is done, e.g. "dataset bias audits".</param>
public sealed record BiasDetectionPractice(LifecycleStage Stage, string Practice) : RadAiRecord;
