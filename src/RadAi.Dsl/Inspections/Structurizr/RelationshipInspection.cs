namespace RadAi.Dsl.Inspections;

/// <summary>RADAI031 (<c>model.relationship.description</c>) and RADAI032 (<c>model.relationship.technology</c>).</summary>
internal sealed class RelationshipInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        foreach (var relationship in context.Model.Relationships)
        {
            var noDescription = string.IsNullOrWhiteSpace(relationship.Description);
            var noTechnology = string.IsNullOrWhiteSpace(relationship.Technology);
            if (!noDescription && !noTechnology) continue; // the words below are made only for a finding
            var source = relationship.Source;
            var destination = relationship.Destination;
            var between = $"The relationship from the {context.Term(source)} \"{ElementTerms.PathOf(source)}\" to the {context.Term(destination)} \"{ElementTerms.PathOf(destination)}\"";
            if (noDescription)
                context.Report(InspectionRules.RelationshipDescription, relationship,
                    $"{between} has no description. Say what flows or what the source does with the destination, e.g. \"Reads orders from\".");
            if (noTechnology)
                context.Report(InspectionRules.RelationshipTechnology, relationship,
                    $"{between} names no technology. Set the protocol or mechanism, e.g. \"HTTPS/JSON\", \"gRPC\" or \"Kafka topic\".");
        }
    }
}
