namespace RadAi.Dsl;

/// <summary>
/// E3 data pipeline view: pipelines with stages, checkpoints and schemas; feature groups; feedback loops; workflow
/// triggers (checked for cycles) and signals. Stored in <c>radai:e3.pipelines</c>.
/// </summary>
public sealed class PipelineView : RadAiRegister
{
    private readonly RegisterTable<Pipeline> _pipelines;
    private readonly RegisterTable<Pipeline>.Index<string> _pipelineIds;
    private readonly RegisterTable<FeatureGroup> _groups;
    private readonly RegisterTable<FeedbackLoop> _loops;
    private readonly RegisterTable<WorkflowTrigger> _triggers;
    private readonly RegisterTable<Signal> _signals;
    private readonly RegisterTable<Signal>.Index<string> _signalNames;
    private readonly RegisterTable<FeatureStoreTier> _storeTiers;
    // Upstream workflow -> downstream workflows, in trigger order: cycle checks and TriggeredBy walk edges, not the table.
    private readonly Dictionary<string, List<string>> _downstream = new(StringComparer.Ordinal);

    internal PipelineView(RadAiModel root) : base(root)
    {
        _pipelines = Table<Pipeline>("pipelines", x => Add(x));
        _pipelineIds = _pipelines.IndexBy(p => p.Id, StringComparer.Ordinal);
        _groups = Table<FeatureGroup>("featureGroups", x => AddFeatureGroup(x));
        _loops = Table<FeedbackLoop>("feedbackLoops", x => AddFeedbackLoop(x));
        _triggers = Table<WorkflowTrigger>("triggers", x => AddTrigger(x));
        _signals = Table<Signal>("signals", x => AddSignal(x));
        _signalNames = _signals.IndexBy(s => s.Name, StringComparer.Ordinal);
        _storeTiers = Table<FeatureStoreTier>("featureStoreTopology", x => AddFeatureStoreTier(x));
    }

    internal override string Key => RadAiConvention.PipelinesKey;

    /// <summary>The pipeline inventory, in order.</summary>
    public IReadOnlyList<Pipeline> Pipelines => _pipelines;

    /// <summary>Feature groups.</summary>
    public IReadOnlyList<FeatureGroup> FeatureGroups => _groups;

    /// <summary>Feedback loops.</summary>
    public IReadOnlyList<FeedbackLoop> FeedbackLoops => _loops;

    /// <summary>Workflow triggers (DAG edges), in order.</summary>
    public IReadOnlyList<WorkflowTrigger> Triggers => _triggers;

    /// <summary>Signals.</summary>
    public IReadOnlyList<Signal> Signals => _signals;

    /// <summary>The feature store topology: the online, offline and other stores, in order.</summary>
    public IReadOnlyList<FeatureStoreTier> FeatureStoreTopology => _storeTiers;

    /// <summary>The pipeline with an id, or null.</summary>
    public Pipeline? Find(string id) => id is null ? null : _pipelineIds.Find(id);

    /// <summary>Adds a pipeline.</summary>
    /// <exception cref="ModelException">Duplicate id or an element of another workspace.</exception>
    public Pipeline Add(Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        RequireUnique(_pipelineIds, pipeline.Id, "pipeline");
        return _pipelines.Add(pipeline, $"Pipeline {pipeline.Id}");
    }

    /// <summary>Adds a feature group; its source pipelines must be in the inventory.</summary>
    /// <exception cref="ModelException">Unknown pipeline id, negative count, or an element of another workspace.</exception>
    public FeatureGroup AddFeatureGroup(FeatureGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.FeatureCount is Quantity { Value: < 0 }) throw new ModelException($"Feature group '{group.Name}' has a negative feature count.");
        foreach (var id in group.SourcePipelines)
            if (Find(id) is null) throw new ModelException($"Feature group '{group.Name}' is filled by '{id}', which is not in the pipeline inventory; add the pipeline first.");
        return _groups.Add(group, $"Feature group '{group.Name}'");
    }

    /// <summary>Adds a feedback loop.</summary>
    public FeedbackLoop AddFeedbackLoop(FeedbackLoop loop) => _loops.Add(loop, $"Feedback loop '{loop?.Name}'");

    /// <summary>Adds a workflow trigger.</summary>
    /// <exception cref="ModelException">The trigger closes a cycle (the message shows it) or repeats an existing edge.</exception>
    public WorkflowTrigger AddTrigger(WorkflowTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (Next(trigger.Upstream).Contains(trigger.Downstream, StringComparer.Ordinal))
            throw new ModelException($"Trigger {trigger} is already defined.");
        if (PathBetween(trigger.Downstream, trigger.Upstream) is { } path)
            throw new ModelException($"Trigger {trigger} closes a cycle: {string.Join(" → ", [trigger.Upstream, .. path])}. Trigger chains must be acyclic.");
        _triggers.Add(trigger, $"Trigger {trigger}");
        if (!_downstream.TryGetValue(trigger.Upstream, out var next)) _downstream[trigger.Upstream] = next = [];
        next.Add(trigger.Downstream);
        return trigger;
    }

    /// <summary>Adds a signal.</summary>
    /// <exception cref="ModelException">A signal with that name exists.</exception>
    public Signal AddSignal(Signal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        RequireUnique(_signalNames, signal.Name, "signal");
        return _signals.Add(signal, $"Signal '{signal.Name}'");
    }

    /// <summary>Workflows triggered (directly or transitively) when <paramref name="workflow"/> finishes, in breadth-first order.</summary>
    public IReadOnlyList<string> TriggeredBy(string workflow)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { workflow };
        var queue = new Queue<string>([workflow]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var downstream in Next(current))
                if (seen.Add(downstream))
                {
                    result.Add(downstream);
                    queue.Enqueue(downstream);
                }
        }
        return result;
    }

    private List<string>? PathBetween(string from, string to)
    {
        if (from == to) return [to];
        // Nothing starts from a workflow yet to be chained (the usual case when a chain grows): no search to set up.
        if (Next(from).Count == 0) return null;
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([from]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var downstream in Next(current))
            {
                if (!seen.Add(downstream)) continue;
                previous[downstream] = current;
                if (downstream == to)
                {
                    var path = new List<string> { to };
                    for (var n = to; previous.TryGetValue(n, out var p); n = p) path.Insert(0, p);
                    return path;
                }
                queue.Enqueue(downstream);
            }
        }
        return null;
    }

    private List<string> Next(string? workflow)
        => workflow is not null && _downstream.TryGetValue(workflow, out var next) ? next : NoWorkflows;

    private static readonly List<string> NoWorkflows = []; // never changed

    /// <summary>Adds a store to the feature store topology.</summary>
    public FeatureStoreTier AddFeatureStoreTier(FeatureStoreTier tier) => _storeTiers.Add(tier, $"Feature store tier '{tier?.Name}'");
}
