using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Ai.Boundary;

/// <summary>Bands as the source states them: any number, qualitative or numeric, overlapping ones kept.</summary>
public class ConfidenceBandsTests
{
    private const string BoundaryDocument = "rad-ai/c4-diagrams/non-determinism-boundary.md";

    private static (Workspace Workspace, Container Model) Setup()
    {
        var workspace = new Workspace("W");
        return (workspace, workspace.Model.AddSoftwareSystem("S").AddContainer("Triage model"));
    }

    private static ConfidenceBand Band(string name, string criterion, string action)
        => new(null, action) { Name = name, Criterion = StatedValue.TryParse(criterion, out var typed) ? typed : StatedValue.AsWritten(criterion) };

    private static ConfidenceBands FiveBands(Container model) => new()
    {
        Component = model,
        Bands =
        [
            Band("Auto-accept", ">= 0.9", "accept"),
            Band("Review", "0.6 - 0.95", "clinician review"),
            Band("Second opinion", "0.4 - 0.7", "second clinician"),
            Band("Reject", "< 0.4", "manual triage"),
            Band("Out of distribution", "input unlike the training data", "manual triage"),
        ],
    };

    [Fact]
    public void Five_overlapping_and_qualitative_bands_are_all_kept_and_looked_up()
    {
        var (workspace, model) = Setup();
        var bands = workspace.RadAi().Boundary.AddBands(FiveBands(model));
        Assert.Equal(5, bands.All.Count);
        Assert.Equal("Auto-accept", bands.BandOf(0.92)!.Name);
        Assert.Equal(["Auto-accept", "Review"], bands.BandsOf(0.92).Select(b => b.Name));
        Assert.Equal(["Review", "Second opinion"], bands.BandsOf(0.65).Select(b => b.Name));
        Assert.Equal("Reject", bands.BandOf(0.1)!.Name);
        Assert.False(bands.All[4].Contains(0.5));
    }

    [Fact]
    public void Every_band_renders_as_written_in_its_own_row()
    {
        var (workspace, model) = Setup();
        workspace.RadAi().Boundary.AddBands(FiveBands(model));
        var content = new RadAiDocumentation(workspace).Render().Find(BoundaryDocument)!.Content;
        Assert.Contains("| Triage model | Review | 0.6 - 0.95 | clinician review |", content, StringComparison.Ordinal);
        Assert.Contains("| Triage model | Out of distribution | input unlike the training data | manual triage |", content, StringComparison.Ordinal);
        Assert.Contains("| Triage model | Reject | < 0.4 | manual triage |", content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_templates_four_named_bands_still_read_and_are_named()
    {
        var (_, model) = Setup();
        var bands = new ConfidenceBands
        {
            Component = model,
            High = new ConfidenceBand(new ConfidenceRange(0.8, 1), "accept"),
            Rejection = new ConfidenceBand(new ConfidenceRange(0, 0.8), "fallback"),
        };
        Assert.Equal(["High", "Rejection"], bands.All.Select(b => b.Name));
        Assert.Equal("accept", bands.BandOf(0.9)!.Action);
        Assert.Equal("0.80–1.00", bands.All[0].When);
    }

    [Fact]
    public void Bands_survive_the_json_round_trip()
    {
        var (workspace, model) = Setup();
        workspace.RadAi().Boundary.AddBands(FiveBands(model));
        var back = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace)).RadAi().Boundary.Bands;
        Assert.Equal(workspace.RadAi().Boundary.Bands, back);
        Assert.IsType<QualitativeValue>(back[0].Bands[4].Criterion);
        Assert.IsType<ValueRange>(back[0].Bands[1].Criterion);
    }
}
