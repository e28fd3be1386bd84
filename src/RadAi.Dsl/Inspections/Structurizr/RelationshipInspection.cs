namespace RadAi.Dsl.Inspections.Structurizr;

/// <summary>RADAI031 (<c>model.relationship.description</c>) and RADAI032 (<c>model.relationship.technology</c>).</summary>
internal sealed class RelationshipInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        foreach (var relationship in context.Model.Relationships)
        {
            var source = relationship.Source;
            var destination = relationship.Destination;
            var between = $"The relationship from the {context.Term(source)} \"{ElementTerms.Path(source)}\" to the {context.Term(destination)} \"{ElementTerms.Path(destination)}\"";
            if (string.IsNullOrWhiteSpace(relationship.Description))
                context.Report(InspectionRules.RelationshipDescription, relationship,
                    $"{between} has no description. Say what flows or what the source does with the destination, e.g. \"Reads orders from\".");
            if (string.IsNullOrWhiteSpace(relationship.Technology))
                context.Report(InspectionRules.RelationshipTechnology, relationship,
                    $"{between} names no technology. Set the protocol or mechanism, e.g. \"HTTPS/JSON\", \"gRPC\" or \"Kafka topic\".");
        }
    }
}
