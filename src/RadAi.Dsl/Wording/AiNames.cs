using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>How the RAD-AI documents name model elements: by name, with the registry id when the element is a registered model.</summary>
internal static class AiNames
{
    /// <summary>"Recommendation Models (MDL-REC)" for a registered model, otherwise the element's name.</summary>
    public static string Of(RadAiModel ai, ElementRef element)
        => ai.Registry.Find(element) is { } model ? element.Name + " (" + model.Id + ")" : element.Name;

    /// <summary>Several elements, comma-separated.</summary>
    public static string Of(RadAiModel ai, IEnumerable<ElementRef> elements) => string.Join(", ", elements.Select(e => Of(ai, e)));

    /// <summary>The registry id of a registered model, otherwise the element's name (the template's "Model IDs" columns).</summary>
    public static string IdOf(RadAiModel ai, ElementRef element) => ai.Registry.Find(element)?.Id ?? element.Name;

    /// <summary>"99.99 %".</summary>
    public static string Percent(double? value) => value is { } v ? Words.Number(v) + " %" : string.Empty;
}
