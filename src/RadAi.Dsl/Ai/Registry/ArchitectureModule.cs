namespace RadAi.Dsl;

/// <summary>A module inside a model's architecture (e.g. the ensemble's collaborative-filtering module).</summary>
/// <param name="Name">Module name.</param>
/// <param name="Role">What it contributes.</param>
/// <param name="Framework">What it is built with.</param>
public sealed record ArchitectureModule(string Name, string? Role = null, string? Framework = null) : RadAiRecord;
