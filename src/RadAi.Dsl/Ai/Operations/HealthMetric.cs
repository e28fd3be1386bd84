namespace RadAi.Dsl.Ai.Operations;

/// <summary>A model health metric (E8): baseline, warning and critical thresholds, dashboard.</summary>
/// <param name="Model">The model.</param>
/// <param name="Metric">e.g. "latency P95".</param>
/// <param name="Baseline">Baseline value as stated.</param>
/// <param name="Warning">Warning threshold.</param>
/// <param name="Critical">Critical threshold.</param>
/// <param name="Dashboard">Link to the dashboard.</param>
public sealed record HealthMetric(ElementRef Model, string Metric, string Baseline, Threshold Warning, Threshold Critical, string? Dashboard = null);
