using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace RadAi.Dsl.Tests.Client.Server;

/// <summary>
/// A Structurizr workspace API on a real Kestrel server on 127.0.0.1 (random port): verifies HMAC as the on-premises
/// server does (or the 2026 server's API key), rejects reused and stale nonces, stores every revision, enforces locks,
/// and applies queued faults.
/// </summary>
public sealed class FakeStructurizrServer : IAsyncDisposable
{
    public sealed record ReceivedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, byte[] Body);

    private sealed class StoredWorkspace
    {
        public Dictionary<string, List<string>> Branches { get; } = new(StringComparer.Ordinal) { [""] = [] };
        public string? LockedUser { get; set; }
        public string? LockedAgent { get; set; }
    }

    private LoopbackHost _host = null!;
    private readonly FakeServerKind _kind;
    private readonly string _apiKey;
    private readonly OnPremisesHmacVerifier? _verifier;
    private readonly ConcurrentDictionary<long, StoredWorkspace> _workspaces = new();
    private readonly object _gate = new();
    private long _lastNonce;

    private FakeStructurizrServer(FakeServerKind kind, string apiKey, string? apiSecret)
    {
        _kind = kind;
        _apiKey = apiKey;
        _verifier = kind == FakeServerKind.LegacyHmac ? new OnPremisesHmacVerifier(apiKey, apiSecret!) : null;
    }

    public static async Task<FakeStructurizrServer> StartAsync(FakeServerKind kind, string apiKey = "key", string? apiSecret = "secret")
    {
        var server = new FakeStructurizrServer(kind, apiKey, apiSecret);
        server._host = await LoopbackHost.StartAsync(IPAddress.Loopback, server.HandleAsync);
        server.ApiUrl = new Uri(server._host.BaseUrl + "/api");
        return server;
    }

    /// <summary>The API base URL, e.g. http://127.0.0.1:41234/api.</summary>
    public Uri ApiUrl { get; private set; } = null!;

    /// <summary>Faults applied to the next requests, one each, before anything else.</summary>
    public ConcurrentQueue<ServerFault> Faults { get; } = new();

    /// <summary>Every request received, in order (faulted ones too).</summary>
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>A nonce further than this from the server's clock is stale (null: no age check).</summary>
    public TimeSpan? MaxNonceAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Creates a workspace with a first revision.</summary>
    public void CreateWorkspace(long id, string json)
    {
        var workspace = new StoredWorkspace();
        workspace.Branches[""].Add(json);
        _workspaces[id] = workspace;
    }

    /// <summary>Every stored revision of a branch ("" is main), oldest first.</summary>
    public IReadOnlyList<string> Revisions(long id, string branch = "")
    {
        lock (_gate) return _workspaces.TryGetValue(id, out var w) && w.Branches.TryGetValue(branch, out var r) ? [.. r] : [];
    }

    /// <summary>Locks a workspace as someone else.</summary>
    public void LockAs(long id, string user, string agent)
    {
        lock (_gate)
        {
            _workspaces[id].LockedUser = user;
            _workspaces[id].LockedAgent = agent;
        }
    }

    public (string? User, string? Agent) LockHolder(long id)
    {
        lock (_gate) return (_workspaces[id].LockedUser, _workspaces[id].LockedAgent);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new ReceivedRequest(request.Method, request.Path + request.QueryString, headers, body));

        if (Faults.TryDequeue(out var fault))
        {
            switch (fault)
            {
                case ServerFault.Status s:
                    if (s.RetryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                    await Answer(context, s.Code, false, s.Message);
                    return;
                case ServerFault.Slow slow:
                    try { await Task.Delay(slow.Delay, context.RequestAborted); } catch (OperationCanceledException) { }
                    context.Abort();
                    return;
                case ServerFault.Drop:
                    context.Abort();
                    return;
                case ServerFault.Redirect redirect:
                    context.Response.StatusCode = redirect.Code;
                    context.Response.Headers.Location = redirect.Location;
                    return;
                case ServerFault.Body answer:
                    var bytes = Encoding.UTF8.GetBytes(answer.Text);
                    context.Response.StatusCode = answer.Code;
                    context.Response.ContentType = answer.ContentType;
                    context.Response.ContentLength = bytes.Length;
                    await context.Response.Body.WriteAsync(bytes);
                    return;
                case ServerFault.Endless endless:
                    await StreamEndlessly(context, endless);
                    return;
            }
        }

        // /api/workspace/{id}[/branch[/{branch}]][/lock]
        var segments = request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3 || segments[0] != "api" || segments[1] != "workspace" || !long.TryParse(segments[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await Answer(context, 404, false, "Not found");
            return;
        }
        var rest = segments[3..];
        string? branch = null;
        var isLock = false;
        var isBranchList = false;
        if (rest is ["lock"]) isLock = true;
        else if (rest is ["branch"]) isBranchList = true;
        else if (rest is ["branch", var b]) branch = b;
        else if (rest.Length != 0)
        {
            await Answer(context, 404, false, "Not found");
            return;
        }

        var user = request.Query["user"].ToString();
        var agent = request.Query["agent"].ToString();
        var error = Authenticate(request, headers, body, isLock ? $"/api/workspace/{id}/lock?user={user}&agent={agent}" : request.Path.Value!);
        if (error is not null)
        {
            await Answer(context, 401, false, error);
            return;
        }

        if (!_workspaces.TryGetValue(id, out var workspace))
        {
            // the on-premises server throws ApiException("404"), which it answers with HTTP 400
            if (_kind == FakeServerKind.LegacyHmac) await Answer(context, 400, false, "404");
            else await Answer(context, 404, false, "Workspace not found");
            return;
        }

        if (isLock) await HandleLock(context, workspace, user, agent);
        else if (isBranchList) await HandleBranchList(context, id, workspace);
        else await HandleWorkspace(context, workspace, branch ?? "", body);
    }

    private string? Authenticate(HttpRequest request, Dictionary<string, string> headers, byte[] body, string signedPath)
    {
        var authorization = headers.GetValueOrDefault("X-Authorization") is { Length: > 0 } x ? x : headers.GetValueOrDefault("Authorization");
        if (_verifier is null)
            return authorization == _apiKey ? null : string.IsNullOrEmpty(authorization) ? "Authorization header must be provided" : "Incorrect API key";

        var result = _verifier.Verify(request.Method, signedPath, headers.GetValueOrDefault("Content-Type"), headers.GetValueOrDefault("Nonce"), headers.GetValueOrDefault("Content-MD5"), authorization, body);
        if (!result.Accepted) return result.Error;
        lock (_gate)
        {
            // beyond the on-premises server (which does not check replays): the cloud service's nonce rules
            if (MaxNonceAge is { } age && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - result.Nonce) > age.TotalMilliseconds)
                return $"Nonce {result.Nonce} is stale";
            if (result.Nonce <= _lastNonce) return $"Nonce {result.Nonce} was already used or is older than the last one ({_lastNonce})";
            _lastNonce = result.Nonce;
        }
        return null;
    }

    private async Task HandleWorkspace(HttpContext context, StoredWorkspace workspace, string branch, byte[] body)
    {
        switch (context.Request.Method)
        {
            case "GET":
            {
                string? json;
                lock (_gate) json = workspace.Branches.TryGetValue(branch, out var revisions) && revisions.Count > 0 ? revisions[^1] : null;
                if (json is null)
                {
                    await Answer(context, _kind == FakeServerKind.LegacyHmac ? 400 : 404, false, _kind == FakeServerKind.LegacyHmac ? "404" : $"Workspace branch \"{branch}\" does not exist");
                    return;
                }
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json; charset=UTF-8";
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(json));
                return;
            }
            case "PUT":
            {
                string json = Encoding.UTF8.GetString(body);
                string? modifiedBy;
                try
                {
                    using var document = JsonDocument.Parse(json);
                    modifiedBy = document.RootElement.TryGetProperty("lastModifiedUser", out var u) ? u.GetString() : null;
                }
                catch (JsonException e)
                {
                    await Answer(context, 400, false, e.Message);
                    return;
                }
                int revision;
                lock (_gate)
                {
                    if (workspace.LockedUser is not null && workspace.LockedUser != modifiedBy)
                    {
                        revision = -1;
                    }
                    else
                    {
                        if (!workspace.Branches.TryGetValue(branch, out var revisions)) workspace.Branches[branch] = revisions = [];
                        revisions.Add(json);
                        revision = revisions.Count;
                    }
                }
                if (revision < 0)
                {
                    await Answer(context, 409, false, $"The workspace is already locked by {workspace.LockedUser} using {workspace.LockedAgent}.");
                    return;
                }
                await Answer(context, 200, true, "OK", revision);
                return;
            }
            case "DELETE" when branch.Length > 0:
            {
                bool removed;
                lock (_gate) removed = workspace.Branches.Remove(branch);
                await Answer(context, 200, removed, removed ? "OK" : $"Workspace branch \"{branch}\" does not exist");
                return;
            }
            default:
                await Answer(context, 405, false, "Method not allowed");
                return;
        }
    }

    private async Task HandleLock(HttpContext context, StoredWorkspace workspace, string user, string agent)
    {
        bool ok;
        string message;
        lock (_gate)
        {
            if (context.Request.Method == "PUT")
            {
                ok = workspace.LockedUser is null || (workspace.LockedUser == user && workspace.LockedAgent == agent);
                if (ok) { workspace.LockedUser = user; workspace.LockedAgent = agent; }
                message = ok ? "OK" : _kind == FakeServerKind.LegacyHmac
                    ? $"The workspace is already locked by {workspace.LockedUser} using {workspace.LockedAgent}."
                    : $"The workspace could not be locked; it was locked by {workspace.LockedUser} using {workspace.LockedAgent} at 26 Nov 2026 09:33 UTC";
            }
            else
            {
                ok = workspace.LockedUser == user && workspace.LockedAgent == agent;
                if (ok) { workspace.LockedUser = null; workspace.LockedAgent = null; }
                message = ok ? "OK" : "Workspace is not locked by " + user;
            }
        }
        await Answer(context, 200, ok, message);
    }

    private async Task HandleBranchList(HttpContext context, long id, StoredWorkspace workspace)
    {
        if (_kind == FakeServerKind.LegacyHmac)
        {
            await Answer(context, 404, false, "Not found");
            return;
        }
        string[] names;
        lock (_gate) names = [.. workspace.Branches.Keys.Where(k => k.Length > 0).Order(StringComparer.Ordinal)];
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { id, branches = names }));
    }

    private static async Task StreamEndlessly(HttpContext context, ServerFault.Endless endless)
    {
        context.Response.StatusCode = endless.Code;
        context.Response.ContentType = "application/json; charset=UTF-8";
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'a');
        var prefix = Encoding.UTF8.GetBytes(endless.Prefix);
        long sent = 0;
        try
        {
            await context.Response.Body.WriteAsync(prefix, context.RequestAborted);
            sent += prefix.Length;
            while (sent < ServerFault.Endless.SafetyStop && !context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                sent += chunk.Length;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // the client went away: that is the point
        }
    }

    private static async Task Answer(HttpContext context, int status, bool success, string message, long? revision = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        var payload = revision is { } r
            ? JsonSerializer.Serialize(new { success, message, revision = r })
            : JsonSerializer.Serialize(new { success, message });
        await context.Response.WriteAsync(payload);
    }
}
