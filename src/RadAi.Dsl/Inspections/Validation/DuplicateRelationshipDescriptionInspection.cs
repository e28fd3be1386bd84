using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI005: two relationships from the same source to the same destination with the same description.
/// Our API refuses to create them, but the JSON reader keeps them (as structurizr-java's reader does), and a
/// Structurizr server rejects the upload.
/// </summary>
internal sealed class DuplicateRelationshipDescriptionInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.ReadFromCheckedJson) return; // the JSON pre-flight reported them with their JSON paths
        var seen = new HashSet<(Element, Element, string)>();
        foreach (var relationship in context.Model.Relationships)
        {
            var key = (relationship.Source, relationship.Destination, relationship.Description ?? string.Empty);
            if (seen.Add(key)) continue;
            context.Report(InspectionRules.UniqueRelationshipDescriptions, relationship,
                $"{Describe(relationship)} exists twice. Give one of them a different description, or merge them; a Structurizr server rejects the upload otherwise.");
        }
    }

    internal static string Describe(Relationship relationship)
        => $"The relationship from {InspectionText.QuoteComposite(relationship.Source.CanonicalName)} to {InspectionText.QuoteComposite(relationship.Destination.CanonicalName)} described as {InspectionText.Quote(relationship.Description)} (id {InspectionText.Shorten(relationship.Id)})";
}
