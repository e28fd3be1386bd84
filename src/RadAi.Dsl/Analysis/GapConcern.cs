using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Analysis;

/// <summary>
/// One concern of the gap analysis: something the architecture documentation of an AI system must say, with the rule
/// that decides, from what the model holds, how much of it the standard arc42/C4 documents and the RAD-AI documents
/// express. <see cref="RadAiConcerns.All"/> is RAD-AI's own ten-item matrix, the default; derive from this class to
/// declare the concerns of your own system, and pass them to <see cref="GapAnalysis.Of(Workspace, IEnumerable{GapConcern})"/>
/// or <see cref="RadAiDocumentation.Concerns"/>.
/// </summary>
/// <remarks>
/// The verdicts come from the <see cref="Evidence"/> alone: the RAD-AI documents cover the concern fully when every
/// piece is present, partly when some is. The standard documents get credit only for a present piece with a
/// <see cref="Analysis.Evidence.StandardHome"/> (a place where arc42/C4 can hold it without its AI structure), never for a
/// name or id that happens to appear in their text.
/// </remarks>
/// <example>
/// <code>
/// sealed class ClinicianReview : GapConcern
/// {
///     public override string Id => "clinician-review";
///     public override string Title => "Clinician review of low-confidence triage";
///     public override string StandardRule => "None: standard documents have no place for a review queue's confidence routing.";
///     public override IEnumerable&lt;Evidence&gt; Evidence(RadAiModel ai)
///     {
///         yield return Check("human-in-the-loop elements", RadAiExtension.C4E1, ai.Stereotypes.HumansInTheLoop.Count, () => "a review queue");
///     }
/// }
/// var gaps = GapAnalysis.Of(workspace, [.. RadAiConcerns.All, new ClinicianReview()]);
/// </code>
/// </example>
public abstract class GapConcern
{
    /// <summary>A stable id, unique within an analysis: "model-versioning".</summary>
    public abstract string Id { get; }

    /// <summary>A short title: "Model versioning and lifecycle".</summary>
    public abstract string Title { get; }

    /// <summary>How the standard coverage of this concern is decided, in words (shown in the document's method section).</summary>
    public abstract string StandardRule { get; }

    /// <summary>
    /// Every piece of evidence the concern needs, each checked against the model, absent ones included (they are what
    /// the documents lack). Read the typed registers and stereotypes, not free text.
    /// </summary>
    public abstract IEnumerable<Evidence> Evidence(RadAiModel ai);

    /// <summary>The C4 elements behind the concern (shown by the standard documents as plain elements); none by default.</summary>
    public virtual IEnumerable<Element> Elements(RadAiModel ai) => [];

    /// <summary>"Model versioning and lifecycle".</summary>
    public override string ToString() => Title;

    /// <summary>A piece of evidence that is present when <paramref name="count"/> is positive, described by <paramref name="detail"/> only then.</summary>
    /// <param name="label">What is checked: "confidence gates".</param>
    /// <param name="extension">The extension that records it.</param>
    /// <param name="count">How many the model holds.</param>
    /// <param name="detail">What the model holds, in words; called only when the count is positive.</param>
    protected static Evidence Check(string label, RadAiExtension extension, int count, Func<string> detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return new() { Label = label, Extension = extension, Present = count > 0, Detail = count > 0 ? detail() : string.Empty };
    }

    /// <summary>"1 model", "3 models".</summary>
    protected static string Count(int count, string singular) => Words.Count(count, singular);

    /// <summary>A short list of names: "CG-1, CG-2, CG-3, CG-4 and 2 more".</summary>
    protected static string Names(IEnumerable<string> names) => NameList.Of(names);
}
