namespace RadAi.Dsl.Inspections;

/// <summary>
/// Works out a finding's severity as structurizr-java's PropertyBasedSeverityStrategy does: the nearest property holder
/// (element, then parent, grandparent, model, workspace) that has a <c>structurizr.inspection.*</c> property for the
/// type, most specific name first (<c>model.container.technology</c>, <c>model.container.*</c>, <c>model.*</c>, <c>*</c>).
/// Our additions: a rule id also works as a name (<c>structurizr.inspection.RADAI021</c>), and when no property says
/// anything the options' override and then the rule's default apply (Java defaults to error).
/// </summary>
internal sealed class SeverityResolver(InspectorOptions options)
{
    public const string Prefix = "structurizr.inspection.";

    /// <summary>structurizr-java before 2024 read one workspace property with no suffix as the default for everything.</summary>
    public const string LegacyDefault = "structurizr.inspection";

    /// <summary>The counters the Structurizr DSL writes on the workspace; they hold numbers, not severities.</summary>
    public static readonly IReadOnlySet<string> Counters = new HashSet<string>(StringComparer.Ordinal)
    {
        Prefix + "error", Prefix + "warning", Prefix + "info", Prefix + "ignore",
    };

    private readonly Dictionary<string, string[]> _namesByType = new(StringComparer.Ordinal);

    // The id names of a rule, made once per run instead of twice per finding (tens of thousands at scale).
    private readonly Dictionary<InspectionRule, string[]> _idNames = [];

    /// <param name="rule">The rule.</param>
    /// <param name="holders">Property holders, nearest first; nulls are skipped.</param>
    /// <param name="workspace">The workspace properties (for the legacy default).</param>
    /// <param name="specificType">For relationships, the type with source and destination kinds, e.g. <c>model.relationship[container->container].technology</c>.</param>
    public InspectionSeverity Resolve(InspectionRule rule, ReadOnlySpan<IReadOnlyDictionary<string, string>?> holders,
        IReadOnlyDictionary<string, string>? workspace, string? specificType = null)
    {
        if (!_idNames.TryGetValue(rule, out var ids)) _idNames[rule] = ids = [Prefix + rule.Id, Prefix + rule.HelpAnchor];
        if (Find(holders, ids) is { } byId) return byId;
        if (specificType is not null && Find(holders, SpecificNames(specificType)) is { } specific) return specific;
        if (Find(holders, Names(rule.Name)) is { } general) return general;
        if (workspace is not null && workspace.TryGetValue(LegacyDefault, out var legacy) && TryParse(legacy, out var legacySeverity)) return legacySeverity;
        if (options.Overrides.TryGetValue(rule.Id, out var byIdOverride)) return byIdOverride;
        if (options.Overrides.TryGetValue(rule.Name, out var byNameOverride)) return byNameOverride;
        return rule.DefaultSeverity;
    }

    /// <summary>Parses error, warning, info or ignore (any case); anything else is not a severity.</summary>
    public static bool TryParse(string? value, out InspectionSeverity severity)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "error": severity = InspectionSeverity.Error; return true;
            case "warning": severity = InspectionSeverity.Warning; return true;
            case "info": severity = InspectionSeverity.Info; return true;
            case "ignore": severity = InspectionSeverity.Ignore; return true;
            default: severity = default; return false;
        }
    }

    private static InspectionSeverity? Find(ReadOnlySpan<IReadOnlyDictionary<string, string>?> holders, string[] names)
    {
        foreach (var holder in holders)
        {
            if (holder is null || holder.Count == 0) continue;
            foreach (var name in names)
                if (holder.TryGetValue(name, out var value) && TryParse(value, out var severity)) return severity;
        }
        return null;
    }

    /// <summary>model.container.technology → the full name, then model.container.*, model.*, * (all prefixed).</summary>
    private string[] Names(string type)
    {
        if (_namesByType.TryGetValue(type, out var cached)) return cached;
        var lower = type.ToLowerInvariant();
        var parts = lower.Split('.');
        var names = new List<string> { Prefix + lower };
        for (var i = parts.Length - 1; i >= 0; i--)
            names.Add(Prefix + (i == 0 ? "*" : string.Join('.', parts, 0, i) + ".*"));
        return _namesByType[type] = [.. names];
    }

    /// <summary>Java only tries the full specific type and its last-level wildcard before falling back to the general type.</summary>
    private string[] SpecificNames(string specificType)
    {
        var names = Names(specificType);
        return names.Length >= 2 ? names[..2] : names;
    }
}
