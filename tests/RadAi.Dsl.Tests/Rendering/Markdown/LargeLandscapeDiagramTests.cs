using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>
/// A landscape of many systems and models: a page draws a bounded number of diagrams and says which, so a large model
/// gives pages a reader (and a browser) can open; every element stays in the tables.
/// </summary>
public sealed partial class LargeLandscapeDiagramTests
{
    // About 27 systems with containers and a hundred registered models.
    private static readonly Lazy<(Workspace Workspace, DocumentSet Set)> Landscape = new(() =>
    {
        var workspace = NetflixScaleWorkspace.Generate(42, 1_000);
        return (workspace, new RadAiDocumentation(workspace).Render());
    });

    [Fact]
    public void The_container_diagram_document_draws_the_first_systems_and_says_how_many_have_containers()
    {
        var (workspace, set) = Landscape.Value;
        var systems = workspace.Model.SoftwareSystems.Count(s => s.Containers.Count > 0);
        Assert.True(systems > StereotypedContainerDiagramRenderer.MaxSystemsDrawn, $"the fixture has {systems} systems with containers");
        var content = set.Find(StereotypedContainerDiagramRenderer.DocumentPath)!.Content;
        var diagrams = content[content.IndexOf("## Container diagrams", StringComparison.Ordinal)..content.IndexOf("## AI component inventory", StringComparison.Ordinal)];
        Assert.Equal(StereotypedContainerDiagramRenderer.MaxSystemsDrawn, SystemHeading().Count(diagrams));
        Assert.Contains($"{systems} software systems have containers, more than one page shows readably: the diagrams of the first {StereotypedContainerDiagramRenderer.MaxSystemsDrawn} are drawn",
            content, StringComparison.Ordinal);
        // Every AI element is still in the inventory.
        var inventory = content[content.IndexOf("## AI component inventory", StringComparison.Ordinal)..];
        Assert.All(workspace.RadAi().Stereotypes.Elements, e => Assert.Contains(e.Element.Name, inventory, StringComparison.Ordinal));
    }

    [Fact]
    public void The_model_registry_draws_a_bounded_number_of_lifecycle_diagrams_and_says_so()
    {
        var (workspace, set) = Landscape.Value;
        var models = workspace.RadAi().Registry.Models.Count;
        var drawn = ModelRegistryDocument.MaxLifecycleDiagrams * ModelRegistryDocument.ModelsPerDiagram;
        Assert.True(models > drawn, $"the fixture registers {models} models");
        var content = set.Find("rad-ai/arc42-extensions/05-model-registry-view.md")!.Content;
        Assert.Equal(ModelRegistryDocument.MaxLifecycleDiagrams, Regex.Count(content, "```mermaid\nflowchart LR"));
        Assert.Contains($"The first {drawn} models of {models} are drawn, in {ModelRegistryDocument.MaxLifecycleDiagrams} diagrams of {ModelRegistryDocument.ModelsPerDiagram} models each, in the table's order; the versions of the other {models - drawn} models are listed in the model details below.",
            content, StringComparison.Ordinal);
    }

    [GeneratedRegex("^### ", RegexOptions.Multiline)]
    private static partial Regex SystemHeading();
}
