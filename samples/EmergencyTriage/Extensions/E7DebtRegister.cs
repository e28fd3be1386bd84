using RadAi.Dsl.Samples.EmergencyTriage.Model;

namespace RadAi.Dsl.Samples.EmergencyTriage.Extensions;

/// <summary>E7, AI debt: three items with their tickets as an extra column; where the team has not stated a status or an owner, none is set.</summary>
internal static class E7DebtRegister
{
    /// <summary>The team's issue tracker reference, shown as an extra column.</summary>
    public const string Ticket = "Ticket";

    public static void AddTo(RadAiModel ai, TriageElements n)
    {
        var c = n.Containers;
        var debt = ai.Debt;

        debt.Add(new DebtItem
        {
            Id = "FL-001",
            Category = DebtCategory.HiddenFeedbackLoops,
            Title = "Overrides become labels",
            Description = "Confirmed ESI levels from the review queue feed the next training set, so accepted suggestions reinforce themselves.",
            Severity = Severity.High,
            Affects = [c.AcuityModel, c.ReviewQueue],
            Mitigation = "label with the ESI level at discharge",
            Status = DebtStatus.Open,
            Owner = "Clinical AI team",
            ExtraFacts = [new(Ticket, "CAI-112")],
        });
        // Found in the safety review; nobody has taken it on yet, so status and owner stay unstated.
        debt.Add(new DebtItem
        {
            Id = "DD-001",
            Category = DebtCategory.DataDependency,
            Title = "Vendor inputs undocumented",
            Description = "The early-warning vendor does not document which vital-sign features its model reads.",
            Severity = Severity.Medium,
            Affects = [c.EarlyWarningModel],
        });
        debt.Add(new DebtItem
        {
            Id = "CD-001",
            Category = DebtCategory.Configuration,
            Description = "Alert levels are set per ward by hand and not versioned.",
            Affects = [c.EarlyWarningModel],
            Status = DebtStatus.Accepted,
            ExtraFacts = [new(Ticket, "OPS-87")],
        });
    }
}
