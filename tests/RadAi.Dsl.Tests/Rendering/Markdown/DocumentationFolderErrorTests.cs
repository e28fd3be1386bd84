using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>A folder the documentation cannot be written to is named in the user's terms, not the runtime's.</summary>
public sealed class DocumentationFolderErrorTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("radai-folder-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_file_in_the_way_of_the_output_folder_is_called_a_file()
    {
        var blocker = Path.Combine(_temp, "blocker");
        File.WriteAllText(blocker, "not a folder");
        var output = Path.Combine(blocker, "docs");

        var e = Assert.Throws<IOException>(() => new RadAiDocumentation(new Workspace("Shop")).WriteTo(output));

        Assert.Equal($"Cannot write the documentation to '{output}': '{blocker}' is a file, not a folder.", e.Message);
        Assert.IsAssignableFrom<IOException>(e.InnerException);
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_called_a_file()
    {
        var file = Path.Combine(_temp, "afile");
        File.WriteAllText(file, "not a folder");

        var e = Assert.Throws<IOException>(() => new RadAiDocumentation(new Workspace("Shop")).WriteTo(file));

        Assert.Equal($"Cannot write the documentation to '{file}': '{file}' is a file, not a folder.", e.Message);
    }
}
