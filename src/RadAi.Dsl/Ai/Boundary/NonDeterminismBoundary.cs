using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// C4-E3 non-determinism boundary. Regions are element tags (groups stay free for the container diagram) shown by
/// one filtered view per region (<see cref="ShowRegionsOn"/>); gates, interfaces, bands, degradation, propagation,
/// tests and fallbacks are stored in <c>radai:c4e3.boundary</c>.
/// </summary>
public sealed class NonDeterminismBoundary : RadAiRegister
{
    private readonly RegisterTable<ConfidenceGate> _gates;
    private readonly RegisterTable<ConfidenceGate>.Index<string> _gateIds;
    private readonly RegisterTable<BoundaryInterface> _interfaces;
    private readonly RegisterTable<BoundaryInterface>.Index<string> _interfaceIds;
    private readonly RegisterTable<ConfidenceBands> _bands;
    private readonly RegisterTable<ConfidenceBands>.Index<ElementRef> _bandModels;
    private readonly RegisterTable<DegradationScenario> _degradation;
    private readonly RegisterTable<PropagationRule> _propagation;
    private readonly RegisterTable<BoundaryTest> _tests;
    private readonly RegisterTable<FallbackStrategy> _fallbacks;
    private readonly RegisterTable<FallbackStrategy>.Index<string> _fallbackIds;

    internal NonDeterminismBoundary(RadAiModel root) : base(root)
    {
        _gates = Table<ConfidenceGate>("gates", x => AddGate(x));
        _gateIds = _gates.IndexBy(g => g.Id, StringComparer.Ordinal);
        _interfaces = Table<BoundaryInterface>("interfaces", x => AddInterface(x));
        _interfaceIds = _interfaces.IndexBy(i => i.Id, StringComparer.Ordinal);
        _bands = Table<ConfidenceBands>("bands", x => AddBands(x));
        _bandModels = _bands.IndexBy(b => b.Component);
        _degradation = Table<DegradationScenario>("degradation", x => AddDegradation(x));
        _propagation = Table<PropagationRule>("propagationRules", x => AddPropagationRule(x));
        _tests = Table<BoundaryTest>("tests", x => AddTest(x));
        _fallbacks = Table<FallbackStrategy>("fallbacks", x => AddFallback(x));
        _fallbackIds = _fallbacks.IndexBy(f => f.Id, StringComparer.Ordinal);
    }

    internal override string Key => RadAiConvention.BoundaryKey;

    /// <summary>Puts elements in a region (tags them; an element is in one region).</summary>
    /// <exception cref="ModelException">An element of another workspace or already in another region.</exception>
    public void Place(Region region, params ElementRef[] elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        if (string.IsNullOrWhiteSpace(region.Name)) throw new ArgumentException("A region needs a name.", nameof(region));
        foreach (var e in elements)
        {
            Root.RequireOwn(e.Element);
            if (RegionOf(e) is { } current && current != region)
                throw new ModelException($"Element '{e.Name}' is already in the {current} region; an element is in one region.");
        }
        foreach (var e in elements) e.Element.Tags.Add(region.Tag());
        Root.MarkUsed();
    }

    /// <summary>The region of an element (from its tag), or null.</summary>
    /// <exception cref="ModelException">The element belongs to another workspace.</exception>
    public Region? RegionOf(ElementRef element)
    {
        Root.RequireOwn(element.Element);
        return RegionOf(element.Element);
    }

    private static Region? RegionOf(Element element)
    {
        foreach (var tag in element.Tags)
            if (Region.FromTag(tag) is { } region) return region;
        return null;
    }

    /// <summary>The elements of a region, in model order.</summary>
    public IReadOnlyList<Element> Members(Region region)
        => Placements.Members.TryGetValue(region, out var members) ? members : NoMembers;

    /// <summary>
    /// RAD-AI's four regions, then the regions of your own that elements are placed in (in model order, each once, as
    /// its first element's tag writes it).
    /// </summary>
    public IReadOnlyList<Region> Regions => Placements.Regions;

    private static readonly IReadOnlyList<Element> NoMembers = Array.AsReadOnly(Array.Empty<Element>());

    // Every element's region, read in one pass over the model: the regions and each region's members come from it, where
    // a pass per region read every element's tags once for each region (a renderer asks for all of them).
    private Placement Placements
        => Answers.Get(typeof(Placement), () =>
        {
            var regions = new List<Region>(Region.WellKnown);
            var members = new Dictionary<Region, List<Element>>();
            foreach (var element in Root.Workspace.Model.Elements)
            {
                if (RegionOf(element) is not { } region) continue;
                if (!members.TryGetValue(region, out var inRegion))
                {
                    members.Add(region, inRegion = []);
                    if (!regions.Contains(region)) regions.Add(region);
                }
                inRegion.Add(element);
            }
            return new Placement(regions.AsReadOnly(), members.ToDictionary(m => m.Key, m => (IReadOnlyList<Element>)m.Value.AsReadOnly()));
        });

    private sealed record Placement(IReadOnlyList<Region> Regions, IReadOnlyDictionary<Region, IReadOnlyList<Element>> Members);

    // Region members read every element's tags; they are kept until a tag changes or an element is added.
    private TagDerivedAnswers Answers => _answers ??= new TagDerivedAnswers(Root.Workspace.Model);
    private TagDerivedAnswers? _answers;

    /// <summary>Adds one filtered view per region (that has members) on a base view, keyed "radai-region-&lt;region&gt;-&lt;base key&gt;"; repeat calls add nothing new.</summary>
    public IReadOnlyList<FilteredView> ShowRegionsOn(StaticView baseView)
    {
        ArgumentNullException.ThrowIfNull(baseView);
        var views = Root.Workspace.Views;
        var result = new List<FilteredView>();
        foreach (var region in Regions)
        {
            if (Members(region).Count == 0) continue;
            var key = RadAiConvention.RegionViewKeyPrefix + region.Key + "-" + baseView.Key;
            result.Add(views.GetView(key) as FilteredView
                ?? views.CreateFilteredView(baseView, key, $"{region} region (RAD-AI non-determinism boundary)", FilterMode.Include, region.Tag()));
        }
        Root.MarkUsed();
        return result;
    }

    /// <summary>Confidence gates.</summary>
    public IReadOnlyList<ConfidenceGate> Gates => _gates;

    /// <summary>Boundary interfaces.</summary>
    public IReadOnlyList<BoundaryInterface> Interfaces => _interfaces;

    /// <summary>Confidence bands per model.</summary>
    public IReadOnlyList<ConfidenceBands> Bands => _bands;

    /// <summary>Degradation scenarios.</summary>
    public IReadOnlyList<DegradationScenario> Degradation => _degradation;

    /// <summary>Propagation rules.</summary>
    public IReadOnlyList<PropagationRule> PropagationRules => _propagation;

    /// <summary>Testing implications.</summary>
    public IReadOnlyList<BoundaryTest> Tests => _tests;

    /// <summary>Fallback strategies.</summary>
    public IReadOnlyList<FallbackStrategy> Fallbacks => _fallbacks;

    /// <summary>Adds a confidence gate.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A confidence threshold outside [0, 1].</exception>
    /// <exception cref="ModelException">Duplicate id or an element of another workspace.</exception>
    public ConfidenceGate AddGate(ConfidenceGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        gate.RequireThresholdInRange();
        RequireUnique(_gateIds, gate.Id, "confidence gate");
        return _gates.Add(gate, $"Confidence gate {gate.Id}");
    }

    /// <summary>Adds a boundary interface.</summary>
    /// <exception cref="ModelException">Duplicate id, negative timeout, or an element of another workspace.</exception>
    public BoundaryInterface AddInterface(BoundaryInterface boundaryInterface)
    {
        ArgumentNullException.ThrowIfNull(boundaryInterface);
        RequireUnique(_interfaceIds, boundaryInterface.Id, "boundary interface");
        if (boundaryInterface.Timeout is { } t) DurationText.RequireNonNegative(t, $"Timeout of {boundaryInterface.Id}");
        return _interfaces.Add(boundaryInterface, $"Boundary interface {boundaryInterface.Id}");
    }

    /// <summary>Adds the confidence bands of a model.</summary>
    /// <exception cref="ModelException">No band, a band without an action, or the model has bands already.</exception>
    public ConfidenceBands AddBands(ConfidenceBands bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        bands.RequireBands();
        if (_bandModels.Contains(bands.Component)) throw new ModelException($"Model '{bands.Component}' already has confidence bands.");
        return _bands.Add(bands, $"Confidence bands of {bands.Component}");
    }

    /// <summary>Adds a degradation scenario.</summary>
    public DegradationScenario AddDegradation(DegradationScenario scenario) => _degradation.Add(scenario, $"Degradation '{scenario?.Scenario}'");

    /// <summary>Adds a propagation rule.</summary>
    public PropagationRule AddPropagationRule(PropagationRule rule) => _propagation.Add(rule, $"Propagation rule '{rule?.Rule}'");

    /// <summary>Adds a testing implication.</summary>
    public BoundaryTest AddTest(BoundaryTest test) => _tests.Add(test, $"Boundary test '{test?.TestType}'");

    /// <summary>Adds a fallback strategy.</summary>
    /// <exception cref="ModelException">Duplicate id.</exception>
    public FallbackStrategy AddFallback(FallbackStrategy fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        RequireUnique(_fallbackIds, fallback.Id, "fallback strategy");
        return _fallbacks.Add(fallback, $"Fallback {fallback.Id}");
    }
}
