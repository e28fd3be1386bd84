using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// Adds stereotyped containers (to software systems) and components (to containers), or stereotypes existing elements.
/// Each returns the element itself: a stereotype is the element's tags and properties, so its facts are set on the
/// element (see <see cref="StereotypeFacts"/>) and it joins groups, views and relationships like any other.
/// </summary>
public static class StereotypeExtensions
{
    /// <summary>Adds an &lt;&lt;ML Model&gt;&gt; container.</summary>
    public static Container AddMlModel(this SoftwareSystem system, string name, string? description = null, string? technology = null)
        => (system ?? throw new ArgumentNullException(nameof(system))).AddContainer(name, description, technology).AsMlModel();

    /// <summary>Adds an &lt;&lt;ML Model&gt;&gt; component.</summary>
    public static Component AddMlModel(this Container container, string name, string? description = null, string? technology = null)
        => (container ?? throw new ArgumentNullException(nameof(container))).AddComponent(name, description, technology).AsMlModel();

    /// <summary>Adds a &lt;&lt;Data Pipeline&gt;&gt; container.</summary>
    public static Container AddDataPipeline(this SoftwareSystem system, string name, string? description = null, string? technology = null)
        => (system ?? throw new ArgumentNullException(nameof(system))).AddContainer(name, description, technology).AsDataPipeline();

    /// <summary>Adds a &lt;&lt;Data Pipeline&gt;&gt; component.</summary>
    public static Component AddDataPipeline(this Container container, string name, string? description = null, string? technology = null)
        => (container ?? throw new ArgumentNullException(nameof(container))).AddComponent(name, description, technology).AsDataPipeline();

    /// <summary>Adds a &lt;&lt;Feature Store&gt;&gt; container.</summary>
    public static Container AddFeatureStore(this SoftwareSystem system, string name, string? description = null, string? technology = null)
        => (system ?? throw new ArgumentNullException(nameof(system))).AddContainer(name, description, technology).AsFeatureStore();

    /// <summary>Adds a &lt;&lt;Feature Store&gt;&gt; component.</summary>
    public static Component AddFeatureStore(this Container container, string name, string? description = null, string? technology = null)
        => (container ?? throw new ArgumentNullException(nameof(container))).AddComponent(name, description, technology).AsFeatureStore();

    /// <summary>Adds a &lt;&lt;Monitor&gt;&gt; container.</summary>
    public static Container AddMonitor(this SoftwareSystem system, string name, string? description = null, string? technology = null)
        => (system ?? throw new ArgumentNullException(nameof(system))).AddContainer(name, description, technology).AsMonitor();

    /// <summary>Adds a &lt;&lt;Monitor&gt;&gt; component.</summary>
    public static Component AddMonitor(this Container container, string name, string? description = null, string? technology = null)
        => (container ?? throw new ArgumentNullException(nameof(container))).AddComponent(name, description, technology).AsMonitor();

    /// <summary>Adds a &lt;&lt;Human-in-the-Loop&gt;&gt; container.</summary>
    public static Container AddHumanInTheLoop(this SoftwareSystem system, string name, string? description = null, string? technology = null)
        => (system ?? throw new ArgumentNullException(nameof(system))).AddContainer(name, description, technology).AsHumanInTheLoop();

    /// <summary>Adds a &lt;&lt;Human-in-the-Loop&gt;&gt; component.</summary>
    public static Component AddHumanInTheLoop(this Container container, string name, string? description = null, string? technology = null)
        => (container ?? throw new ArgumentNullException(nameof(container))).AddComponent(name, description, technology).AsHumanInTheLoop();

    /// <summary>Adds a container with any registered stereotype (built-in or your own).</summary>
    /// <exception cref="ModelException">Unregistered stereotype.</exception>
    public static Container AddStereotyped(this SoftwareSystem system, Stereotype stereotype, string name, string? description = null, string? technology = null)
        => (system ?? throw new ArgumentNullException(nameof(system))).AddContainer(name, description, technology).ApplyStereotype(stereotype);

    /// <summary>Adds a component with any registered stereotype (built-in or your own).</summary>
    /// <exception cref="ModelException">Unregistered stereotype.</exception>
    public static Component AddStereotyped(this Container container, Stereotype stereotype, string name, string? description = null, string? technology = null)
        => (container ?? throw new ArgumentNullException(nameof(container))).AddComponent(name, description, technology).ApplyStereotype(stereotype);

    /// <summary>Puts a registered stereotype on an existing element and returns the element.</summary>
    /// <exception cref="ModelException">Unregistered stereotype or the element already has another one.</exception>
    public static TElement ApplyStereotype<TElement>(this TElement element, Stereotype stereotype) where TElement : Element
    {
        Apply(element, stereotype);
        return element;
    }

    /// <summary>Makes an existing element an &lt;&lt;ML Model&gt;&gt; and returns it.</summary>
    /// <exception cref="ModelException">The element already has another stereotype.</exception>
    public static TElement AsMlModel<TElement>(this TElement element) where TElement : Element => element.ApplyStereotype(Stereotype.MlModel);

    /// <summary>Makes an existing element a &lt;&lt;Data Pipeline&gt;&gt; and returns it.</summary>
    /// <exception cref="ModelException">The element already has another stereotype.</exception>
    public static TElement AsDataPipeline<TElement>(this TElement element) where TElement : Element => element.ApplyStereotype(Stereotype.DataPipeline);

    /// <summary>Makes an existing element a &lt;&lt;Feature Store&gt;&gt; and returns it.</summary>
    /// <exception cref="ModelException">The element already has another stereotype.</exception>
    public static TElement AsFeatureStore<TElement>(this TElement element) where TElement : Element => element.ApplyStereotype(Stereotype.FeatureStore);

    /// <summary>Makes an existing element a &lt;&lt;Monitor&gt;&gt; and returns it.</summary>
    /// <exception cref="ModelException">The element already has another stereotype.</exception>
    public static TElement AsMonitor<TElement>(this TElement element) where TElement : Element => element.ApplyStereotype(Stereotype.Monitor);

    /// <summary>Makes an existing element a &lt;&lt;Human-in-the-Loop&gt;&gt; and returns it.</summary>
    /// <exception cref="ModelException">The element already has another stereotype.</exception>
    public static TElement AsHumanInTheLoop<TElement>(this TElement element) where TElement : Element => element.ApplyStereotype(Stereotype.HumanInTheLoop);

    /// <summary>The stereotype handle of an element (a typed, read-only view of its facts), or null when it has none.</summary>
    public static StereotypedElement? Stereotyped(this Element element)
        => (element ?? throw new ArgumentNullException(nameof(element))).Model.Workspace.RadAi().Stereotypes.FindElement(element);

    /// <summary>The handle of the given kind (e.g. <see cref="MlModel"/>) of an element, or null when it carries no such stereotype.</summary>
    public static THandle? Stereotyped<THandle>(this Element element) where THandle : StereotypedElement => element.Stereotyped() as THandle;

    private static StereotypedElement Apply(Element element, Stereotype stereotype)
        => (element ?? throw new ArgumentNullException(nameof(element))).Model.Workspace.RadAi().Stereotypes.Apply(element, stereotype);
}
