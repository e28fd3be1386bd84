namespace RadAi.Dsl.Ai.ResponsibleAi;

/// <summary>A transparency disclosure (E4).</summary>
/// <param name="Context">Where it applies, e.g. "End-user interaction".</param>
/// <param name="Text">What is disclosed.</param>
/// <param name="Format">How, e.g. "UI label".</param>
/// <param name="Regulation">The regulation requiring it.</param>
public sealed record Disclosure(string Context, string Text, string Format, string? Regulation = null);
