using NetArchTest.Rules;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Tests.Architecture;

/// <summary>The layers of ../shared/DESIGN.md, enforced on the single RadAi.Dsl assembly.</summary>
public class LayerTests
{
    private static readonly System.Reflection.Assembly Library = typeof(Workspace).Assembly;

    [Theory]
    [InlineData("RadAi.Dsl.Ai")]
    [InlineData("RadAi.Dsl.Rendering")]
    [InlineData("RadAi.Dsl.Client")]
    [InlineData("RadAi.Dsl.Inspections")]
    [InlineData("RadAi.Dsl.Json")]
    public void The_c4_core_depends_on_no_other_layer(string layer)
        => AssertNoDependency("RadAi.Dsl.C4", layer);

    [Theory]
    [InlineData("RadAi.Dsl.Rendering")]
    [InlineData("RadAi.Dsl.Client")]
    [InlineData("RadAi.Dsl.Inspections")]
    public void The_ai_layer_knows_nothing_of_rendering_http_or_inspections(string layer)
        => AssertNoDependency("RadAi.Dsl.Ai", layer);

    [Theory]
    [InlineData("RadAi.Dsl.Client")]
    [InlineData("RadAi.Dsl.Rendering")]
    [InlineData("RadAi.Dsl.Inspections")]
    [InlineData("RadAi.Dsl.Ai")]
    public void Json_serialization_depends_only_on_the_core(string layer)
        => AssertNoDependency("RadAi.Dsl.Json", layer);

    [Theory]
    [InlineData("RadAi.Dsl.Client")]
    [InlineData("RadAi.Dsl.Inspections")]
    [InlineData("RadAi.Dsl.Json")]
    public void The_gap_analysis_reads_only_the_model_and_the_markdown_renderers(string layer)
        => AssertNoDependency("RadAi.Dsl.Rendering.Analysis", layer);

    [Theory]
    [InlineData("RadAi.Dsl.Rendering.Analysis")]
    public void The_ai_layer_and_the_core_know_nothing_of_the_gap_analysis(string layer)
    {
        AssertNoDependency("RadAi.Dsl.Ai", layer);
        AssertNoDependency("RadAi.Dsl.C4", layer);
    }

    [Theory]
    [InlineData("RadAi.Dsl.Client")]
    public void Renderers_do_not_talk_to_servers(string layer)
        => AssertNoDependency("RadAi.Dsl.Rendering", layer);

    [Fact]
    public void The_core_does_not_use_http()
    {
        var result = Types.InAssembly(Library).That().ResideInNamespace("RadAi.Dsl.C4")
            .Should().NotHaveDependencyOnAny("System.Net.Http", "Microsoft.Extensions.Logging").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", (result.FailingTypes ?? []).Select(t => t.FullName)));
    }

    private static void AssertNoDependency(string from, string to)
    {
        var result = Types.InAssembly(Library).That().ResideInNamespace(from)
            .Should().NotHaveDependencyOnAny(to).GetResult();
        Assert.True(result.IsSuccessful, $"{from} must not depend on {to}: {string.Join(", ", (result.FailingTypes ?? []).Select(t => t.FullName))}");
    }
}
