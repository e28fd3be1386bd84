using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>Adds stereotyped containers (to software systems) and components (to containers), or stereotypes existing elements.</summary>
public static class StereotypeExtensions
{
    /// <summary>Adds an &lt;&lt;ML Model&gt;&gt; container.</summary>
    public static MlModel AddMlModel(this SoftwareSystem system, string name, string? description = null, string? technology = null)
        => (MlModel)Stereotyped(system.AddContainer(name, description, technology), Stereotype.MlModel);

    /// <summary>Adds an &lt;&lt;ML Model&gt;&gt; component.</summary>
    public static MlModel AddMlModel(this Container container, string name, string? description = null, string? technology = null)
        => (MlModel)Stereotyped(container.AddComponent(name, description, technology), Stereotype.MlModel);

    /// <summary>Adds a &lt;&lt;Data Pipeline&gt;&gt; container.</summary>
    public static DataPipeline AddDataPipeline(this SoftwareSystem system, string name, string? description = null, string? technology = null)
        => (DataPipeline)Stereotyped(system.AddContainer(name, description, technology), Stereotype.DataPipeline);

    /// <summary>Adds a &lt;&lt;Data Pipeline&gt;&gt; component.</summary>
    public static DataPipeline AddDataPipeline(this Container container, string name, string? description = null, string? technology = null)
        => (DataPipeline)Stereotyped(container.AddComponent(name, description, technology), Stereotype.DataPipeline);

    /// <summary>Adds a &lt;&lt;Feature Store&gt;&gt; container.</summary>
    public static FeatureStore AddFeatureStore(this SoftwareSystem system, string name, string? description = null, string? technology = null)
        => (FeatureStore)Stereotyped(system.AddContainer(name, description, technology), Stereotype.FeatureStore);

    /// <summary>Adds a &lt;&lt;Feature Store&gt;&gt; component.</summary>
    public static FeatureStore AddFeatureStore(this Container container, string name, string? description = null, string? technology = null)
        => (FeatureStore)Stereotyped(container.AddComponent(name, description, technology), Stereotype.FeatureStore);

    /// <summary>Adds a &lt;&lt;Monitor&gt;&gt; container.</summary>
    public static Monitor AddMonitor(this SoftwareSystem system, string name, string? description = null, string? technology = null)
        => (Monitor)Stereotyped(system.AddContainer(name, description, technology), Stereotype.Monitor);

    /// <summary>Adds a &lt;&lt;Monitor&gt;&gt; component.</summary>
    public static Monitor AddMonitor(this Container container, string name, string? description = null, string? technology = null)
        => (Monitor)Stereotyped(container.AddComponent(name, description, technology), Stereotype.Monitor);

    /// <summary>Adds a &lt;&lt;Human-in-the-Loop&gt;&gt; container.</summary>
    public static HumanInTheLoop AddHumanInTheLoop(this SoftwareSystem system, string name, string? description = null, string? technology = null)
        => (HumanInTheLoop)Stereotyped(system.AddContainer(name, description, technology), Stereotype.HumanInTheLoop);

    /// <summary>Adds a &lt;&lt;Human-in-the-Loop&gt;&gt; component.</summary>
    public static HumanInTheLoop AddHumanInTheLoop(this Container container, string name, string? description = null, string? technology = null)
        => (HumanInTheLoop)Stereotyped(container.AddComponent(name, description, technology), Stereotype.HumanInTheLoop);

    /// <summary>Adds a container with any registered stereotype (built-in or your own).</summary>
    public static StereotypedElement AddStereotyped(this SoftwareSystem system, Stereotype stereotype, string name, string? description = null, string? technology = null)
        => Stereotyped(system.AddContainer(name, description, technology), stereotype);

    /// <summary>Adds a component with any registered stereotype (built-in or your own).</summary>
    public static StereotypedElement AddStereotyped(this Container container, Stereotype stereotype, string name, string? description = null, string? technology = null)
        => Stereotyped(container.AddComponent(name, description, technology), stereotype);

    /// <summary>Puts a registered stereotype on an existing element and returns its handle.</summary>
    /// <exception cref="ArgumentException">Unregistered stereotype or the element already has another one.</exception>
    public static StereotypedElement ApplyStereotype(this Element element, Stereotype stereotype)
        => Stereotyped(element, stereotype);

    /// <summary>Makes an existing element an &lt;&lt;ML Model&gt;&gt;.</summary>
    public static MlModel AsMlModel(this Element element) => (MlModel)Stereotyped(element, Stereotype.MlModel);

    /// <summary>Makes an existing element a &lt;&lt;Data Pipeline&gt;&gt;.</summary>
    public static DataPipeline AsDataPipeline(this Element element) => (DataPipeline)Stereotyped(element, Stereotype.DataPipeline);

    /// <summary>Makes an existing element a &lt;&lt;Feature Store&gt;&gt;.</summary>
    public static FeatureStore AsFeatureStore(this Element element) => (FeatureStore)Stereotyped(element, Stereotype.FeatureStore);

    /// <summary>Makes an existing element a &lt;&lt;Monitor&gt;&gt;.</summary>
    public static Monitor AsMonitor(this Element element) => (Monitor)Stereotyped(element, Stereotype.Monitor);

    /// <summary>Makes an existing element a &lt;&lt;Human-in-the-Loop&gt;&gt;.</summary>
    public static HumanInTheLoop AsHumanInTheLoop(this Element element) => (HumanInTheLoop)Stereotyped(element, Stereotype.HumanInTheLoop);

    /// <summary>The stereotype handle of an element, or null when it has none.</summary>
    public static StereotypedElement? Stereotyped(this Element element)
        => (element ?? throw new ArgumentNullException(nameof(element))).Model.Workspace.RadAi().Stereotypes.Of(element);

    private static StereotypedElement Stereotyped(Element element, Stereotype stereotype)
        => (element ?? throw new ArgumentNullException(nameof(element))).Model.Workspace.RadAi().Stereotypes.Apply(element, stereotype);
}
