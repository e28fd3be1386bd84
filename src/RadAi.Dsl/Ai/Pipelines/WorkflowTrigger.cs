namespace RadAi.Dsl;

/// <summary>A DAG edge between workflows, e.g. a Metaflow <c>@trigger_on_finish</c> chain link (E3).</summary>
/// <param name="Upstream">The workflow that finishes.</param>
/// <param name="Downstream">The workflow that starts.</param>
/// <param name="Condition">When it fires, e.g. "upstream completes successfully".</param>
public sealed record WorkflowTrigger(string Upstream, string Downstream, string? Condition = null) : RadAiRecord
{
    /// <summary>Metadata passed downstream, e.g. "feature version", "row count".</summary>
    public EquatableList<string> Metadata { get; init; } = [];

    /// <summary>The signal carrying it, when it is a Maestro signal.</summary>
    public string? Signal { get; init; }

    /// <summary>"upstream → downstream".</summary>
    public override string ToString() => Upstream + " → " + Downstream;
}
