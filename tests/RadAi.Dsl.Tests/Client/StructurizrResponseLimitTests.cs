using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client;

/// <summary>
/// A server that sends a body that never ends: the client stops reading at its cap (plus the one byte that shows the
/// body goes on). What the client read is counted below it, on the HTTP content stream.
/// </summary>
public sealed class StructurizrResponseLimitTests
{
    private const string ErrorMessage = "{\"success\":false,\"message\":\"";

    [Fact]
    public async Task An_endless_workspace_fails_at_the_configured_cap_and_names_it()
    {
        await using var f = await ClientFixture.StartAsync();
        var options = f.Options();
        options.MaxWorkspaceBytes = 1024 * 1024;
        f.Server.Faults.Enqueue(new ServerFault.Endless(200, "{\"name\":\""));
        using var http = new CountingHttpClient();

        var e = await Assert.ThrowsAsync<StructurizrResponseTooLargeException>(() => new StructurizrClient(options, http.Http, f.Logger, f.Time).GetWorkspaceJsonAsync());

        Assert.Equal(1024 * 1024, e.LimitBytes);
        Assert.Contains("larger than 1 MiB", e.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(StructurizrClientOptions.MaxWorkspaceBytes), e.Message, StringComparison.Ordinal);
        Assert.InRange(http.BytesRead, options.MaxWorkspaceBytes, options.MaxWorkspaceBytes + 1);
        Assert.Single(f.Server.Requests); // not retried
        Assert.Empty(f.Archive.Files()); // nothing half-read is archived
    }

    [Fact]
    public async Task A_declared_length_beyond_the_cap_is_refused()
    {
        await using var f = await ClientFixture.StartAsync();
        var options = f.Options();
        options.MaxWorkspaceBytes = 1024;
        f.Server.Faults.Enqueue(new ServerFault.Body(200, "application/json", "{\"name\":\"" + new string('a', 4096) + "\"}"));

        var e = await Assert.ThrowsAsync<StructurizrResponseTooLargeException>(() => f.Client(options).GetWorkspaceJsonAsync());

        Assert.Contains("larger than 1024 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workspace_at_the_cap_is_accepted()
    {
        await using var f = await ClientFixture.StartAsync();
        var json = ClientFixture.EmptyWorkspaceJson;
        var options = f.Options();
        options.MaxWorkspaceBytes = System.Text.Encoding.UTF8.GetByteCount(json);

        Assert.Equal(json, await f.Client(options).GetWorkspaceJsonAsync());
    }

    [Fact]
    public async Task An_endless_answer_to_a_push_fails_at_one_MiB()
    {
        await using var f = await ClientFixture.StartAsync();
        var options = f.Options();
        options.MergeLayoutFromRemote = false;
        f.Server.Faults.Enqueue(new ServerFault.Endless(200, "{\"success\":true,\"message\":\""));
        using var http = new CountingHttpClient();

        var e = await Assert.ThrowsAsync<StructurizrResponseTooLargeException>(() => new StructurizrClient(options, http.Http, f.Logger, f.Time).PutWorkspaceJsonAsync(ClientFixture.EmptyWorkspaceJson));

        Assert.Equal(1024 * 1024, e.LimitBytes);
        Assert.InRange(http.BytesRead, e.LimitBytes, e.LimitBytes + 1);
    }

    [Fact]
    public async Task An_endless_error_body_is_cut_and_the_error_still_comes()
    {
        await using var f = await ClientFixture.StartAsync();
        f.Server.Faults.Enqueue(new ServerFault.Endless(401, ErrorMessage));
        using var http = new CountingHttpClient();

        await Assert.ThrowsAsync<StructurizrAuthenticationException>(() => new StructurizrClient(f.Options(), http.Http, f.Logger, f.Time).GetWorkspaceJsonAsync());

        Assert.InRange(http.BytesRead, 4096, 4097);
    }

    [Fact]
    public async Task Endless_bodies_of_answers_that_are_retried_are_cut_too()
    {
        await using var f = await ClientFixture.StartAsync();
        for (var i = 0; i < 5; i++) f.Server.Faults.Enqueue(new ServerFault.Endless(503, ErrorMessage));
        using var http = new CountingHttpClient();

        var e = await Assert.ThrowsAsync<StructurizrServerUnavailableException>(() => new StructurizrClient(f.Options(), http.Http, f.Logger, f.Time).GetWorkspaceJsonAsync());

        Assert.Equal(5, e.Attempts);
        Assert.InRange(http.BytesRead, 5 * 4096, 5 * 4097);
    }

    [Fact]
    public async Task The_server_message_of_a_short_error_body_is_kept()
    {
        await using var f = await ClientFixture.StartAsync();
        f.Server.Faults.Enqueue(new ServerFault.Status(400, "Workspace " + new string('x', 3000) + " is archived"));

        var e = await Assert.ThrowsAnyAsync<StructurizrApiException>(() => f.Client().GetWorkspaceJsonAsync());

        Assert.EndsWith(" is archived", e.ServerMessage, StringComparison.Ordinal);
    }
}
