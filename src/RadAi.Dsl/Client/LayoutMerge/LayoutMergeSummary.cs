namespace RadAi.Dsl.Client;

/// <summary>What a layout merge copied.</summary>
/// <param name="ViewsMatched">Local views that found a view with layout to copy from.</param>
/// <param name="ElementsPositioned">Element views whose x/y were copied.</param>
/// <param name="RelationshipsRouted">Relationship views whose vertices, routing and position were copied.</param>
/// <param name="ElementsUnmatched">Element views with no counterpart (they keep their own position).</param>
public sealed record LayoutMergeSummary(int ViewsMatched, int ElementsPositioned, int RelationshipsRouted, int ElementsUnmatched)
{
    /// <inheritdoc />
    public override string ToString()
        => $"{ViewsMatched} views matched, {ElementsPositioned} elements positioned, {RelationshipsRouted} relationships routed, {ElementsUnmatched} elements unmatched";
}
