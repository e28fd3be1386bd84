namespace RadAi.Dsl.Diff;

/// <summary>
/// One fact of a register's entry that a diff compares: its name, its value as written, and, when a change of it
/// means more than its words ("resolved", "superseded"), what it means. <see cref="Area"/> overrides the register's
/// area for a fact that belongs elsewhere (an AI component's risk class is a compliance fact).
/// </summary>
internal sealed record RegisterFact<T>(string Field, Func<T, string?> Value, Func<T, T, string?>? Meaning = null, DiffArea? Area = null);
