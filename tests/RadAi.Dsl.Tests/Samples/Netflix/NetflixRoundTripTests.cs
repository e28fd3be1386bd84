using RadAi.Dsl.Ai;
using RadAi.Dsl.Json;
using RadAi.Dsl.Rendering.Markdown;
using RadAi.Dsl.Samples.Netflix;
using RadAi.Dsl.Tests.Ai;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>The Netflix workspace survives Structurizr JSON, and the RAD-AI model read back equals the one built.</summary>
public sealed class NetflixRoundTripTests
{
    [Fact]
    public void The_workspace_round_trips_through_JSON_and_the_RadAi_model_loads_back_equal()
    {
        var built = NetflixWorkspace.Build();
        var json = WorkspaceJson.Serialize(built, indented: true);

        var read = WorkspaceJson.Deserialize(json);

        Assert.Equal(json, WorkspaceJson.Serialize(read, indented: true));
        RichModel.AssertSame(built.RadAi(), RadAiModel.Load(read));
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes_whatever_the_culture()
    {
        var invariant = WorkspaceJson.Serialize(NetflixWorkspace.Build());
        using (new CultureScope("de-DE"))
        {
            Assert.Equal(invariant, WorkspaceJson.Serialize(NetflixWorkspace.Build()));
            Assert.Equal(Render(), Render());
        }
    }

    [Fact]
    public void The_generated_documents_are_well_formed_markdown()
        => MarkdownChecks.AssertWellFormed(new RadAiDocumentation(NetflixWorkspace.Build()).Render());

    private static string Render()
        => string.Join("\n---\n", new RadAiDocumentation(NetflixWorkspace.Build()).Render().Select(d => d.Path + "\n" + d.Content));
}
