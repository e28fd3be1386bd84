using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI115: a registered model's version is stated once, on its &lt;&lt;ML Model&gt;&gt; element, and its version history
/// lists it; a current version stored in the registry entry (as workspaces once did) that the element contradicts is
/// reported.
/// </summary>
internal sealed class ModelVersionInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        foreach (var entry in ai.Registry.Models)
        {
            if (entry.Element.Element is not { } element) continue;
            if (ai.Registry.UnplacedVersions.GetValueOrDefault(entry.Id) is { } stored)
            {
                var stated = entry.CurrentVersion is { } current
                    ? $"{AiTerms.Subject(context, element)} states version '{current}'; the element's version is kept, and the registry does not write the stored one again. If the stored one is right, state it on the element: .WithVersion(\"{stored}\")"
                    : $"{AiTerms.Subject(context, element)} is not an <<{Stereotype.MlModel.Name}>>, so it states no version, and the registry does not write the stored one again. Make it one and state the version: element.AsMlModel().WithVersion(\"{stored}\")";
                context.Report(InspectionRules.ModelVersionStatedOnce, element,
                    $"The stored registry entry {entry.Id} gives current version '{stored}', which its element does not state. {stated}.");
            }
            if (entry.Versions.Count == 0 || entry.CurrentVersion is not { } version || entry.CurrentVersionEntry is not null) continue;
            context.Report(InspectionRules.ModelVersionStatedOnce, element,
                $"{AiTerms.Subject(context, element)} states version '{version}', but the version history of registry entry {entry.Id} lists only " +
                $"{AiTerms.List(entry.Versions.Select(v => $"'{v.Version}'").ToList())} (a leading \"v\" does not count). " +
                $"Add it (ai.Registry.AddVersion(\"{entry.Id}\", new ModelVersion(\"{version}\"))) or correct the element's version (.WithVersion(…)).");
        }
    }
}
