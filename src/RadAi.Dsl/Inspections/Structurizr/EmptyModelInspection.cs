namespace RadAi.Dsl.Inspections;

/// <summary>RADAI015 (<c>model.empty</c>): the model has no elements.</summary>
internal sealed class EmptyModelInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.Model.IsEmpty)
            context.ReportModel(InspectionRules.EmptyModel,
                $"The model of workspace {InspectionText.Quote(context.Workspace.Name)} is empty. Add the people, software systems and containers it should describe.");
    }
}
