using Humanizer;
using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>What the checklist items read: the workspace, its RAD-AI model and short phrases for evidence.</summary>
internal sealed class AnnexIvFacts(Workspace workspace, RadAiModel ai)
{
    public const string Profile = "AI system profile";
    public const string Stereotypes = "AI component stereotypes (C4-E1)";
    public const string Lineage = "Data lineage overlay (C4-E2)";
    public const string Boundary = "Non-determinism boundary (C4-E3)";
    public const string Delineation = "AI boundary delineation (E1)";
    public const string Registry = "Model registry (E2)";
    public const string Pipelines = "Data pipeline view (E3)";
    public const string ResponsibleAi = "Responsible AI concepts (E4)";
    public const string Decisions = "AI decision records (E5)";
    public const string Quality = "AI quality scenarios (E6)";
    public const string Debt = "AI debt register (E7)";
    public const string Operations = "Operational AI view (E8)";
    public const string C4Context = "C4 model (context)";
    public const string C4Views = "C4 views";
    public const string C4Deployment = "C4 deployment model";

    public Workspace Workspace { get; } = workspace;

    public RadAiModel Ai { get; } = ai;

    public AiSystemProfile? SystemProfile => Ai.Compliance.Profile;

    /// <summary>"3 models" (Humanizer, English).</summary>
    public static string Count(int count, string singular) => singular.ToQuantity(count);

    /// <summary>Evidence when <paramref name="count"/> is positive.</summary>
    public static IEnumerable<AnnexIvEvidence> When(int count, string part, string singular, string? suffix = null)
    {
        if (count > 0) yield return new AnnexIvEvidence(part, Count(count, singular) + (suffix is null ? string.Empty : " " + suffix));
    }

    /// <summary>Evidence naming the ids of the records that hold something, when there are any.</summary>
    public static IEnumerable<AnnexIvEvidence> Naming(IEnumerable<string> ids, string part, string what)
    {
        var list = ids.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 0) yield return new AnnexIvEvidence(part, what + " of " + string.Join(", ", list));
    }

    /// <summary>Evidence from a profile text field, when set.</summary>
    public static IEnumerable<AnnexIvEvidence> FromProfile(string? value, string what)
    {
        if (!string.IsNullOrWhiteSpace(value)) yield return new AnnexIvEvidence(Profile, what);
    }

    /// <summary>Relationships between a person or software system and another one (what the system exchanges with its environment).</summary>
    public int ContextRelationships()
    {
        var count = 0;
        foreach (var relationship in Workspace.Model.Relationships)
            if (relationship.Source is StaticStructureElement && relationship.Destination is StaticStructureElement
                && !ReferenceEquals(Top(relationship.Source), Top(relationship.Destination)))
                count++;
        return count;
    }

    private static Element Top(Element element)
    {
        while (element.Parent is { } parent) element = parent;
        return element;
    }
}
