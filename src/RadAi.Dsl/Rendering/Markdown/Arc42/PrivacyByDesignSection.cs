using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E4 privacy: privacy-by-design measures, and the data protection impact assessments with their findings.</summary>
internal static class PrivacyByDesignSection
{
    public static void Write(MarkdownWriter markdown, ResponsibleAiConcepts e4)
    {
        markdown.Heading(3, "Privacy by design").Table(["Measure", "Principle", "Implementation", "Components", "Owner"],
            e4.PrivacyMeasures.Select(m => (IReadOnlyList<Markup>)[m.Name, StatedWords.Of(m.Principle), StatedWords.Of(m.Implementation),
                StatedWords.Names(m.Components), StatedWords.Of(m.Owner)]),
            "No privacy-by-design measures are recorded.");

        markdown.Heading(3, "Data protection impact assessments").Table(["Assessment", "Scope", "Components", "Signed off by", "Signed off", "Next review", "Findings"],
            e4.ImpactAssessments.Select(a => (IReadOnlyList<Markup>)[a.Name, StatedWords.Of(a.Scope), StatedWords.Names(a.Components), StatedWords.Of(a.SignedOffBy),
                StatedWords.Of(a.SignedOffOn), StatedWords.Of(a.NextReview), Words.Count(a.Findings.Count, "finding")]),
            "No data protection impact assessments are recorded.");
        foreach (var assessment in e4.ImpactAssessments.Where(a => a.Findings.Count > 0))
            markdown.Heading(4, "Findings of " + assessment.Name).Table(["Finding", "Risk", "Mitigation", "Residual risk", "Owner", "Status"],
                assessment.Findings.Select(f => (IReadOnlyList<Markup>)[f.Finding, StatedWords.Of(f.Risk), StatedWords.Of(f.Mitigation),
                    StatedWords.Of(f.ResidualRisk), StatedWords.Of(f.Owner), StatedWords.Of(f.Status)]),
                "No findings are recorded.");
    }
}
