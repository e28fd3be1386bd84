using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// What a rule sees while it runs: the workspace, and one Report method per kind of item, which works out the
/// severity from the item's property holders and looks up a suppression on the item itself.
/// </summary>
internal sealed class InspectionContext
{
    private readonly SeverityResolver _severities;
    private readonly List<InspectionFinding> _findings = [];

    public InspectionContext(Workspace workspace, InspectorOptions options)
    {
        Workspace = workspace;
        Options = options;
        _severities = new SeverityResolver(options);
    }

    public Workspace Workspace { get; }

    public InspectorOptions Options { get; }

    public Model Model => Workspace.Model;

    public Terminology Terminology => Workspace.Views.Configuration.Terminology;

    /// <summary>True when the JSON pre-flight already checked what only JSON can break (the model rules then skip it).</summary>
    public bool ReadFromCheckedJson { get; init; }

    public IReadOnlyList<InspectionFinding> Findings => _findings;

    private bool _aiRead;
    private RadAiModel? _ai;
    private RadAiConventionException? _aiError;

    /// <summary>The workspace's RAD-AI model, or null when the stored registers cannot be read (see <see cref="AiError"/>).</summary>
    public RadAiModel? Ai
    {
        get
        {
            ReadAi();
            return _ai;
        }
    }

    /// <summary>Why the RAD-AI model cannot be read, or null.</summary>
    public RadAiConventionException? AiError
    {
        get
        {
            ReadAi();
            return _aiError;
        }
    }

    /// <summary>
    /// A context for another rule of the same run: same workspace, options and RAD-AI model; its own findings and caches.
    /// The model must have been read here first (<see cref="Ai"/>), on one thread: reading it attaches it to the workspace.
    /// </summary>
    public InspectionContext ForAnotherRule()
    {
        if (!_aiRead) throw new InvalidOperationException("The RAD-AI model must be read (Ai) before contexts are made for rules.");
        return new InspectionContext(Workspace, Options)
        {
            ReadFromCheckedJson = ReadFromCheckedJson,
            _aiRead = true,
            _ai = _ai,
            _aiError = _aiError,
        };
    }

    private void ReadAi()
    {
        if (_aiRead) return;
        _aiRead = true;
        try
        {
            _ai = RadAiModel.Of(Workspace);
        }
        catch (RadAiConventionException e)
        {
            _aiError = e;
        }
    }

    public string Term(Element element) => ElementTerms.For(element, Terminology);

    public void ReportWorkspace(InspectionRule rule, string message)
        => Add(rule, new InspectionSubject { Kind = SubjectKind.Workspace, Name = Workspace.Name }, message, [Workspace.Properties]);

    public void ReportModel(InspectionRule rule, string message)
        => Add(rule, new InspectionSubject { Kind = SubjectKind.Model, Name = Workspace.Name }, message, [Model.Properties, Workspace.Properties]);

    public void ReportViews(InspectionRule rule, string message)
        => Add(rule, new InspectionSubject { Kind = SubjectKind.Views, Name = Workspace.Name }, message, [Workspace.Views.Configuration.Properties, Workspace.Properties]);

    public void Report(InspectionRule rule, Element element, string message)
    {
        // An item's properties are made on first use: a holder without any is read as null, not created per finding.
        var parent = element.Parent;
        Add(rule, new InspectionSubject { Kind = SubjectKind.Element, Name = element.CanonicalName, Id = element.Id }, message,
            [element.PropertiesIfCreated, parent?.PropertiesIfCreated, parent?.Parent?.PropertiesIfCreated, Model.Properties, Workspace.Properties]);
    }

    public void Report(InspectionRule rule, Relationship relationship, string message)
    {
        var source = relationship.Source;
        var specific = SpecificName(rule, ElementTerms.TypeName(source), ElementTerms.TypeName(relationship.Destination));
        Add(rule, new InspectionSubject { Kind = SubjectKind.Relationship, Name = relationship.CanonicalName, Id = relationship.Id }, message,
            [relationship.PropertiesIfCreated, source.PropertiesIfCreated, source.Parent?.PropertiesIfCreated, Model.Properties, Workspace.Properties],
            specific == rule.Name ? null : specific);
    }

    public void Report(InspectionRule rule, View view, string message)
        => Add(rule, new InspectionSubject { Kind = SubjectKind.View, Name = view.Key }, message,
            [view.Properties, Workspace.Views.Configuration.Properties, Workspace.Properties]);

    public void Report(InspectionRule rule, ElementStyle style, string message)
        => Add(rule, new InspectionSubject { Kind = SubjectKind.ElementStyle, Name = style.Tag }, message,
            [style.Properties, Workspace.Views.Configuration.Properties, Workspace.Properties]);

    /// <summary>
    /// Reports a finding on a RAD-AI record that is not an element (a debt item, a pipeline, the operational view).
    /// Severity properties are read from the model and workspace; a suppression is the workspace property
    /// <c>radai:suppress.RADAInnn[record id]</c>.
    /// </summary>
    public void ReportRecord(InspectionRule rule, string name, string id, string message)
        => Add(rule, new InspectionSubject { Kind = SubjectKind.Record, Name = name, Id = id }, message, [null, Model.Properties, Workspace.Properties], recordId: id);

    /// <summary>Adds a finding found outside the model (the JSON pre-flight), with its own property holders.</summary>
    public void Report(InspectionRule rule, InspectionSubject subject, string message, IReadOnlyDictionary<string, string>? own)
        => Add(rule, subject, message, [own, Workspace.Properties]);

    private void Add(InspectionRule rule, InspectionSubject subject, string message,
        ReadOnlySpan<IReadOnlyDictionary<string, string>?> holders, string? specificType = null, string? recordId = null)
    {
        var severity = _severities.Resolve(rule, holders, Workspace.Properties, specificType);
        // The subject names the item; its id and JSON path tell it apart from another whose name starts alike.
        if (subject.Name.Length > InspectionText.MaxComposite) subject = subject with { Name = InspectionText.ShortenComposite(subject.Name) };
        var own = holders[0];
        string? reason = null;
        if (recordId is not null)
        {
            if (Workspace.Properties.TryGetValue(InspectionSuppression.RecordPropertyName(rule, recordId), out var r) && !string.IsNullOrWhiteSpace(r))
                reason = r.Trim();
        }
        else
        {
            reason = SuppressionOn(own, rule);
            // A workspace-wide suppression also covers the model-wide and views-wide findings, as documented on
            // SuppressInspection(Workspace, …); element findings need their own.
            if (reason is null && subject.Kind is SubjectKind.Model or SubjectKind.Views) reason = SuppressionOn(Workspace.Properties, rule);
        }
        _findings.Add(new InspectionFinding(rule, severity, subject, message, reason));
    }

    private string? SuppressionOn(IReadOnlyDictionary<string, string>? holder, InspectionRule rule)
    {
        if (holder is null || holder.Count == 0) return null;
        if (!_suppressionKeys.TryGetValue(rule, out var keys))
            _suppressionKeys[rule] = keys = (InspectionSuppression.PropertyPrefix + rule.Id, InspectionSuppression.PropertyPrefix + rule.HelpAnchor);
        return (holder.TryGetValue(keys.ById, out var r) || holder.TryGetValue(keys.ByAnchor, out r)) && !string.IsNullOrWhiteSpace(r)
            ? r.Trim()
            : null;
    }

    // Names made once per run, not once per finding (tens of thousands at scale): a rule's suppression keys, and a
    // relationship rule's name for a pair of element types.
    private readonly Dictionary<InspectionRule, (string ById, string ByAnchor)> _suppressionKeys = [];
    private readonly Dictionary<(InspectionRule, string, string), string> _specificNames = [];

    private string SpecificName(InspectionRule rule, string sourceType, string destinationType)
    {
        if (!_specificNames.TryGetValue((rule, sourceType, destinationType), out var name))
            _specificNames[(rule, sourceType, destinationType)] = name = rule.Name.Replace(".relationship.",
                $".relationship[{sourceType}->{destinationType}].", StringComparison.Ordinal);
        return name;
    }
}
