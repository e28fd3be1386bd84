using Microsoft.Extensions.Time.Testing;
using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client;

public class StructurizrArchiveTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 26, 12, 0, 0, 123, TimeSpan.Zero);

    private static StructurizrClientOptions Options(string folder) => new(new Uri("https://api.structurizr.com"), 17, "key", "secret") { ArchiveDirectory = folder };

    [Fact]
    public void File_names_carry_id_branch_utc_time_and_direction_and_never_overwrite()
    {
        using var folder = new TempFolder();
        var archive = new WorkspaceArchive(Options(folder.Path), new FakeTimeProvider(Noon));

        var first = archive.Save(null, "{\"a\":1}"u8, ArchiveDirection.Pushed);
        var second = archive.Save(null, "{\"a\":2}"u8, ArchiveDirection.Pushed);
        var branch = archive.Save("feature-x", "{}"u8, ArchiveDirection.Pulled);

        Assert.Equal("workspace-17-20261126T120000123Z-pushed.json", Path.GetFileName(first));
        Assert.Equal("workspace-17-20261126T120000123Z-pushed-2.json", Path.GetFileName(second));
        Assert.Equal("workspace-17-feature-x-20261126T120000123Z-pulled.json", Path.GetFileName(branch));
        Assert.Equal("{\"a\":1}", File.ReadAllText(first!));
        Assert.Equal("{\"a\":2}", File.ReadAllText(second!));
    }

    [Fact]
    public void Archiving_can_be_switched_off()
    {
        using var folder = new TempFolder();
        var options = Options(Path.Combine(folder.Path, "never"));
        options.ArchiveEnabled = false;
        Assert.Null(new WorkspaceArchive(options, TimeProvider.System).Save(null, "{}"u8, ArchiveDirection.Pushed));
        Assert.False(Directory.Exists(options.ArchiveDirectory));
    }

    [Fact]
    public void An_unwritable_folder_is_named_in_the_error()
    {
        using var folder = new TempFolder();
        var blocker = Path.Combine(folder.Path, "a-file");
        File.WriteAllText(blocker, "");
        var e = Assert.Throws<StructurizrConfigurationException>(() => new WorkspaceArchive(Options(Path.Combine(blocker, "archive")), TimeProvider.System).Save(null, "{}"u8, ArchiveDirection.Pushed));
        Assert.Contains($"'{blocker}' is a file, not a folder", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find a part of the path", e.Message, StringComparison.Ordinal);
        Assert.Contains("ArchiveEnabled", e.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(StructurizrClientOptions.ArchiveDirectory), e.VariableName);
    }

    [Fact]
    public async Task A_push_that_cannot_be_archived_is_not_sent()
    {
        await using var f = await ClientFixture.StartAsync();
        var blocker = Path.Combine(f.Archive.Path, "a-file");
        File.WriteAllText(blocker, "");
        var options = f.Options();
        options.ArchiveDirectory = Path.Combine(blocker, "archive");
        options.MergeLayoutFromRemote = false;
        await Assert.ThrowsAsync<StructurizrConfigurationException>(() => f.Client(options).PutWorkspaceJsonAsync(ClientFixture.EmptyWorkspaceJson));
        Assert.Empty(f.Server.Requests);
    }

    [Fact]
    public async Task Invalid_json_is_refused_before_anything_is_archived_or_sent()
    {
        await using var f = await ClientFixture.StartAsync();
        var e = await Assert.ThrowsAsync<ArgumentException>(() => f.Client().PutWorkspaceJsonAsync("{\"name\": "));
        Assert.Contains("Malformed JSON at line 1, column 10: the JSON ends before", e.Message, StringComparison.Ordinal);
        Assert.Empty(f.Archive.Files());
        Assert.Empty(f.Server.Requests);
    }

    [Fact]
    public void Nonces_increase_even_when_the_clock_stands_still_or_steps_back()
    {
        // FakeTimeProvider cannot go back in time (NTP corrections can), so a settable clock is used here
        var time = new SettableClock { Now = Noon };
        var nonces = new NonceSource(time);
        var a = nonces.Next();
        var b = nonces.Next();
        time.Now = Noon.AddMinutes(-5);
        var c = nonces.Next();
        time.Now = Noon.AddMinutes(5);
        var d = nonces.Next();
        Assert.Equal(Noon.ToUnixTimeMilliseconds(), a);
        Assert.True(a < b && b < c && c < d);
        Assert.Equal(Noon.AddMinutes(5).ToUnixTimeMilliseconds(), d);
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }
        public override DateTimeOffset GetUtcNow() => Now;
    }
}

/// <summary>Changes the process's working directory, so it runs alone.</summary>
[CollectionDefinition(nameof(ChangesWorkingDirectory), DisableParallelization = true)]
public sealed class ChangesWorkingDirectory;

[Collection(nameof(ChangesWorkingDirectory))]
public class StructurizrArchiveWorkingDirectoryTests
{
    [Fact]
    public async Task Relative_archive_folder_defaults_under_the_working_directory()
    {
        await using var f = await ClientFixture.StartAsync();
        var options = new StructurizrClientOptions(f.Server.ApiUrl, 1, ClientFixture.ApiKey, ClientFixture.Secret) { RequestTimeout = Timeout.InfiniteTimeSpan };
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = f.Archive.Path;
        try
        {
            var json = await f.Client(options).GetWorkspaceJsonAsync();
            var file = Assert.Single(Directory.GetFiles(Path.Combine(f.Archive.Path, ".structurizr", "archive")));
            Assert.Equal(json, File.ReadAllText(file));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
