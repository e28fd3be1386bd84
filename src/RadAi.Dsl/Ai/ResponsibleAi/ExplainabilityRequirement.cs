namespace RadAi.Dsl.Ai.ResponsibleAi;

/// <summary>An explainability requirement (E4): scope, method, audience, trigger.</summary>
/// <param name="Model">The model.</param>
/// <param name="Scope">Per decision, aggregate, on demand, …</param>
/// <param name="Method">e.g. SHAP, LIME, named rows.</param>
/// <param name="Audience">Who receives it.</param>
/// <param name="Trigger">When it is produced.</param>
public sealed record ExplainabilityRequirement(ElementRef Model, ExplanationScope Scope, string Method, string Audience, string Trigger);
