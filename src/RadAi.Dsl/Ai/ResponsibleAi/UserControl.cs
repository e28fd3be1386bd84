namespace RadAi.Dsl;

/// <summary>A control that lets end users override model outputs (the example's member agency table).</summary>
/// <param name="Control">The control, e.g. "Thumbs up / down".</param>
/// <param name="Effect">Its effect on outputs.</param>
/// <param name="Mechanism">How it works.</param>
public sealed record UserControl(string Control, string? Effect = null, string? Mechanism = null) : RadAiRecord;
