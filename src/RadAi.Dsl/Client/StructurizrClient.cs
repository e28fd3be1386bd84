using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RadAi.Dsl.C4;
using RadAi.Dsl.Client.Archive;
using RadAi.Dsl.Client.LayoutMerge;
using RadAi.Dsl.Client.Transport;
using RadAi.Dsl.Json;

namespace RadAi.Dsl.Client;

/// <summary>
/// Pushes and pulls Structurizr workspaces: legacy servers (cloud, on-premises, Lite) with HMAC-signed requests, and the
/// 2026 Structurizr server with an API key. Retries transient failures, archives every workspace it sends or receives,
/// and never puts the API secret in logs, messages or <see cref="ToString"/>.
/// </summary>
/// <example>
/// <code>
/// var options = StructurizrClientOptions.FromEnvironment();
/// var client = new StructurizrClient(options, new HttpClient(), logger);
/// StructurizrPushResult pushed = await client.PutWorkspaceAsync(workspace);
/// Workspace pulled = await client.GetWorkspaceAsync();
/// </code>
/// </example>
public sealed partial class StructurizrClient
{
    /// <summary>The name of the <see cref="HttpClient"/> taken from an <see cref="IHttpClientFactory"/>.</summary>
    public const string HttpClientName = "RadAi.Dsl.Structurizr";

    private readonly StructurizrTransport _transport;
    private readonly WorkspaceArchive _archive;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates a client that sends through <paramref name="httpClient"/> (not disposed by the client).</summary>
    /// <param name="options">Server, workspace, credentials, retries and archive. Retry and timeout settings are read now.</param>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="logger">Where to log (nothing when null).</param>
    /// <param name="timeProvider">The clock for nonces, timestamps and retry delays (the system clock when null).</param>
    public StructurizrClient(StructurizrClientOptions options, HttpClient httpClient, ILogger? logger = null, TimeProvider? timeProvider = null)
        : this(options, RequireClient(httpClient), logger, timeProvider, 0) { }

    /// <summary>Creates a client that takes the named client <see cref="HttpClientName"/> from <paramref name="httpClientFactory"/> for each request.</summary>
    /// <param name="options">Server, workspace, credentials, retries and archive. Retry and timeout settings are read now.</param>
    /// <param name="httpClientFactory">The HTTP client factory.</param>
    /// <param name="logger">Where to log (nothing when null).</param>
    /// <param name="timeProvider">The clock for nonces, timestamps and retry delays (the system clock when null).</param>
    public StructurizrClient(StructurizrClientOptions options, IHttpClientFactory httpClientFactory, ILogger? logger = null, TimeProvider? timeProvider = null)
        : this(options, RequireFactory(httpClientFactory), logger, timeProvider, 0) { }

    private StructurizrClient(StructurizrClientOptions options, Func<HttpClient> httpClient, ILogger? logger, TimeProvider? timeProvider, int _)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _logger = logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _transport = new StructurizrTransport(options, httpClient, _time, _logger);
        _archive = new WorkspaceArchive(options, _time);
    }

    /// <summary>The options (the API secret is not readable from them).</summary>
    public StructurizrClientOptions Options { get; }

    internal StructurizrTransport Transport => _transport;

    /// <summary>Downloads the workspace JSON as the server stores it and archives it.</summary>
    /// <param name="branch">A branch (2026 server), or null for the main branch.</param>
    /// <param name="cancellationToken">Cancels the download and any retry wait.</param>
    /// <exception cref="StructurizrApiException">The server refused or failed (see the subclasses).</exception>
    public async Task<string> GetWorkspaceJsonAsync(string? branch = null, CancellationToken cancellationToken = default)
        => Encoding.UTF8.GetString((await GetWorkspaceBytesAsync(branch, cancellationToken).ConfigureAwait(false)).Json);

    /// <summary>Downloads the workspace, archives the JSON as received, and reads it.</summary>
    /// <param name="branch">A branch (2026 server), or null for the main branch.</param>
    /// <param name="cancellationToken">Cancels the download and any retry wait.</param>
    /// <exception cref="StructurizrApiException">The server refused or failed (see the subclasses), or sent JSON that cannot be read (the archived copy is named).</exception>
    /// <example><code>Workspace workspace = await client.GetWorkspaceAsync();</code></example>
    public async Task<Workspace> GetWorkspaceAsync(string? branch = null, CancellationToken cancellationToken = default)
    {
        var (json, archived) = await GetWorkspaceBytesAsync(branch, cancellationToken).ConfigureAwait(false);
        try
        {
            return WorkspaceJson.Deserialize(json);
        }
        catch (WorkspaceJsonException e)
        {
            throw new StructurizrApiException($"Pulled workspace {Options.WorkspaceId}{BranchWords(branch)}, but could not read it: {e.Message}{(archived is null ? string.Empty : $" The JSON as received is at '{archived}'.")}", e);
        }
    }

    /// <summary>
    /// Pushes a workspace as structurizr-java does: optionally copies the layout from the server's copy first
    /// (<see cref="StructurizrClientOptions.MergeLayoutFromRemote"/>; the server's copy is archived too), sets
    /// <c>id</c>, <c>lastModifiedDate</c>, <c>lastModifiedUser</c> and <c>lastModifiedAgent</c>, drops the thumbnail,
    /// archives the compact JSON and uploads it. The workspace object is changed accordingly, as in Java.
    /// </summary>
    /// <param name="workspace">The workspace to push.</param>
    /// <param name="branch">A branch (2026 server), or null for the main branch.</param>
    /// <param name="cancellationToken">Cancels the push and any retry wait.</param>
    /// <exception cref="StructurizrApiException">The server refused or failed (see the subclasses); the archive still holds the workspace.</exception>
    /// <example><code>var result = await client.PutWorkspaceAsync(workspace); // result.Revision, result.ArchivedTo</code></example>
    public async Task<StructurizrPushResult> PutWorkspaceAsync(Workspace workspace, string? branch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        string? remoteArchive = null;
        if (Options.MergeLayoutFromRemote)
            remoteArchive = await MergeLayoutFromRemoteAsync(workspace, branch, cancellationToken).ConfigureAwait(false);

        workspace.Id = Options.WorkspaceId;
        workspace.Thumbnail = null;
        var now = _time.GetUtcNow();
        workspace.LastModifiedDate = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        workspace.LastModifiedUser = Options.User;
        workspace.LastModifiedAgent = Options.Agent;
        return await PutWorkspaceBytesAsync(WorkspaceJson.SerializeToUtf8Bytes(workspace), branch, remoteArchive, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Uploads workspace JSON as it is (no layout merge: use the <c>Workspace</c> overload for that). The JSON is archived
    /// before it is sent, so it is kept even when the push fails.
    /// </summary>
    /// <param name="json">Compact workspace JSON.</param>
    /// <param name="branch">A branch (2026 server), or null for the main branch.</param>
    /// <param name="cancellationToken">Cancels the upload and any retry wait.</param>
    /// <exception cref="ArgumentException">The text is not a JSON object.</exception>
    /// <exception cref="StructurizrApiException">The server refused or failed (see the subclasses).</exception>
    public Task<StructurizrPushResult> PutWorkspaceJsonAsync(string json, string? branch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        return PutWorkspaceBytesAsync(Encoding.UTF8.GetBytes(json), branch, null, cancellationToken);
    }

    /// <summary>Locks the workspace for <see cref="StructurizrClientOptions.User"/> and <see cref="StructurizrClientOptions.Agent"/>.</summary>
    /// <exception cref="StructurizrWorkspaceLockedException">Someone else holds the lock; <see cref="StructurizrWorkspaceLockedException.LockedBy"/> names them when the server did.</exception>
    public async Task LockWorkspaceAsync(CancellationToken cancellationToken = default)
    {
        var request = LockRequest(HttpMethod.Put, "lock");
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (_transport.CheckSuccess(request, response) is { } failure) throw failure;
        ClientLog.Locked(_logger, Options.WorkspaceId, Options.User, Options.Agent);
    }

    /// <summary>Releases the lock held by <see cref="StructurizrClientOptions.User"/> and <see cref="StructurizrClientOptions.Agent"/>.</summary>
    /// <exception cref="StructurizrApiException">The server did not unlock it (e.g. someone else holds the lock).</exception>
    public async Task UnlockWorkspaceAsync(CancellationToken cancellationToken = default)
    {
        var request = LockRequest(HttpMethod.Delete, "unlock");
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (_transport.CheckSuccess(request, response) is { } failure) throw failure;
        ClientLog.Unlocked(_logger, Options.WorkspaceId);
    }

    /// <summary>Lists the workspace's branches (2026 server), sorted as the server sorts them.</summary>
    public async Task<IReadOnlyList<string>> GetBranchesAsync(CancellationToken cancellationToken = default)
    {
        var request = new StructurizrRequest(HttpMethod.Get, $"/workspace/{Id}/branch", [], null, $"list the branches of workspace {Options.WorkspaceId}");
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (_transport.CheckSuccess(request, response) is { } failure) throw failure;
        try
        {
            using var document = JsonDocument.Parse(response.Body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("branches", out var branches) && branches.ValueKind == JsonValueKind.Array)
                return [.. branches.EnumerateArray().Select(b => b.GetString() ?? string.Empty)];
        }
        catch (JsonException)
        {
            // reported below
        }
        throw new StructurizrApiException($"Could not list the branches of workspace {Options.WorkspaceId}: the answer has no \"branches\" list. Is {Options.ApiUrl} a 2026 Structurizr server with branches enabled?", response.StatusCode, null);
    }

    /// <summary>Deletes a branch (2026 server). The main branch cannot be deleted.</summary>
    public async Task DeleteBranchAsync(string branch, CancellationToken cancellationToken = default)
    {
        CheckBranch(branch);
        var request = new StructurizrRequest(HttpMethod.Delete, WorkspacePath(branch), [], null, $"delete branch '{branch}' of workspace {Options.WorkspaceId}");
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (_transport.CheckSuccess(request, response) is { } failure) throw failure;
    }

    /// <inheritdoc />
    public override string ToString() => "StructurizrClient for " + Options;

    private async Task<(byte[] Json, string? ArchivedTo)> GetWorkspaceBytesAsync(string? branch, CancellationToken cancellationToken)
    {
        var request = new StructurizrRequest(HttpMethod.Get, WorkspacePath(branch), [], null, $"pull workspace {Options.WorkspaceId}{BranchWords(branch)}");
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        ClientLog.Pulled(_logger, Options.WorkspaceId, BranchWords(branch), response.Body.Length);
        return (response.Body, Archive(branch, response.Body, ArchiveDirection.Pulled));
    }

    private async Task<string?> MergeLayoutFromRemoteAsync(Workspace workspace, string? branch, CancellationToken cancellationToken)
    {
        byte[] json;
        string? archived;
        try
        {
            (json, archived) = await GetWorkspaceBytesAsync(branch, cancellationToken).ConfigureAwait(false);
        }
        catch (StructurizrWorkspaceNotFoundException) when (branch is not null)
        {
            return null; // a new branch: nothing to merge from
        }
        try
        {
            var summary = WorkspaceLayoutMerge.CopyLayout(workspace, WorkspaceJson.Deserialize(json));
            ClientLog.LayoutMerged(_logger, Options.WorkspaceId, summary.ToString());
        }
        catch (WorkspaceJsonException e)
        {
            // The server's copy is archived, so nothing is lost by pushing without its layout.
            ClientLog.LayoutNotMerged(_logger, Options.WorkspaceId, e.Message, archived ?? "(archiving is off)");
        }
        return archived;
    }

    private async Task<StructurizrPushResult> PutWorkspaceBytesAsync(byte[] json, string? branch, string? remoteArchive, CancellationToken cancellationToken)
    {
        CheckJsonObject(json);
        var path = WorkspacePath(branch);
        // Archive first: whatever happens to the request, the workspace is on disk.
        var archived = Archive(branch, json, ArchiveDirection.Pushed);
        var request = new StructurizrRequest(HttpMethod.Put, path, [], json, $"push workspace {Options.WorkspaceId}{BranchWords(branch)}");
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (_transport.CheckSuccess(request, response) is { } failure) throw failure;
        var revision = ApiResponse.Parse(response.Body).Revision;
        ClientLog.Pushed(_logger, Options.WorkspaceId, BranchWords(branch), json.Length, revision?.ToString(CultureInfo.InvariantCulture) ?? "not reported");
        return new StructurizrPushResult(Options.WorkspaceId, branch, revision, archived, remoteArchive);
    }

    private string? Archive(string? branch, byte[] json, ArchiveDirection direction)
    {
        var path = _archive.Save(branch, json, direction);
        if (path is not null) ClientLog.Archived(_logger, direction == ArchiveDirection.Pushed ? "pushed" : "pulled", Options.WorkspaceId, path);
        return path;
    }

    private StructurizrRequest LockRequest(HttpMethod method, string verb)
        => new(method, $"/workspace/{Id}/lock", [new("user", Options.User), new("agent", Options.Agent)], method == HttpMethod.Put ? [] : null, $"{verb} workspace {Options.WorkspaceId}");

    private string Id => Options.WorkspaceId.ToString(CultureInfo.InvariantCulture);

    private string WorkspacePath(string? branch)
    {
        if (branch is null) return $"/workspace/{Id}";
        CheckBranch(branch);
        return $"/workspace/{Id}/branch/{branch}";
    }

    private static string BranchWords(string? branch) => branch is null ? string.Empty : $" (branch '{branch}')";

    private static void CheckBranch(string branch)
    {
        ArgumentNullException.ThrowIfNull(branch);
        if (!StructurizrClientOptions.BranchPattern().IsMatch(branch))
            throw new ArgumentException($"'{branch}' is not a valid branch name: use letters, digits, '.', '_' and '-', starting with a letter or digit.", nameof(branch));
    }

    private static void CheckJsonObject(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new ArgumentException($"The workspace JSON must be an object, not {document.RootElement.ValueKind}.", nameof(json));
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The workspace JSON is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}", nameof(json), e);
        }
    }

    private static Func<HttpClient> RequireClient(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        return () => httpClient;
    }

    private static Func<HttpClient> RequireFactory(IHttpClientFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return () => factory.CreateClient(HttpClientName);
    }
}
