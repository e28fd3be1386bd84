using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// E5 AI-ADRs. Each is a Structurizr decision on the workspace (id, title, date, status) whose markdown content shows
/// the context and outcome and carries the structured fields in a fenced block <c>```json radai:e5.ai-adr</c>.
/// </summary>
public sealed class AiDecisionLog
{
    private readonly RadAiModel _root;
    private readonly List<AiDecision> _decisions = [];
    private JsonTypeInfo<AiDecision>? _indented;

    internal AiDecisionLog(RadAiModel root) => _root = root;

    /// <summary>The AI-ADRs, in order of addition (on load: decision id order).</summary>
    public IReadOnlyList<AiDecision> All => _decisions;

    /// <summary>The AI-ADR with an id, or null.</summary>
    public AiDecision? Find(string id) => _decisions.FirstOrDefault(d => d.Id == id);

    /// <summary>Adds an AI-ADR and stores it as a Structurizr decision.</summary>
    /// <exception cref="ModelException">Duplicate id (also among plain Structurizr decisions), or an element of another workspace.</exception>
    public AiDecision Add(AiDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (string.IsNullOrWhiteSpace(decision.Id) || string.IsNullOrWhiteSpace(decision.Title))
            throw new ModelException("An AI-ADR needs an id and a title.");
        if (Find(decision.Id) is not null || _root.Workspace.Documentation.GetDecision(decision.Id) is not null)
            throw new ModelException($"Duplicate decision id '{decision.Id}': ids must be unique.");
        string json;
        try
        {
            json = JsonSerializer.Serialize(decision, _indented ??= new JsonSerializerOptions(_root.WriteOptions) { WriteIndented = true }.Contract<AiDecision>());
        }
        catch (Exception e) when (e is ArgumentException or ModelException)
        {
            throw new ModelException($"AI-ADR {decision.Id}: {ExceptionWords.Of(e)}", e);
        }
        _root.MarkUsed();
        _root.Workspace.Documentation.AddDecision(decision.Id, decision.Title,
            new DateTimeOffset(decision.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), decision.Status.ToString(), Content(decision, json));
        _decisions.Add(decision);
        return decision;
    }

    private static string Content(AiDecision decision, string json)
    {
        var text = new System.Text.StringBuilder();
        // The content is a markdown document Structurizr renders: the record's text lands in it as text, never as markup.
        text.Append("## ").Append(MarkdownText.Inline(decision.Id)).Append(": ").Append(MarkdownText.Inline(decision.Title)).Append("\n\n");
        if (decision.Context is not null) text.Append("### Context\n\n").Append(MarkdownText.Lines(decision.Context)).Append("\n\n");
        if (decision.Outcome is not null) text.Append("### Decision\n\n").Append(MarkdownText.Lines(decision.Outcome)).Append("\n\n");
        text.Append("```").Append(RadAiConvention.FenceInfoPrefix).Append(RadAiConvention.DecisionBlockKey).Append('\n')
            .Append(json.Replace("\r\n", "\n", StringComparison.Ordinal)).Append("\n```\n");
        return text.ToString();
    }

    internal void Read()
    {
        foreach (var d in _root.Workspace.Documentation.Decisions)
        {
            var block = ConventionSource.FencedBlock(d.Content, RadAiConvention.DecisionBlockKey);
            if (block is null) continue;
            var location = $"decision '{d.Id}'";
            AiDecision? decision;
            try
            {
                using var document = JsonDocument.Parse(block);
                var contract = _root.ReadOptions.Contract<AiDecision>();
                decision = _root.Defaults.Fill(document.RootElement, typeof(AiDecision)) is { } filled
                    ? filled.Deserialize(contract)
                    : document.RootElement.Deserialize(contract);
            }
            catch (JsonException e)
            {
                var message = e.InnerException is ArgumentException or ModelException or FormatException ? ExceptionWords.Of(e.InnerException) : ExceptionWords.Of(e);
                throw new RadAiConventionException($"{location}, at {e.Path}: {message}", location, e.Path, e);
            }
            catch (Exception e) when (e is ArgumentException or ModelException or FormatException)
            {
                throw new RadAiConventionException($"{location}: {ExceptionWords.Of(e)}", location, "$", e);
            }
            if (decision is null || decision.Id != d.Id)
                throw new RadAiConventionException($"{location}: its {RadAiConvention.DecisionBlockKey} block names id '{decision?.Id}'; it must match the decision id.", location, "$.id");
            _decisions.Add(decision);
        }
    }
}
