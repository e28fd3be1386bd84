using System.Text.RegularExpressions;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI113: a quality scenario's response measure can be checked: it holds a number with a unit ("within 24 hours",
/// "99.9 %", "250 ms") or a comparison with a number ("NDCG &gt;= 0.40", "at most 3 incidents").
/// </summary>
internal sealed partial class QualityMeasureInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        foreach (var scenario in ai.QualityScenarios.Scenarios)
        {
            if (IsMeasurable(scenario.ResponseMeasure)) continue;
            context.ReportRecord(InspectionRules.QualityMeasurable, $"Quality scenario {scenario.Id}", scenario.Id,
                $"Quality scenario {scenario.Id} ({scenario.Attribute}) has the response measure {InspectionText.Quote(scenario.ResponseMeasure)}, which holds no number with a unit and no comparison, so nobody can tell whether it is met. " +
                "State a target such as \"retrained within 24 hours\", \"p95 latency < 250 ms\" or \"NDCG >= 0.40\".");
        }
    }

    /// <summary>Whether the text states a number with a unit or a comparison with a number.</summary>
    internal static bool IsMeasurable(string? measure)
        => !string.IsNullOrWhiteSpace(measure) && (Comparison().IsMatch(measure) || NumberWithUnit().IsMatch(measure));

    [GeneratedRegex(@"(<=|>=|<|>|≤|≥|=|\b(at least|at most|less than|more than|fewer than|greater than|no more than|no less than|under|over|below|above|within|up to|exceeds?)\b)\s*[~≈]?\s*-?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\d(\.\d+)?\s*(%|‰|(ms|s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|quarters?|years?|x|pp|percentage points?|qps|rps|tps|req/s|requests?/s(ec)?|events?/s(ec)?|[kmgt]b|points?|errors?|incidents?|users?|requests?|predictions?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWithUnit();
}
