using System.Text.Json;
using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI111 and RADAI112: debt items and quality scenarios refer to elements of the model. Read from the stored JSON
/// (not the typed model), because a dangling reference stops the typed model from loading at all; this names each one.
/// </summary>
internal sealed class RecordReferencesInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        Check(context, RadAiConvention.DebtKey, "items", "affects", "affectsNote", InspectionRules.DebtReferences, "Debt item", "affected element");
        Check(context, RadAiConvention.QualityKey, "scenarios", "artifacts", null, InspectionRules.QualityReferences, "Quality scenario", "artifact");
    }

    private static void Check(InspectionContext context, string key, string table, string field, string? noteField,
        InspectionRule rule, string kind, string what)
    {
        if (ConventionSource.StoredJson(context.Workspace, key) is not { } json) return;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return; // RADAI100 reports JSON that cannot be parsed
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty(table, out var rows) || rows.ValueKind != JsonValueKind.Array) return;
            var index = 0;
            foreach (var row in rows.EnumerateArray())
            {
                var position = index++;
                if (row.ValueKind != JsonValueKind.Object) continue;
                var id = row.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : $"#{position + 1}";
                var names = row.TryGetProperty(field, out var refs) && refs.ValueKind == JsonValueKind.Array
                    ? refs.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList()
                    : [];
                var dangling = names.Where(n => Resolve(context.Model, n) is null).ToList();
                string? message = null;
                if (dangling.Count > 0)
                    message = $"{kind} {id} names {(dangling.Count == 1 ? "an " + what : dangling.Count + " " + what + "s")} that the model does not have: {AiTerms.List(dangling.Select(InspectionText.Quote).ToList())}. " +
                              "Refer to an existing element by its canonical name (e.g. \"Container://System.Container\"), add the element, or remove the reference.";
                else if (names.Count == 0 && (noteField is null || !row.TryGetProperty(noteField, out var note) || string.IsNullOrWhiteSpace(note.GetString())))
                    message = $"{kind} {id} names no {what}, so it is not linked to the architecture. List the elements it concerns.";
                if (message is not null) context.ReportRecord(rule, $"{kind} {id}", id, message);
            }
        }
    }

    private static Element? Resolve(Model model, string name) => model.GetElementWithCanonicalName(name) ?? model.GetElement(name);
}
