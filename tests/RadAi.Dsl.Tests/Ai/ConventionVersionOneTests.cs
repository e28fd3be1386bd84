using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Ai;

public class ConventionVersionOneTests
{
    // The rich model as the code before open vocabularies wrote it (convention version 1, enum names as stored then).
    private static string Fixture => File.ReadAllText(Path.Combine(RepoPaths.TestProject, "Ai", "Fixtures", "convention-v1-rich-workspace.json"));

    [Fact]
    public void A_workspace_written_with_enum_names_reads_back_with_the_same_values()
    {
        var loaded = RadAiModel.Load(WorkspaceJson.Deserialize(Fixture));
        var built = RichModel.Build().RadAi();

        RichModel.AssertSame(built, loaded);
        // Equal values also carry the same words: "Configuration" as stored then is the well-known "Configuration Debt".
        Assert.Equal(built.Debt.Items.Select(i => i.Category.Name), loaded.Debt.Items.Select(i => i.Category.Name));
        Assert.Contains(loaded.Debt.Items, i => i.Category == DebtCategory.Configuration && i.Category.Name == "Configuration Debt");
        Assert.Equal(built.Registry.Models.Select(m => m.Status?.Name), loaded.Registry.Models.Select(m => m.Status?.Name));
        foreach (var region in Region.WellKnown)
            Assert.Equal(built.Boundary.Members(region).Select(e => e.CanonicalName), loaded.Boundary.Members(region).Select(e => e.CanonicalName));
        Assert.NotEmpty(loaded.Boundary.Members(Region.NonDeterministic));
    }
}
