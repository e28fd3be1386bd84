namespace RadAi.Dsl.Ai.ResponsibleAi;

/// <summary>Where an explainability service is integrated (E4).</summary>
/// <param name="Component">The component.</param>
/// <param name="Service">The explainability service, e.g. "SHAP server".</param>
/// <param name="ApiSurface">Its API, e.g. "REST /explain".</param>
/// <param name="LatencyBudget">Its latency budget.</param>
public sealed record ExplainabilityIntegration(ElementRef Component, string Service, string ApiSurface, TimeSpan? LatencyBudget = null);
