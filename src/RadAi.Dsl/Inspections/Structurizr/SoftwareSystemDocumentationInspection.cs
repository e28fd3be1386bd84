using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI018 (<c>model.softwaresystem.documentation</c>) and RADAI019 (<c>model.softwaresystem.decisions</c>):
/// a software system described down to containers has documentation sections and decisions.
/// </summary>
internal sealed class SoftwareSystemDocumentationInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        foreach (var system in context.Model.SoftwareSystems)
        {
            if (system.Containers.Count == 0) continue;
            var term = context.Term(system);
            if (system.Documentation.Sections.Count == 0)
                context.Report(InspectionRules.SoftwareSystemDocumentation, system,
                    $"The {term} {InspectionText.Quote(system.Name)} has containers but no documentation. Add documentation sections (for example arc42 context, quality goals and constraints) to it.");
            if (system.Documentation.Decisions.Count == 0)
                context.Report(InspectionRules.SoftwareSystemDecisions, system,
                    $"The {term} {InspectionText.Quote(system.Name)} has containers but records no decisions. Add architecture decision records explaining its main choices.");
        }
    }
}
