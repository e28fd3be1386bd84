using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Tests.Ai.Registry;

/// <summary>A model's current version has one home, its &lt;&lt;ML Model&gt;&gt; element; the registry entry reads it from there.</summary>
public class ModelVersionTests
{
    private static (Workspace Workspace, Container Model) Build(string? version, params string[] history)
    {
        var workspace = new Workspace("W");
        var model = workspace.Model.AddSoftwareSystem("S").AddMlModel("Ranker", "ranks", "PyTorch");
        if (version is not null) model.WithVersion(version);
        workspace.RadAi().Registry.Add(new RegisteredModel
        {
            Id = "MDL-1",
            Element = model,
            Name = "Ranker",
            Task = "ranking",
            Framework = "PyTorch",
            Status = ModelStatus.Production,
            Versions = [.. history.Select(v => new ModelVersion(v))],
        });
        return (workspace, model);
    }

    private static string StoredRegistry(Workspace workspace) => workspace.GetEffectiveProperty(RadAiConvention.RegistryKey)!;

    /// <summary>The workspace as JSON with the stored registry entry given a "currentVersion", as workspaces stored it beside the element's.</summary>
    private static Workspace WithStoredCurrentVersion(Workspace workspace, string version)
    {
        var registry = JsonNode.Parse(StoredRegistry(workspace))!;
        var entry = registry["models"]![0]!.AsObject();
        var reordered = new JsonObject();
        foreach (var (key, value) in entry.ToList())
        {
            entry.Remove(key);
            reordered[key] = value;
            if (key == "framework") reordered["currentVersion"] = version;
        }
        registry["models"]![0] = reordered;
        var json = JsonNode.Parse(WorkspaceJson.Serialize(workspace))!;
        json["properties"]![RadAiConvention.RegistryKey] = registry.ToJsonString();
        return WorkspaceJson.Deserialize(json.ToJsonString());
    }

    [Fact]
    public void The_current_version_is_the_version_the_element_states()
    {
        var (workspace, model) = Build("v12.4");
        var entry = workspace.RadAi().Registry.Find("MDL-1")!;
        Assert.Equal("v12.4", entry.CurrentVersion);
        model.WithVersion("v12.5");
        Assert.Equal("v12.5", entry.CurrentVersion);
        Assert.Equal("MDL-1 Ranker v12.5", entry.ToString());
    }

    [Fact]
    public void An_element_that_states_no_version_gives_no_current_version()
    {
        var (workspace, _) = Build(null);
        var entry = workspace.RadAi().Registry.Find("MDL-1")!;
        Assert.Null(entry.CurrentVersion);
        Assert.Equal("MDL-1 Ranker", entry.ToString());
    }

    [Fact]
    public void The_registry_does_not_store_the_current_version_the_element_stores_it()
    {
        var (workspace, model) = Build("v12.4", "v12.4");
        Assert.DoesNotContain("currentVersion", StoredRegistry(workspace), StringComparison.Ordinal);
        Assert.Equal("v12.4", model.Properties["radai:ml.version"]);
        var loaded = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace)));
        Assert.Equal("v12.4", loaded.Registry.Find("MDL-1")!.CurrentVersion);
    }

    [Fact]
    public void The_history_row_of_the_current_version_is_found_with_or_without_a_leading_v()
    {
        var (workspace, _) = Build("12.4", "v12.3", "v12.4");
        Assert.Equal("v12.4", workspace.RadAi().Registry.Find("MDL-1")!.CurrentVersionEntry?.Version);
    }

    [Fact]
    public void A_stored_current_version_moves_to_an_element_that_states_none()
    {
        var (workspace, _) = Build(null);
        var stored = WithStoredCurrentVersion(workspace, "v3");
        var ai = RadAiModel.Load(stored);
        Assert.Equal("v3", ai.Registry.Find("MDL-1")!.CurrentVersion);
        Assert.Equal("v3", ai.Stereotypes.MlModels.Single().Version);
        Assert.Empty(ai.Registry.UnplacedVersions);
        Assert.DoesNotContain(Inspector.Run(stored).Findings, f => f.Rule.Id == "RADAI115");
        ai.Registry.AddVersion("MDL-1", new ModelVersion("v3")); // the registry is stored again: without the version
        Assert.DoesNotContain("currentVersion", StoredRegistry(stored), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_current_version_naming_the_elements_version_is_no_contradiction()
    {
        var (workspace, _) = Build("12.4");
        var stored = WithStoredCurrentVersion(workspace, "v12.4");
        var ai = RadAiModel.Load(stored);
        Assert.Equal("12.4", ai.Registry.Find("MDL-1")!.CurrentVersion);
        Assert.DoesNotContain(Inspector.Run(stored).Findings, f => f.Rule.Id == "RADAI115");
    }

    [Fact]
    public void A_stored_current_version_the_element_contradicts_keeps_the_elements_and_is_reported()
    {
        var (workspace, _) = Build("v12.4");
        var stored = WithStoredCurrentVersion(workspace, "v12.3");
        var ai = RadAiModel.Load(stored);
        Assert.Equal("v12.4", ai.Registry.Find("MDL-1")!.CurrentVersion);
        var finding = Assert.Single(Inspector.Run(stored).Findings, f => f.Rule.Id == "RADAI115");
        Assert.Equal("Container://S.Ranker", finding.Subject.Name);
        Assert.Contains("gives current version 'v12.3'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("states version 'v12.4'; the element's version is kept", finding.Message, StringComparison.Ordinal);
        Assert.Null(ai.Registry.Find("MDL-1")!.StoredCurrentVersion); // the entry keeps no second statement to write back
    }

    [Fact]
    public void A_stored_current_version_of_an_element_that_is_no_ml_model_is_reported()
    {
        var workspace = new Workspace("W");
        var plain = workspace.Model.AddSoftwareSystem("S").AddContainer("Scorer", "scores", "Python");
        workspace.RadAi().Registry.Add(new RegisteredModel
        {
            Id = "MDL-1", Element = plain, Name = "Scorer", Task = "scoring", Framework = "sklearn", Status = ModelStatus.Production,
        });
        var stored = WithStoredCurrentVersion(workspace, "v2");
        var ai = RadAiModel.Load(stored);
        Assert.Null(ai.Registry.Find("MDL-1")!.CurrentVersion);
        Assert.Equal("v2", ai.Registry.UnplacedVersions["MDL-1"]);
        var finding = Assert.Single(Inspector.Run(stored).Findings, f => f.Rule.Id == "RADAI115");
        Assert.Contains("is not an <<ML Model>>", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_element_version_missing_from_the_history_is_reported_and_a_listed_one_is_not()
    {
        var (missing, _) = Build("v12.5", "v12.3", "v12.4");
        var finding = Assert.Single(Inspector.Run(missing).Findings, f => f.Rule.Id == "RADAI115");
        Assert.Contains("states version 'v12.5', but the version history of registry entry MDL-1 lists only 'v12.3' and 'v12.4'", finding.Message, StringComparison.Ordinal);
        var (listed, _) = Build("12.4", "v12.3", "v12.4");
        Assert.DoesNotContain(Inspector.Run(listed).Findings, f => f.Rule.Id == "RADAI115");
        var (noHistory, _) = Build("v12.5");
        Assert.DoesNotContain(Inspector.Run(noHistory).Findings, f => f.Rule.Id == "RADAI115");
    }
}
