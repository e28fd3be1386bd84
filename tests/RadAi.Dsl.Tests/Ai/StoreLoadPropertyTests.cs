using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

public class StoreLoadPropertyTests
{
    public sealed record DebtRow(DebtCategory Category, Severity Severity, DebtStatus Status, int AffectedMask, string Description, Freshness Frequency);

    public static class Rows
    {
        public static Arbitrary<DebtRow[]> DebtRows() => Arb.From(
            Gen.Elements(DebtCategory.WellKnown.ToArray()).SelectMany(c =>
                Gen.Elements(Enum.GetValues<Severity>()).SelectMany(s =>
                    Gen.Elements(DebtStatus.WellKnown.ToArray()).SelectMany(st =>
                        Gen.Choose(0, 7).SelectMany(mask =>
                            Gen.Elements("coupling, \"quoted\" and ü", "plain", "line\nbreak").SelectMany(d =>
                                ValueTypeTests.Generators.Freshness().Generator.Select(f => new DebtRow(c, s, st, mask, d, f)))))))
            .ArrayOf());
    }

    [Property(Arbitrary = [typeof(Rows)], MaxTest = 60)]
    public bool Any_debt_register_and_scenarios_survive_store_json_and_load(DebtRow[] rows)
    {
        var workspace = new Workspace("P");
        var system = workspace.Model.AddSoftwareSystem("S");
        var elements = new[] { system.AddContainer("A"), system.AddContainer("B"), system.AddContainer("C") };
        var ai = workspace.RadAi();
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var affected = elements.Where((_, bit) => (r.AffectedMask & (1 << bit)) != 0).Select(e => (ElementRef)e);
            ai.Debt.Add(new DebtItem
            {
                Id = $"{r.Category.Prefix}-{i:000}",
                Category = r.Category,
                Description = r.Description,
                Severity = r.Severity,
                Affects = EquatableList.From(affected),
                Mitigation = "m",
                Status = r.Status,
            });
            ai.QualityScenarios.Add(new QualityScenario
            {
                Id = $"QS-{i}",
                Attribute = new QualityAttribute("Attr " + r.Severity),
                Source = "s",
                Stimulus = r.Frequency.ToString(),
                Artifacts = [elements[i % 3]],
                Environment = "e",
                Response = "r",
                ResponseMeasure = "m",
            });
        }
        var loaded = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace)));
        return loaded.Debt.Items.SequenceEqual(ai.Debt.Items) && loaded.QualityScenarios.Scenarios.SequenceEqual(ai.QualityScenarios.Scenarios)
            && loaded.Debt.Summary.Totals == ai.Debt.Summary.Totals;
    }
}
