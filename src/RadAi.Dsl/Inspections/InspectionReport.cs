using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// The result of <see cref="Inspector"/>: every finding in rule-id order (then model order), what was read, and
/// counts. <see cref="InspectionFormatter"/> turns it into text, JSON or SARIF.
/// </summary>
public sealed class InspectionReport
{
    internal InspectionReport(IEnumerable<InspectionFinding> findings, InspectorOptions options, Workspace? workspace, string? incompleteReason)
    {
        Findings = findings.OrderBy(f => f.Rule.Id, StringComparer.Ordinal).ToList();
        Documentation = options.Documentation;
        Source = options.Source;
        Workspace = workspace;
        IncompleteReason = incompleteReason;
    }

    /// <summary>Every finding, including ignored and suppressed ones.</summary>
    public IReadOnlyList<InspectionFinding> Findings { get; }

    /// <summary>The file or URI that was inspected, if any.</summary>
    public string? Source { get; }

    /// <summary>The address of docs/inspections.md that help links point into.</summary>
    public Uri Documentation { get; }

    /// <summary>The workspace that was inspected; null when JSON input could not be loaded (see <see cref="IncompleteReason"/>).</summary>
    public Workspace? Workspace { get; }

    /// <summary>
    /// Why only the JSON checks ran, when the JSON had problems that stop it being loaded as a model
    /// (the findings say which); null when every rule ran.
    /// </summary>
    public string? IncompleteReason { get; }

    /// <summary>True when every rule ran.</summary>
    public bool IsComplete => IncompleteReason is null;

    /// <summary>Findings that count: neither suppressed nor ignored.</summary>
    public IEnumerable<InspectionFinding> Active => Findings.Where(f => f.IsActive);

    /// <summary>The number of unsuppressed findings with the severity.</summary>
    public int Count(InspectionSeverity severity) => Findings.Count(f => !f.IsSuppressed && f.Severity == severity);

    /// <summary>The number of findings suppressed with a reason.</summary>
    public int SuppressedCount => Findings.Count(f => f.IsSuppressed);

    /// <summary>The highest severity among active findings, or null when there are none.</summary>
    public InspectionSeverity? HighestSeverity => Active.Select(f => (InspectionSeverity?)f.Severity).Max();

    /// <summary>True when an active finding is at least as severe as <paramref name="failOn"/> (see <see cref="InspectionExitCode"/>).</summary>
    public bool Fails(InspectionSeverity failOn) => InspectionExitCode.For(this, failOn) == InspectionExitCode.Failed;

    /// <summary>The help link of a rule.</summary>
    public Uri HelpUri(InspectionRule rule) => (rule ?? throw new ArgumentNullException(nameof(rule))).HelpUri(Documentation);

    /// <summary>
    /// Writes the counts to the workspace properties that the Structurizr DSL fills in and Structurizr shows:
    /// <c>structurizr.inspection.error</c>, <c>.warning</c>, <c>.info</c> and <c>.ignore</c> (suppressed findings count as ignored).
    /// </summary>
    public void WriteCountsTo(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        workspace.Properties.Set(SeverityResolver.Prefix + "error", Text(Count(InspectionSeverity.Error)));
        workspace.Properties.Set(SeverityResolver.Prefix + "warning", Text(Count(InspectionSeverity.Warning)));
        workspace.Properties.Set(SeverityResolver.Prefix + "info", Text(Count(InspectionSeverity.Info)));
        workspace.Properties.Set(SeverityResolver.Prefix + "ignore", Text(Count(InspectionSeverity.Ignore) + SuppressedCount));
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
