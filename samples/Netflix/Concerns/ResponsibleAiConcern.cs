using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>The responsible-AI matrix, fairness, bias detection and explainability (E4): RAD-AI's own concern, as the example words it.</summary>
internal sealed class ResponsibleAiConcern : GapConcern
{
    public override string Id => "responsible-ai";

    public override string Title => "Responsible AI and fairness";

    public override string StandardRule =>
        "None: standard cross-cutting concepts have no structure for fairness or bias.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai) => RadAiConcerns.ResponsibleAi.Evidence(ai);

    public override IEnumerable<Element> Elements(RadAiModel ai) => RadAiConcerns.ResponsibleAi.Elements(ai);
}
