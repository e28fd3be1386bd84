using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// C4-E1: the stereotypes known to a workspace (the five built in, then your own in registration order) and the
/// elements carrying them. Applying a stereotype tags the element and adds the stereotype's default style once.
/// </summary>
public sealed class StereotypeCatalog : RadAiRegister
{
    private readonly RegisterTable<Stereotype> _custom;
    private readonly TagDerivedAnswers _answers;

    internal StereotypeCatalog(RadAiModel root) : base(root)
    {
        _custom = Table<Stereotype>("stereotypes", x => Register(x));
        _answers = new TagDerivedAnswers(root.Workspace.Model);
    }

    internal override string Key => RadAiConvention.StereotypesKey;

    /// <summary>Every known stereotype: built-in first, then custom ones in registration order.</summary>
    public IReadOnlyList<Stereotype> All => [.. Stereotype.BuiltIn, .. _custom];

    /// <summary>The custom stereotypes, in registration order.</summary>
    public IReadOnlyList<Stereotype> Custom => _custom;

    /// <summary>The stereotype with a name (tag), or null.</summary>
    public Stereotype? Find(string name)
    {
        // Called for every stereotyped element: no list of all stereotypes is built.
        var builtIn = Stereotype.BuiltIn;
        for (var i = 0; i < builtIn.Count; i++) if (builtIn[i].Name == name) return builtIn[i];
        foreach (var s in _custom) if (s.Name == name) return s;
        return null;
    }

    /// <summary>Registers a stereotype of your own; it gets its tag, style, label and required properties like the five.</summary>
    /// <exception cref="ModelException">Invalid definition, or a name or label already in use.</exception>
    public Stereotype Register(Stereotype stereotype)
    {
        ArgumentNullException.ThrowIfNull(stereotype);
        stereotype.Validate();
        if (All.Any(s => s.Name == stereotype.Name)) throw new ModelException($"A stereotype named '{stereotype.Name}' is already registered.");
        if (All.Any(s => string.Equals(s.Label, stereotype.Label, StringComparison.OrdinalIgnoreCase)))
            throw new ModelException($"Stereotype label '{stereotype.Label}' is already used by another stereotype; labels name the property namespace.");
        _custom.Add(stereotype, $"Stereotype '{stereotype.Name}'");
        _answers.Forget();
        EnsureStyle(stereotype);
        return stereotype;
    }

    /// <summary>Puts a stereotype on an element (tag + default style) and returns its handle (typed for the five).</summary>
    /// <exception cref="ModelException">Unregistered stereotype, element of another workspace, or the element already has another stereotype.</exception>
    public StereotypedElement Apply(Element element, Stereotype stereotype)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(stereotype);
        Root.RequireOwn(element);
        if (Find(stereotype.Name) != stereotype)
            throw new ModelException($"Stereotype '{stereotype.Name}' is not registered in workspace '{Root.Workspace.Name}'; call Stereotypes.Register first.");
        if (Find(element) is { } existing && existing != stereotype)
            throw new ModelException($"Element '{element.Name}' already has stereotype '{existing.Name}'; an element carries one AI stereotype.");
        element.Tags.Add(stereotype.Name);
        EnsureStyle(stereotype);
        Root.MarkUsed();
        return Handle(element, stereotype);
    }

    /// <summary>The stereotype an element carries, or null.</summary>
    public Stereotype? Find(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        // Indexed: asked for every element by inspections and renderers (a foreach boxed an enumerator each time).
        var builtIn = Stereotype.BuiltIn;
        for (var i = 0; i < builtIn.Count; i++) if (element.Tags.Contains(builtIn[i].Name)) return builtIn[i];
        foreach (var s in _custom) if (element.Tags.Contains(s.Name)) return s;
        return null;
    }

    /// <summary>The handle of an element with a stereotype, or null.</summary>
    public StereotypedElement? FindElement(Element element) => Find(element) is { } s ? Handle(element, s) : null;

    // The lists below read every element's tags; they are kept until a tag changes or an element is added.

    /// <summary>Every stereotyped element, in model order.</summary>
    public IReadOnlyList<StereotypedElement> Elements
        => _answers.Get(typeof(StereotypedElement), () => Array.AsReadOnly(Root.Workspace.Model.Elements.Select(FindElement).OfType<StereotypedElement>().ToArray()));

    /// <summary>The elements carrying one stereotype, in model order.</summary>
    public IReadOnlyList<StereotypedElement> FindAll(Stereotype stereotype)
    {
        ArgumentNullException.ThrowIfNull(stereotype);
        return _answers.Get(stereotype, () => Array.AsReadOnly(Root.Workspace.Model.Elements.Where(e => e.Tags.Contains(stereotype.Name)).Select(e => Handle(e, stereotype)).ToArray()));
    }

    /// <summary>All &lt;&lt;ML Model&gt;&gt; elements.</summary>
    public IReadOnlyList<MlModel> MlModels => Typed<MlModel>(Stereotype.MlModel);

    /// <summary>All &lt;&lt;Data Pipeline&gt;&gt; elements.</summary>
    public IReadOnlyList<DataPipeline> DataPipelines => Typed<DataPipeline>(Stereotype.DataPipeline);

    /// <summary>All &lt;&lt;Feature Store&gt;&gt; elements.</summary>
    public IReadOnlyList<FeatureStore> FeatureStores => Typed<FeatureStore>(Stereotype.FeatureStore);

    /// <summary>All &lt;&lt;Monitor&gt;&gt; elements.</summary>
    public IReadOnlyList<Monitor> Monitors => Typed<Monitor>(Stereotype.Monitor);

    /// <summary>All &lt;&lt;Human-in-the-Loop&gt;&gt; elements.</summary>
    public IReadOnlyList<HumanInTheLoop> HumansInTheLoop => Typed<HumanInTheLoop>(Stereotype.HumanInTheLoop);

    private System.Collections.ObjectModel.ReadOnlyCollection<T> Typed<T>(Stereotype stereotype) where T : StereotypedElement
        => _answers.Get(typeof(T), () => Array.AsReadOnly(FindAll(stereotype).Cast<T>().ToArray()));

    internal static StereotypedElement Handle(Element element, Stereotype stereotype)
    {
        if (stereotype == Stereotype.MlModel) return new MlModel(element);
        if (stereotype == Stereotype.DataPipeline) return new DataPipeline(element);
        if (stereotype == Stereotype.FeatureStore) return new FeatureStore(element);
        if (stereotype == Stereotype.Monitor) return new Monitor(element);
        if (stereotype == Stereotype.HumanInTheLoop) return new HumanInTheLoop(element);
        return new StereotypedElement(element, stereotype);
    }

    private void EnsureStyle(Stereotype stereotype)
    {
        if (Root.IsLoading) return;
        var styles = Root.Workspace.Views.Configuration.Styles;
        if (styles.GetElementStyle(stereotype.Name) is not null) return;
        var style = styles.AddElementStyle(stereotype.Name);
        style.Shape = stereotype.Shape;
        style.Background = stereotype.Background;
        style.Color = stereotype.Color;
    }
}
