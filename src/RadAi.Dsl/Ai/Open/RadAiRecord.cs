using System.Text.Json.Serialization;

namespace RadAi.Dsl;

/// <summary>
/// Base of every RAD-AI record that is a row of a table (a debt item, a pipeline, a failure mode, …): besides the
/// template's columns it takes extra named facts, for what real documentation states beyond the template. The
/// facts show as extra columns of the record's table (the same columns for every row: a row without a fact shows
/// "not stated") and are stored with the record in the workspace.
/// </summary>
/// <example><code>ai.Debt.Add(new DebtItem
/// {
///     Id = "EN-001", Category = DebtCategory.Entanglement, Description = "Shared features couple all models", …,
///     ExtraFacts = [new("Jira", "ML-1234"), new("First seen", "2024-Q3")],
/// });</code></example>
public abstract record RadAiRecord
{
    /// <summary>
    /// Extra named facts, in the order written; each value as written. Names are unique within a record (compared
    /// ignoring case) and not blank; the register refuses a record that breaks this.
    /// </summary>
    [JsonPropertyOrder(1)]
    public EquatableList<NamedValue> ExtraFacts { get; init => field = value ?? []; } = [];

    /// <summary>The value of the extra fact with this name (ignoring case), or null when the record does not state it.</summary>
    public string? ExtraFact(string name)
    {
        foreach (var fact in ExtraFacts)
            if (string.Equals(fact.Name, name, StringComparison.OrdinalIgnoreCase)) return fact.Value;
        return null;
    }

    /// <summary>Throws unless every extra fact has a name, a value and a name of its own.</summary>
    /// <exception cref="ArgumentException">A fact without a name or value, or two facts with one name.</exception>
    internal void RequireValidExtraFacts(string what)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < ExtraFacts.Count; i++)
        {
            var fact = ExtraFacts[i] ?? throw new ArgumentException($"{what}: extra fact {i} is null.");
            if (string.IsNullOrWhiteSpace(fact.Name)) throw new ArgumentException($"{what}: extra fact {i} has no name.");
            if (fact.Value is null) throw new ArgumentException($"{what}: extra fact '{fact.Name}' has no value.");
            if (!names.Add(fact.Name.Trim()))
                throw new ArgumentException($"{what}: the extra fact '{fact.Name}' is stated twice; give each fact a name of its own.");
        }
    }
}
