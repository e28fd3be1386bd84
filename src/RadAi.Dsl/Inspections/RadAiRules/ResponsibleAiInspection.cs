using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>RADAI110: every ML model has at least one cell in the responsible-AI concern matrix (E4).</summary>
internal sealed class ResponsibleAiInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        foreach (var model in ai.Stereotypes.MlModels)
        {
            IReadOnlyList<ConcernEntry> concerns;
            try
            {
                concerns = ai.ResponsibleAi.ConcernsOf(model);
            }
            catch (RadAiConventionException)
            {
                continue; // a malformed perspective is reported by RADAI100 when the model is read
            }
            if (concerns.Count > 0) continue;
            context.Report(InspectionRules.ResponsibleAiCoverage, model.Element,
                $"{AiTerms.Subject(context, model.Element)} has no row in the responsible-AI matrix (E4): no fairness, explainability, human oversight, privacy or safety commitment is recorded for it. " +
                "Add at least the concerns that apply, e.g. ai.ResponsibleAi.SetConcern(new ConcernEntry …) with Component (the model), Concern (e.g. Concern.Fairness), Metric, Threshold, Frequency and Owner.");
        }
    }
}
