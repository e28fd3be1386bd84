using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>
/// The 22 items of the EU AI Act Annex IV checklist of the RAD-AI framework, evaluated against a workspace: for each
/// item, whether the model documents it and by which parts (register, extension, profile, C4 model). Computed from what
/// the model holds, never typed in; the model is not changed.
/// </summary>
/// <example><code>
/// var checklist = AnnexIvChecklist.Evaluate(workspace);
/// foreach (var item in checklist.Items.Where(i => !i.IsDocumented))
///     Console.WriteLine($"{item.Id} {item.Requirement}: {item.HowToDocument}");
/// </code></example>
public sealed class AnnexIvChecklist
{
    private AnnexIvChecklist(string systemName, AiSystemProfile? profile, IReadOnlyList<AiComponent> componentRisks, IReadOnlyList<AnnexIvItem> items)
    {
        SystemName = systemName;
        Profile = profile;
        ComponentRisks = componentRisks;
        Items = items;
    }

    /// <summary>The system's name: the profile's, else the workspace's.</summary>
    public string SystemName { get; }

    /// <summary>The AI system profile (intended purpose, risk class, version, assessor), when described.</summary>
    public AiSystemProfile? Profile { get; }

    /// <summary>The risk class, when the profile states it.</summary>
    public RiskClassification? RiskClassification => Profile?.RiskClassification;

    /// <summary>
    /// The AI components whose own risk class is stated (<see cref="AiComponent.RiskClassification"/>), in inventory
    /// order: one system can hold a high-risk and a limited-risk model.
    /// </summary>
    public IReadOnlyList<AiComponent> ComponentRisks { get; }

    /// <summary>The 22 items, in checklist order.</summary>
    public IReadOnlyList<AnnexIvItem> Items { get; }

    /// <summary>How many items are documented.</summary>
    public int DocumentedCount => Items.Count(i => i.IsDocumented);

    /// <summary>The items of one group.</summary>
    public IReadOnlyList<AnnexIvItem> ItemsOf(AnnexIvSection section) => Items.Where(i => i.Section == section).ToList();

    /// <summary>The item with a checklist number ("3.2"), or null.</summary>
    public AnnexIvItem? Find(string id) => Items.FirstOrDefault(i => i.Id == id);

    /// <summary>Evaluates the checklist against a workspace and its RAD-AI model.</summary>
    /// <exception cref="RadAiConventionException">The RAD-AI model stored in the workspace cannot be read (the message names where).</exception>
    public static AnnexIvChecklist Evaluate(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var ai = workspace.RadAi();
        var profile = ai.Compliance.Profile;
        var items = AnnexIvItems.All.Select(d => new AnnexIvItem
        {
            Id = d.Id,
            Section = d.Section,
            Requirement = d.Requirement,
            RadAiSections = d.RadAiSections,
            Evidence = d.Evidence(new AnnexIvFacts(workspace, ai)).ToList(),
            HowToDocument = d.HowToDocument,
        }).ToList();
        var risks = ai.BoundaryDelineation.Components.Where(c => c.RiskClassification is not null).ToList();
        return new AnnexIvChecklist(profile?.SystemName ?? workspace.Name, profile, risks, items);
    }

    /// <inheritdoc />
    public override string ToString() => $"Annex IV checklist of {SystemName}: {DocumentedCount} of {Items.Count} items documented";
}
