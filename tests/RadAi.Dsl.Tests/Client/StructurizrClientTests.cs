#pragma warning disable CA5351 // Content-MD5 is the protocol's integrity check
using System.Globalization;
using RadAi.Dsl;
using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client;

/// <summary>Push, pull, locks and branches against the fake servers on loopback.</summary>
public class StructurizrClientTests
{
    [Fact]
    public async Task Legacy_push_then_pull_round_trips_and_archives_both()
    {
        await using var f = await ClientFixture.StartAsync();
        var client = f.Client();
        var workspace = ClientFixture.SampleWorkspace();
        workspace.Thumbnail = "data:image/png;base64,AAAA";

        var result = await client.PutWorkspaceAsync(workspace);
        var pulled = await client.GetWorkspaceAsync();

        Assert.Equal(2, result.Revision);
        Assert.Equal(2, f.Server.Revisions(1).Count);
        Assert.Equal(1, pulled.Id);
        Assert.Equal("Shop", pulled.Name);
        Assert.Equal("user@example.com", pulled.LastModifiedUser);
        Assert.Equal("radai-dsl-tests/1.0", pulled.LastModifiedAgent);
        Assert.Null(pulled.Thumbnail);
        Assert.NotNull(pulled.Model.GetElementWithCanonicalName("SoftwareSystem://Shop"));
        // what the server stored is byte for byte the compact JSON of the pushed workspace
        Assert.Equal(WorkspaceJson.Serialize(workspace), f.Server.Revisions(1)[^1]);

        // archive: the remote before the push (layout merge), the push, the pull
        var files = f.Archive.Files();
        Assert.Equal(3, files.Length);
        // (the fake clock stands still, so the second pull in the same millisecond gets "-2" instead of overwriting)
        Assert.Equal(result.ArchivedTo, Assert.Single(files, p => p.Contains("-pushed", StringComparison.Ordinal)));
        Assert.Equal(2, files.Count(p => p.Contains("-pulled", StringComparison.Ordinal)));
        Assert.Equal(f.Server.Revisions(1)[^1], File.ReadAllText(result.ArchivedTo!));
        Assert.Equal(ClientFixture.EmptyWorkspaceJson, File.ReadAllText(result.RemoteArchivedTo!));
        Assert.All(files, p => Assert.Matches(@"workspace-1-\d{8}T\d{9}Z-(pushed|pulled)(-\d+)?\.json$", Path.GetFileName(p)));
    }

    [Fact]
    public async Task Legacy_put_sends_the_exact_content_type_md5_and_increasing_nonces()
    {
        await using var f = await ClientFixture.StartAsync();
        var options = f.Options();
        options.MergeLayoutFromRemote = false;
        var client = f.Client(options);
        await client.PutWorkspaceJsonAsync(ClientFixture.EmptyWorkspaceJson);
        await client.PutWorkspaceJsonAsync(ClientFixture.EmptyWorkspaceJson);
        await client.GetWorkspaceJsonAsync();

        var requests = f.Server.Requests.ToArray();
        Assert.Equal(["PUT", "PUT", "GET"], requests.Select(r => r.Method));
        Assert.All(requests.Take(2), r =>
        {
            Assert.Equal("application/json; charset=UTF-8", r.Headers["Content-Type"]);
            Assert.Equal(Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(r.Body)))), r.Headers["Content-MD5"]);
        });
        Assert.False(requests[2].Headers.ContainsKey("Content-MD5"));
        var nonces = requests.Select(r => long.Parse(r.Headers["Nonce"], CultureInfo.InvariantCulture)).ToArray();
        Assert.True(nonces[0] < nonces[1] && nonces[1] < nonces[2], string.Join(",", nonces));
        Assert.All(requests, r => Assert.StartsWith(ClientFixture.ApiKey + ":", r.Headers["X-Authorization"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_key_server_push_pull_and_branches()
    {
        await using var f = await ClientFixture.StartAsync(FakeServerKind.ApiKey);
        var client = f.ApiKeyClient();
        Assert.Equal(StructurizrAuthenticationMode.ApiKey, client.Options.AuthenticationMode);

        await client.PutWorkspaceAsync(ClientFixture.SampleWorkspace());
        var onBranch = ClientFixture.SampleWorkspace();
        onBranch.Description = "On a branch";
        var branchResult = await client.PutWorkspaceAsync(onBranch, "feature-x");

        Assert.Equal(["feature-x"], await client.GetBranchesAsync());
        Assert.Equal("On a branch", (await client.GetWorkspaceAsync("feature-x")).Description);
        Assert.Equal("A small shop", (await client.GetWorkspaceAsync()).Description);
        Assert.Contains("-feature-x-", Path.GetFileName(branchResult.ArchivedTo), StringComparison.Ordinal);

        await client.DeleteBranchAsync("feature-x");
        Assert.Empty(await client.GetBranchesAsync());
        await Assert.ThrowsAsync<StructurizrWorkspaceNotFoundException>(() => client.GetWorkspaceAsync("feature-x"));

        Assert.All(f.Server.Requests, r => Assert.Equal(ClientFixture.ApiKey, r.Headers["X-Authorization"]));
        Assert.All(f.Server.Requests, r => Assert.False(r.Headers.ContainsKey("Nonce")));
        Assert.All(f.Server.Requests.Where(r => r.Method == "PUT"), r => Assert.Equal("application/json; charset=UTF-8", r.Headers["Content-Type"]));
    }

    [Theory]
    [InlineData(FakeServerKind.LegacyHmac)]
    [InlineData(FakeServerKind.ApiKey)]
    public async Task Lock_held_by_someone_else_names_them(FakeServerKind kind)
    {
        await using var f = await ClientFixture.StartAsync(kind);
        var client = kind == FakeServerKind.LegacyHmac ? f.Client() : f.ApiKeyClient();
        f.Server.LockAs(1, "alice@example.com", "structurizr-web/3.1.0");

        var e = await Assert.ThrowsAsync<StructurizrWorkspaceLockedException>(() => client.LockWorkspaceAsync());

        Assert.Equal("alice@example.com", e.LockedBy);
        Assert.Equal("structurizr-web/3.1.0", e.LockedWithAgent);
        Assert.Contains("locked by alice@example.com using structurizr-web/3.1.0", e.Message, StringComparison.Ordinal);
        Assert.Contains(e.ServerMessage!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lock_push_unlock_and_a_push_into_someone_elses_lock_is_refused_with_409()
    {
        await using var f = await ClientFixture.StartAsync();
        var client = f.Client();
        await client.LockWorkspaceAsync();
        Assert.Equal(("user@example.com", "radai-dsl-tests/1.0"), f.Server.LockHolder(1));
        await client.PutWorkspaceAsync(ClientFixture.SampleWorkspace());
        await client.UnlockWorkspaceAsync();
        Assert.Equal((null, null), f.Server.LockHolder(1));

        f.Server.LockAs(1, "bob@example.com", "structurizr-cli/2025.1");
        var before = f.Server.Revisions(1);
        var e = await Assert.ThrowsAsync<StructurizrWorkspaceLockedException>(() => client.PutWorkspaceAsync(ClientFixture.SampleWorkspace()));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, e.StatusCode);
        Assert.Equal("bob@example.com", e.LockedBy);
        Assert.Equal(before, f.Server.Revisions(1));
        var unlock = await Assert.ThrowsAsync<StructurizrApiException>(() => client.UnlockWorkspaceAsync());
        Assert.Contains("Workspace is not locked by user@example.com", unlock.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_workspace_is_not_found_on_both_servers()
    {
        await using var legacy = await ClientFixture.StartAsync();
        var e1 = await Assert.ThrowsAsync<StructurizrWorkspaceNotFoundException>(() => legacy.Client(legacy.Options(workspaceId: 99)).GetWorkspaceAsync());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, e1.StatusCode); // on-premises answers 400 "404"
        Assert.Contains("workspace", e1.Message, StringComparison.Ordinal);

        await using var modern = await ClientFixture.StartAsync(FakeServerKind.ApiKey);
        var e2 = await Assert.ThrowsAsync<StructurizrWorkspaceNotFoundException>(() => modern.Client(modern.Options(secret: null, workspaceId: 99)).GetWorkspaceJsonAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, e2.StatusCode);
        Assert.Contains("Workspace not found", e2.Message, StringComparison.Ordinal);
        Assert.Single(modern.Server.Requests); // a 404 is never retried
    }

    [Fact]
    public async Task Wrong_secret_names_the_hmac_mode_and_is_not_retried()
    {
        await using var f = await ClientFixture.StartAsync();
        var e = await Assert.ThrowsAsync<StructurizrAuthenticationException>(() => f.Client(f.Options(secret: "wrong-secret")).GetWorkspaceAsync());
        Assert.Equal(StructurizrAuthenticationMode.Hmac, e.Mode);
        Assert.Contains("HMAC mode", e.Message, StringComparison.Ordinal);
        Assert.Contains("Authorization header doesn't match", e.Message, StringComparison.Ordinal);
        Assert.Single(f.Server.Requests);
    }

    [Fact]
    public async Task Api_key_mode_against_a_legacy_server_says_the_secret_is_missing()
    {
        await using var f = await ClientFixture.StartAsync();
        var e = await Assert.ThrowsAsync<StructurizrAuthenticationException>(() => f.ApiKeyClient().GetWorkspaceAsync());
        Assert.Equal(StructurizrAuthenticationMode.ApiKey, e.Mode);
        Assert.Contains("API-key mode", e.Message, StringComparison.Ordinal);
        Assert.Contains("STRUCTURIZR_API_SECRET", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reused_and_stale_nonces_are_rejected_by_the_server()
    {
        await using var f = await ClientFixture.StartAsync();
        var client = f.Client();
        await client.GetWorkspaceJsonAsync();

        // replay the exact request (same nonce, same signature)
        var first = f.Server.Requests.Single();
        using var http = new HttpClient();
        using var replay = new HttpRequestMessage(HttpMethod.Get, new Uri(f.Server.ApiUrl, "/api/workspace/1"));
        foreach (var name in new[] { "X-Authorization", "Nonce", "User-Agent" }) replay.Headers.TryAddWithoutValidation(name, first.Headers[name]);
        using var replayed = await http.SendAsync(replay);
        Assert.Equal(401, (int)replayed.StatusCode);
        Assert.Contains("already used", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // a client whose clock is an hour behind sends stale nonces
        var behind = new StructurizrClient(f.Options(), new HttpClient(), f.Logger, new AutoAdvancingTimeProvider(DateTimeOffset.UtcNow.AddHours(-1)));
        var e = await Assert.ThrowsAsync<StructurizrAuthenticationException>(() => behind.GetWorkspaceJsonAsync());
        Assert.Contains("stale", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<int> CapturedRequests
    {
        get
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < HmacVectors.Section("fullRequests").GetArrayLength(); i++)
                if (HmacVectors.FullRequest(i).TryGetProperty("headersSent", out _)) data.Add(i);
            return data;
        }
    }

    /// <summary>
    /// structurizr-java 5.0.3 sent these requests to a loopback server; the client, at the same nonce, sends the same
    /// method, path and headers over a real socket, and the server's verifier accepts them.
    /// </summary>
    [Theory, MemberData(nameof(CapturedRequests))]
    public async Task Java_captured_request_is_reproduced_on_the_wire_and_accepted(int index)
    {
        var v = HmacVectors.FullRequest(index);
        var sent = v.GetProperty("headersSent");
        await using var server = await FakeStructurizrServer.StartAsync(FakeServerKind.LegacyHmac, "key", "secret");
        server.MaxNonceAge = null; // the captured nonces are from November 2026
        server.CreateWorkspace(1, ClientFixture.EmptyWorkspaceJson);
        server.LockAs(1, "user@example.com", "structurizr-java/1.2.3"); // so that unlock succeeds; lock by the same holder is accepted
        using var archive = new TempFolder();
        var options = new StructurizrClientOptions(server.ApiUrl, 1, "key", "secret")
        {
            User = "user@example.com", Agent = "structurizr-java/1.2.3", ArchiveDirectory = archive.Path, MergeLayoutFromRemote = false,
        };
        var time = new AutoAdvancingTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(v.Text("nonce"), CultureInfo.InvariantCulture)));
        using var http = new HttpClient();
        var client = new StructurizrClient(options, http, null, time);
        var path = v.Text("pathSigned");

        switch (v.Text("method"))
        {
            case "PUT" when path.Contains("/lock", StringComparison.Ordinal): await client.LockWorkspaceAsync(); break;
            case "DELETE": await client.UnlockWorkspaceAsync(); break;
            case "PUT": await client.PutWorkspaceJsonAsync(v.Text("body")); break;
            default: await client.GetWorkspaceJsonAsync(); break;
        }

        var received = Assert.Single(server.Requests);
        Assert.Equal(v.Text("method"), received.Method);
        Assert.Equal(path, received.RawTarget);
        Assert.Equal(sent.Text("X-Authorization"), received.Headers["X-Authorization"]);
        Assert.Equal(sent.Text("Nonce"), received.Headers["Nonce"]);
        Assert.Equal(sent.Text("User-Agent"), received.Headers["User-Agent"]);
        Assert.Equal(sent.TryGetProperty("Content-MD5", out var md5) ? md5.GetString() : null, received.Headers.GetValueOrDefault("Content-MD5"));
        // Java sends an empty Content-Type on the lock PUT; .NET sends none; both are signed as "".
        var contentType = sent.TryGetProperty("Content-Type", out var ct) && ct.GetString()!.Length > 0 ? ct.GetString() : null;
        Assert.Equal(contentType, received.Headers.GetValueOrDefault("Content-Type"));
        Assert.Equal(v.Text("body"), System.Text.Encoding.UTF8.GetString(received.Body));
    }
}
