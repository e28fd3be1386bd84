namespace RadAi.Dsl.Inspections;

/// <summary>RADAI037 (<c>views.styles.element.metadata</c>): an element style hides the type and technology line.</summary>
internal sealed class ElementStyleMetadataInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        foreach (var style in context.Workspace.Views.Configuration.Styles.Elements)
            if (style.Metadata == false)
                context.Report(InspectionRules.ElementStyleMetadata, style,
                    $"The element style for tag {InspectionText.Quote(style.Tag)} hides metadata, so diagrams no longer show element types and technologies. Remove the metadata setting or set it to true.");
    }
}
