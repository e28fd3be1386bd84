namespace RadAi.Dsl.Inspections;

/// <summary>
/// How to run the inspections: severity overrides, where the rule documentation lives and which file was read.
/// </summary>
/// <example><code>
/// var options = new InspectorOptions()
///     .Override("RADAI032", InspectionSeverity.Ignore)                     // by rule id
///     .Override("model.element.noview", InspectionSeverity.Info);          // by Structurizr inspection type
/// var report = Inspector.Run(workspace, options);
/// </code></example>
public sealed class InspectorOptions
{
    /// <summary>
    /// Where docs/inspections.md is published; each rule's help link is this address plus <c>#radainnn</c>.
    /// </summary>
    public static readonly Uri DefaultDocumentation = new(LibraryInfo.ProjectUrl.AbsoluteUri.TrimEnd('/') + "/blob/main/docs/inspections.md");

    private readonly Dictionary<string, InspectionSeverity> _overrides = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The address of docs/inspections.md used for help links (default <see cref="DefaultDocumentation"/>).</summary>
    public Uri Documentation { get; set; } = DefaultDocumentation;

    /// <summary>
    /// The file or URI the workspace was read from, if any. Formatters name it, and SARIF results point at it
    /// (<c>physicalLocation.artifactLocation.uri</c>). Set by <see cref="Inspector.RunFile"/>.
    /// </summary>
    public string? Source { get; set; }

    /// <summary>
    /// How many rules run at once, each on its own thread (the calling thread is one of them). The default is
    /// <see cref="Environment.ProcessorCount"/>; 1 runs them one after another on the calling thread. The report is the
    /// same whatever the number. The workspace must not be changed while it is inspected.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDegreeOfParallelism = value;
        }
    }

    private int _maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>The severity overrides, keyed by rule id or inspection type.</summary>
    public IReadOnlyDictionary<string, InspectionSeverity> Overrides => _overrides;

    /// <summary>A copy naming another source (the caller's options stay as they were).</summary>
    internal InspectorOptions WithSource(string source)
    {
        var copy = new InspectorOptions { Documentation = Documentation, Source = source, MaxDegreeOfParallelism = MaxDegreeOfParallelism };
        foreach (var (key, severity) in _overrides) copy._overrides[key] = severity;
        return copy;
    }

    /// <summary>
    /// Sets the severity of a rule (by id, <c>RADAI021</c>) or of every rule of an inspection type
    /// (<c>model.container.technology</c>). <c>structurizr.inspection.*</c> properties in the workspace still win,
    /// because the author put them next to the item; an id beats a type.
    /// </summary>
    /// <exception cref="ArgumentException">No rule has that id or type.</exception>
    public InspectorOptions Override(string ruleIdOrName, InspectionSeverity severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleIdOrName);
        var key = ruleIdOrName.Trim();
        if (InspectionRules.Find(key) is null && !InspectionRules.All.Any(r => string.Equals(r.Name, key, StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException($"No inspection rule has the id or type '{key}'. Use an id such as RADAI021 or a type such as model.container.technology (see docs/inspections.md).", nameof(ruleIdOrName));
        _overrides[key] = severity;
        return this;
    }
}
