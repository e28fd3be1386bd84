using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client;

/// <summary>Pulling into a local file: the previous copy is archived first, the new one written in one step, a failure changes nothing.</summary>
public sealed class StructurizrPullToFileTests
{
    private const string LocalCopy = "{\"name\":\"Local copy\",\"description\":\"edited here\"}\n";

    [Fact]
    public async Task The_replaced_local_file_is_archived_before_it_is_replaced()
    {
        await using var f = await ClientFixture.StartAsync();
        using var output = new TempFolder();
        var path = Path.Combine(output.Path, "workspace.json");
        File.WriteAllText(path, LocalCopy);

        var result = await f.Client().PullWorkspaceToFileAsync(path);

        Assert.Equal(path, result.Path);
        Assert.Equal(f.Server.Revisions(1)[^1], File.ReadAllText(path));
        Assert.Equal(LocalCopy, File.ReadAllText(result.ReplacedArchivedTo!));
        Assert.EndsWith("-replaced.json", result.ReplacedArchivedTo, StringComparison.Ordinal);
        Assert.Equal(f.Server.Revisions(1)[^1], File.ReadAllText(result.ArchivedTo!));
        Assert.Equal([path], output.Files()); // no temporary file left
    }

    [Fact]
    public async Task A_local_file_equal_to_the_pulled_one_is_not_archived_again()
    {
        await using var f = await ClientFixture.StartAsync();
        using var output = new TempFolder();
        var path = Path.Combine(output.Path, "nested", "workspace.json");

        var client = f.Client();
        var first = await client.PullWorkspaceToFileAsync(path);
        var second = await client.PullWorkspaceToFileAsync(path);

        Assert.Null(first.ReplacedArchivedTo);
        Assert.Null(second.ReplacedArchivedTo);
        Assert.Equal(2, f.Archive.Files("*-pulled*.json").Length);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("500")]
    [InlineData("archive")]
    public async Task A_failed_pull_leaves_the_local_file_byte_identical(string failure)
    {
        await using var f = await ClientFixture.StartAsync();
        using var output = new TempFolder();
        var path = Path.Combine(output.Path, "workspace.json");
        var before = System.Text.Encoding.UTF8.GetBytes(LocalCopy);
        File.WriteAllBytes(path, before);
        var options = f.Options();
        switch (failure)
        {
            case "html": f.Server.Faults.Enqueue(new ServerFault.Body(200, "text/html", "<html>Sign in</html>")); break;
            case "500": for (var i = 0; i < 5; i++) f.Server.Faults.Enqueue(ServerFault.InternalError); break;
            default:
                var blocker = Path.Combine(f.Archive.Path, "a-file");
                File.WriteAllText(blocker, "");
                options.ArchiveDirectory = Path.Combine(blocker, "archive");
                break;
        }

        await Assert.ThrowsAnyAsync<Exception>(() => f.Client(options).PullWorkspaceToFileAsync(path));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([path], output.Files());
    }

    [Fact]
    public async Task A_folder_that_cannot_be_created_is_named()
    {
        await using var f = await ClientFixture.StartAsync();
        using var output = new TempFolder();
        var blocker = Path.Combine(output.Path, "blocker");
        File.WriteAllText(blocker, "");
        var path = Path.Combine(blocker, "workspace.json");

        var e = await Assert.ThrowsAsync<IOException>(() => f.Client().PullWorkspaceToFileAsync(path));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }
}
