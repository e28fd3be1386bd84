using RadAi.Dsl.Inspections;

namespace RadAi.Dsl;

/// <summary>
/// Accepting a finding on one item, with a reason. The suppression is a property of the item,
/// <c>radai:suppress.RADAInnn</c> = reason, so it travels with the workspace JSON and Structurizr shows it.
/// A suppressed finding is still reported (with its reason) but never fails a build.
/// </summary>
/// <example><code>
/// legacyGateway.SuppressInspection("RADAI021", "Vendor appliance; the technology is not disclosed.");
/// </code></example>
public static class InspectionSuppression
{
    /// <summary>The property name prefix: <c>radai:suppress.</c> followed by the rule id.</summary>
    public const string PropertyPrefix = "radai:suppress.";

    /// <summary>The property name that suppresses a rule, e.g. <c>radai:suppress.RADAI021</c>.</summary>
    public static string PropertyName(string ruleId) => PropertyPrefix + RequireRule(ruleId).Id;

    /// <summary>Suppresses a rule on an element or relationship, with the reason shown in reports.</summary>
    /// <exception cref="ArgumentException">The rule id is unknown or the reason is blank.</exception>
    public static void SuppressInspection(this ModelItem item, string ruleId, string reason)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.Properties.Set(PropertyName(ruleId), RequireReason(reason, ruleId));
    }

    /// <summary>Suppresses a rule on a view, with the reason shown in reports.</summary>
    /// <exception cref="ArgumentException">The rule id is unknown or the reason is blank.</exception>
    public static void SuppressInspection(this View view, string ruleId, string reason)
    {
        ArgumentNullException.ThrowIfNull(view);
        view.Properties.Set(PropertyName(ruleId), RequireReason(reason, ruleId));
    }

    /// <summary>Suppresses a workspace-wide or model-wide rule, with the reason shown in reports.</summary>
    /// <exception cref="ArgumentException">The rule id is unknown or the reason is blank.</exception>
    public static void SuppressInspection(this Workspace workspace, string ruleId, string reason)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        workspace.Properties.Set(PropertyName(ruleId), RequireReason(reason, ruleId));
    }

    /// <summary>
    /// Suppresses a rule on one RAD-AI record that is not an element (a debt item, quality scenario or pipeline, by its
    /// id; <c>operations</c> for the operational AI view). Stored on the workspace as <c>radai:suppress.RADAInnn[id]</c>.
    /// </summary>
    /// <example><code>workspace.SuppressInspection("RADAI113", "QS-07", "Measured by the editorial review board; no number is published.");</code></example>
    /// <exception cref="ArgumentException">The rule id is unknown, the record id is blank or holds brackets, or the reason is blank.</exception>
    public static void SuppressInspection(this Workspace workspace, string ruleId, string recordId, string reason)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (string.IsNullOrWhiteSpace(recordId) || recordId.IndexOfAny(['[', ']']) >= 0)
            throw new ArgumentException($"Suppressing {ruleId} on a record needs the record's id, e.g. \"EN-001\" or \"QS-07\", without brackets.", nameof(recordId));
        workspace.Properties.Set(RecordPropertyName(RequireRule(ruleId), recordId.Trim()), RequireReason(reason, ruleId));
    }

    internal static string RecordPropertyName(InspectionRule rule, string recordId) => PropertyPrefix + rule.Id + "[" + recordId + "]";

    private static InspectionRule RequireRule(string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return InspectionRules.Find(ruleId.Trim())
            ?? throw new ArgumentException($"No inspection rule has the id '{ruleId}'. Use an id listed in docs/inspections.md, such as RADAI021.", nameof(ruleId));
    }

    private static string RequireReason(string reason, string ruleId)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException($"Suppressing {ruleId} needs a reason that a reviewer can read, e.g. \"Vendor appliance; technology not disclosed\".", nameof(reason));
        return reason.Trim();
    }
}
