using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E4 privacy: privacy-by-design measures, and the data protection impact assessments with their findings.</summary>
internal static class PrivacyByDesignSection
{
    public static void Write(MarkdownWriter markdown, ResponsibleAiConcepts e4)
    {
        markdown.Heading(3, "Privacy by design").Table(["Measure", "Principle", "Implementation", "Components", "Owner"],
            e4.PrivacyMeasures.Select(m => (IReadOnlyList<Markup>)[m.Name, StatedText.Of(m.Principle), StatedText.Of(m.Implementation),
                StatedText.Names(m.Components), StatedText.Of(m.Owner)]),
            "No privacy-by-design measures are recorded.");

        markdown.Heading(3, "Data protection impact assessments").Table(["Assessment", "Scope", "Components", "Signed off by", "Signed off", "Next review", "Findings"],
            e4.ImpactAssessments.Select(a => (IReadOnlyList<Markup>)[a.Name, StatedText.Of(a.Scope), StatedText.Names(a.Components), StatedText.Of(a.SignedOffBy),
                StatedText.Of(a.SignedOffOn), StatedText.Of(a.NextReview), Words.Count(a.Findings.Count, "finding")]),
            "No data protection impact assessments are recorded.");
        foreach (var assessment in e4.ImpactAssessments.Where(a => a.Findings.Count > 0))
            markdown.Heading(4, "Findings of " + assessment.Name).Table(["Finding", "Risk", "Mitigation", "Residual risk", "Owner", "Status"],
                assessment.Findings.Select(f => (IReadOnlyList<Markup>)[f.Finding, StatedText.Of(f.Risk), StatedText.Of(f.Mitigation),
                    StatedText.Of(f.ResidualRisk), StatedText.Of(f.Owner), StatedText.Of(f.Status)]),
                "No findings are recorded.");
    }
}
