using NetArchTest.Rules;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Architecture;

/// <summary>
/// The layers of ../shared/DESIGN.md, enforced on the single RadAi.Dsl assembly. Public types share a few namespaces,
/// so a layer is a folder of src/RadAi.Dsl (<see cref="SourceLayers"/>), and a dependency is any use of a type declared
/// in another layer's folder, as NetArchTest reads it from the IL.
/// </summary>
public class LayerTests
{
    private static readonly System.Reflection.Assembly Library = typeof(Workspace).Assembly;

    [Theory]
    [InlineData("Ai")]
    [InlineData("Rendering")]
    [InlineData("Client")]
    [InlineData("Inspections")]
    [InlineData("Json")]
    public void The_c4_core_depends_on_no_other_layer(string layer)
        => AssertNoDependency("C4", layer);

    [Theory]
    [InlineData("Rendering")]
    [InlineData("Client")]
    [InlineData("Inspections")]
    public void The_ai_layer_knows_nothing_of_rendering_http_or_inspections(string layer)
        => AssertNoDependency("Ai", layer);

    [Theory]
    [InlineData("Client")]
    [InlineData("Rendering")]
    [InlineData("Inspections")]
    [InlineData("Ai")]
    public void Json_serialization_depends_only_on_the_core(string layer)
        => AssertNoDependency("Json", layer);

    [Theory]
    [InlineData("Client")]
    [InlineData("Inspections")]
    [InlineData("Json")]
    [InlineData("Rendering")]
    public void The_analyses_read_only_the_model(string layer)
        => AssertNoDependency("Analysis", layer);

    [Theory]
    [InlineData("Rendering")]
    [InlineData("Inspections")]
    [InlineData("Analysis")]
    [InlineData("Client")]
    public void The_wording_every_document_shares_reads_only_the_model(string layer)
        => AssertNoDependency("Wording", layer);

    [Theory]
    [InlineData("Analysis")]
    public void The_ai_layer_and_the_core_know_nothing_of_the_analyses(string layer)
    {
        AssertNoDependency("Ai", layer);
        AssertNoDependency("C4", layer);
    }

    [Theory]
    [InlineData("Client")]
    [InlineData("Rendering")]
    [InlineData("Json")]
    public void The_diff_reads_the_model_the_analyses_and_the_inspections_and_talks_to_no_server(string layer)
        => AssertNoDependency("Diff", layer);

    [Theory]
    [InlineData("C4")]
    [InlineData("Ai")]
    [InlineData("Analysis")]
    [InlineData("Inspections")]
    [InlineData("Rendering")]
    public void Nothing_the_diff_reads_knows_of_it(string layer)
        => AssertNoDependency(layer, "Diff");

    [Theory]
    [InlineData("Client")]
    public void Renderers_do_not_talk_to_servers(string layer)
        => AssertNoDependency("Rendering", layer);

    [Fact]
    public void The_core_does_not_use_http()
    {
        var result = Types.InAssembly(Library).That().MeetCustomRule(t => IsIn(t, "C4"))
            .Should().NotHaveDependencyOnAny("System.Net.Http", "Microsoft.Extensions.Logging").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", (result.FailingTypes ?? []).Select(t => t.FullName)));
    }

    [Fact]
    public void The_check_sees_a_dependency_between_folders_that_exists()
    {
        // not vacuous: the renderers do read the AI layer and the core, and each layer's folder holds types
        foreach (var layer in new[] { "C4", "Json", "Ai", "Analysis", "Wording", "Rendering", "Inspections", "Client" })
            Assert.True(SourceLayers.TypeNamesIn(Library, layer).Length > 3, $"no types found in {layer}");
        var result = Types.InAssembly(Library).That().MeetCustomRule(t => IsIn(t, "Rendering"))
            .Should().NotHaveDependencyOnAny(SourceLayers.TypeNamesIn(Library, "Ai")).GetResult();
        Assert.False(result.IsSuccessful);
    }

    private static bool IsIn(Mono.Cecil.TypeDefinition type, string folder)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return SourceLayers.IsIn(SourceLayers.FolderOf(type.Name), folder);
    }

    private static void AssertNoDependency(string from, string to)
    {
        var targets = SourceLayers.TypeNamesIn(Library, to);
        Assert.NotEmpty(targets);
        var result = Types.InAssembly(Library).That().MeetCustomRule(t => IsIn(t, from))
            .Should().NotHaveDependencyOnAny(targets).GetResult();
        Assert.True(result.IsSuccessful, $"{from} must not depend on {to}: {string.Join(", ", (result.FailingTypes ?? []).Select(t => t.FullName))}");
    }
}
