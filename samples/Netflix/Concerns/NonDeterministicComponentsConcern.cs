using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>The non-deterministic region, the AI component inventory, confidence gates and fallbacks (E1, C4-E3): RAD-AI's boundary concern, as the example words it.</summary>
internal sealed class NonDeterministicComponentsConcern : GapConcern
{
    public override string Id => "non-deterministic-components";

    public override string Title => "Non-deterministic component identification";

    public override string StandardRule =>
        "None: models appear as ordinary building blocks; regions, confidence ranges, gates and fallbacks are RAD-AI facts the standard documents leave out.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai) => RadAiConcerns.NonDeterminismBoundaries.Evidence(ai);

    public override IEnumerable<Element> Elements(RadAiModel ai) => RadAiConcerns.NonDeterminismBoundaries.Elements(ai);
}
