using System.Net;
using Microsoft.Extensions.Time.Testing;
using RadAi.Dsl.Client;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client;

/// <summary>
/// Faults injected by the loopback server. After each, the archive holds the pushed workspace and the server's last
/// good revision is intact. Backoff runs on a fake clock (no sleeping); only the timeout test uses real time.
/// </summary>
public class StructurizrClientFaultTests
{
    private static async Task<(ClientFixture F, StructurizrClient Client, IReadOnlyList<string> Before)> PushSetupAsync(TimeProvider? time = null)
    {
        var f = await ClientFixture.StartAsync(time: time);
        var options = f.Options();
        options.MergeLayoutFromRemote = false; // one request per push, so faults hit the PUT
        return (f, f.Client(options), f.Server.Revisions(1));
    }

    private static void AssertNothingLost(ClientFixture f, IReadOnlyList<string> before, string pushedJson)
    {
        var archived = f.Archive.Files("*-pushed*.json");
        Assert.Contains(archived, p => File.ReadAllText(p) == pushedJson);
        var after = f.Server.Revisions(1);
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(before[^1], after[^1]);
    }

    private static string Json(string name) => WorkspaceJson.Serialize(new RadAi.Dsl.Workspace(name, "pushed"));

    [Fact]
    public async Task Two_500s_then_success_is_retried_with_jittered_backoff()
    {
        var (f, client, _) = await PushSetupAsync();
        await using var _f = f;
        f.Server.Faults.Enqueue(ServerFault.InternalError);
        f.Server.Faults.Enqueue(ServerFault.Unavailable);

        var result = await client.PutWorkspaceJsonAsync(Json("A"));

        Assert.Equal(2, result.Revision);
        Assert.Equal(3, f.Server.Requests.Count);
        var delays = ((AutoAdvancingTimeProvider)f.Time).Delays;
        Assert.Equal(2, delays.Count);
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30)));
        Assert.Contains(f.Logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Text.Contains("HTTP 500", StringComparison.Ordinal));
        Assert.Equal(2, f.Server.Revisions(1).Count);
    }

    [Fact]
    public async Task Backoff_doubles_from_the_base_delay()
    {
        await using var f = await ClientFixture.StartAsync();
        var options = f.Options();
        options.MergeLayoutFromRemote = false;
        options.RetryJitter = false;
        for (var i = 0; i < 4; i++) f.Server.Faults.Enqueue(ServerFault.InternalError);

        await f.Client(options).PutWorkspaceJsonAsync(Json("A2"));

        Assert.Equal([1, 2, 4, 8], ((AutoAdvancingTimeProvider)f.Time).Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Persistent_500s_give_up_after_four_retries_and_lose_nothing()
    {
        var (f, client, before) = await PushSetupAsync();
        await using var _f = f;
        for (var i = 0; i < 10; i++) f.Server.Faults.Enqueue(ServerFault.InternalError);
        var json = Json("B");

        var e = await Assert.ThrowsAsync<StructurizrServerUnavailableException>(() => client.PutWorkspaceJsonAsync(json));

        Assert.Equal(5, e.Attempts);
        Assert.Equal(5, f.Server.Requests.Count);
        Assert.Equal(HttpStatusCode.InternalServerError, e.StatusCode);
        Assert.Contains("after 5 attempts", e.Message, StringComparison.Ordinal);
        Assert.Contains("Internal server error", e.Message, StringComparison.Ordinal);
        Assert.Equal(4, ((AutoAdvancingTimeProvider)f.Time).Delays.Count);
        AssertNothingLost(f, before, json);
    }

    [Fact]
    public async Task Too_many_requests_waits_exactly_the_retry_after()
    {
        var (f, client, _) = await PushSetupAsync();
        await using var _f = f;
        f.Server.Faults.Enqueue(ServerFault.TooManyRequests(7));

        await client.PutWorkspaceJsonAsync(Json("C"));

        Assert.Equal([TimeSpan.FromSeconds(7)], ((AutoAdvancingTimeProvider)f.Time).Delays);
        Assert.Equal(2, f.Server.Revisions(1).Count);
    }

    [Fact]
    public async Task Retry_after_beyond_the_60_second_budget_is_not_waited_for()
    {
        var (f, client, before) = await PushSetupAsync();
        await using var _f = f;
        f.Server.Faults.Enqueue(ServerFault.TooManyRequests(120));
        var json = Json("D");

        var e = await Assert.ThrowsAsync<StructurizrServerUnavailableException>(() => client.PutWorkspaceJsonAsync(json));

        Assert.Equal(HttpStatusCode.TooManyRequests, e.StatusCode);
        Assert.Equal(1, e.Attempts);
        Assert.Empty(((AutoAdvancingTimeProvider)f.Time).Delays);
        AssertNothingLost(f, before, json);
    }

    [Fact]
    public async Task Retries_stop_when_the_budget_is_spent()
    {
        var (f, client, before) = await PushSetupAsync();
        await using var _f = f;
        for (var i = 0; i < 4; i++) f.Server.Faults.Enqueue(ServerFault.TooManyRequests(25));
        var json = Json("E");

        var e = await Assert.ThrowsAsync<StructurizrServerUnavailableException>(() => client.PutWorkspaceJsonAsync(json));

        // 25 s + 25 s fit in 60 s, a third wait would end at 75 s
        Assert.Equal(3, e.Attempts);
        Assert.Equal([TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(25)], ((AutoAdvancingTimeProvider)f.Time).Delays);
        AssertNothingLost(f, before, json);
    }

    [Fact]
    public async Task Dropped_connection_is_retried()
    {
        var (f, client, _) = await PushSetupAsync();
        await using var _f = f;
        f.Server.Faults.Enqueue(new ServerFault.Drop());

        var result = await client.PutWorkspaceJsonAsync(Json("F"));

        Assert.Equal(2, result.Revision);
        Assert.Equal(2, f.Server.Requests.Count);
    }

    [Fact]
    public async Task Dropped_connections_every_time_end_in_a_clear_error_and_lose_nothing()
    {
        var (f, client, before) = await PushSetupAsync();
        await using var _f = f;
        for (var i = 0; i < 5; i++) f.Server.Faults.Enqueue(new ServerFault.Drop());
        var json = Json("G");

        var e = await Assert.ThrowsAsync<StructurizrServerUnavailableException>(() => client.PutWorkspaceJsonAsync(json));

        Assert.Null(e.StatusCode);
        // "… 127.0.0.1:PORT closed the connection before it answered" or "the connection to 127.0.0.1:PORT was dropped …"
        Assert.Matches(@"after 5 attempts: (the connection to )?127\.0\.0\.1:\d+ (closed the connection|was dropped)", e.Message);
        Assert.DoesNotContain("An error occurred while sending the request", e.Message, StringComparison.Ordinal);
        AssertNothingLost(f, before, json);
    }

    [Fact]
    public async Task Injected_401_is_not_retried_and_loses_nothing()
    {
        var (f, client, before) = await PushSetupAsync();
        await using var _f = f;
        f.Server.Faults.Enqueue(ServerFault.Unauthorized);
        var json = Json("H");

        var e = await Assert.ThrowsAsync<StructurizrAuthenticationException>(() => client.PutWorkspaceJsonAsync(json));

        Assert.Single(f.Server.Requests);
        Assert.Contains("Incorrect API key", e.Message, StringComparison.Ordinal);
        AssertNothingLost(f, before, json);
    }

    [Fact]
    public async Task Other_4xx_is_never_retried()
    {
        var (f, client, before) = await PushSetupAsync();
        await using var _f = f;
        f.Server.Faults.Enqueue(new ServerFault.Status(400, "Workspace ID must be greater than 1"));
        f.Server.Faults.Enqueue(new ServerFault.Status(403, "Forbidden"));
        var json = Json("I");

        var e = await Assert.ThrowsAsync<StructurizrApiException>(() => client.PutWorkspaceJsonAsync(json));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Equal("Workspace ID must be greater than 1", e.ServerMessage);
        Assert.Single(f.Server.Requests);
        AssertNothingLost(f, before, json);
    }

    [Fact]
    public async Task Slow_response_past_the_timeout_is_retried_on_a_new_attempt()
    {
        // real time: a socket is involved (short timeout, short backoff)
        var (f, _, before) = await PushSetupAsync(TimeProvider.System);
        await using var _f = f;
        var options = f.Options();
        options.MergeLayoutFromRemote = false;
        options.RequestTimeout = TimeSpan.FromMilliseconds(300);
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        var client = f.Client(options);
        f.Server.Faults.Enqueue(new ServerFault.Slow(TimeSpan.FromSeconds(5)));

        var result = await client.PutWorkspaceJsonAsync(Json("J"));

        Assert.Equal(before.Count + 1, result.Revision);
        Assert.Equal(2, f.Server.Requests.Count);
        Assert.Contains(f.Logger.Entries, e => e.Text.Contains("timed out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slow_responses_every_time_end_in_a_timeout_error_and_lose_nothing()
    {
        var (f, _, before) = await PushSetupAsync(TimeProvider.System);
        await using var _f = f;
        var options = f.Options();
        options.MergeLayoutFromRemote = false;
        options.RequestTimeout = TimeSpan.FromMilliseconds(200);
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        options.MaxRetryAttempts = 1;
        var client = f.Client(options);
        f.Server.Faults.Enqueue(new ServerFault.Slow(TimeSpan.FromSeconds(5)));
        f.Server.Faults.Enqueue(new ServerFault.Slow(TimeSpan.FromSeconds(5)));
        var json = Json("K");

        var e = await Assert.ThrowsAsync<StructurizrServerUnavailableException>(() => client.PutWorkspaceJsonAsync(json));

        Assert.Equal(2, e.Attempts);
        Assert.Contains("no answer within 0.2 seconds", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("00:00", e.Message, StringComparison.Ordinal);
        AssertNothingLost(f, before, json);
    }

    [Fact]
    public async Task Cancellation_during_a_retry_wait_stops_at_once()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow); // does not advance: the retry wait lasts until cancelled
        var (f, client, before) = await PushSetupAsync(time);
        await using var _f = f;
        f.Server.Faults.Enqueue(ServerFault.InternalError);
        using var cts = new CancellationTokenSource();
        var json = Json("L");

        var push = client.PutWorkspaceJsonAsync(json, cancellationToken: cts.Token);
        while (f.Server.Requests.IsEmpty) await Task.Yield();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => push);
        AssertNothingLost(f, before, json);
    }

    [Fact]
    public async Task Pull_retries_too()
    {
        await using var f = await ClientFixture.StartAsync();
        f.Server.Faults.Enqueue(ServerFault.Unavailable);
        f.Server.Faults.Enqueue(new ServerFault.Drop());

        var workspace = await f.Client().GetWorkspaceAsync();

        Assert.Equal("Name", workspace.Name);
        Assert.Equal(3, f.Server.Requests.Count);
        Assert.Single(f.Archive.Files("*-pulled.json"));
    }
}
