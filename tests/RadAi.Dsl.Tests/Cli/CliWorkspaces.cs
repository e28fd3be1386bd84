using RadAi.Dsl;
using RadAi.Dsl.Tests.Ai;
using RadAi.Dsl.Tests.Client.Support;
using static RadAi.Dsl.Tests.Inspections.InspectionFixtures;

namespace RadAi.Dsl.Tests.Cli;

/// <summary>Workspace JSON files in a temp folder for the radai process tests.</summary>
internal sealed class CliWorkspaces : IDisposable
{
    public TempFolder Folder { get; } = new();

    public string Dir => Folder.Path;

    /// <summary>The Netflix-like rich model (all eleven RAD-AI extensions) as workspace JSON.</summary>
    public string Netflix() => Write("netflix.json", RichModel.Build());

    /// <summary>The clean shop with one warning (RADAI021, container without technology) and one info (RADAI019).</summary>
    public string WarningsOnly() => Write("warnings.json", WithoutWebTechnology());

    /// <summary>The same shop, with the workspace raising "container without technology" to an error, as structurizr-java reads it.</summary>
    public string WithError()
    {
        var shop = WithoutWebTechnology();
        shop.Workspace.Properties.Set("structurizr.inspection.model.container.technology", "error");
        return Write("error.json", shop);
    }

    /// <summary>Valid JSON cut off in the middle of the model.</summary>
    public string Truncated()
    {
        var json = WorkspaceJson.Serialize(Clean().Workspace, indented: true);
        return WriteText("truncated.json", json[..(json.Length / 2)]);
    }

    public string Write(string name, Shop shop) => Write(name, shop.Workspace);

    public string Write(string name, Workspace workspace) => WriteText(name, WorkspaceJson.Serialize(workspace, indented: true));

    public string WriteText(string name, string text)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string Sub(string name) => Path.Combine(Dir, name);

    public void Dispose() => Folder.Dispose();

    private static Shop WithoutWebTechnology()
    {
        var shop = Clean(decisions: false);
        shop.Web.Technology = null;
        return shop;
    }
}
