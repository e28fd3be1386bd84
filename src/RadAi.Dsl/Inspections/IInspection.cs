namespace RadAi.Dsl.Inspections;

/// <summary>One check over the whole workspace; it reports through the context and may cover several rules.</summary>
internal interface IInspection
{
    /// <summary>Runs the check.</summary>
    void Run(InspectionContext context);
}
