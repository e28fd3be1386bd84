using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RadAi.Dsl;
using RadAi.Dsl.Client;

namespace RadAi.Dsl.Client;

/// <summary>
/// Pushes and pulls Structurizr workspaces: legacy servers (cloud, on-premises, Lite) with HMAC-signed requests, and the
/// 2026 Structurizr server with an API key. Retries transient failures, archives every workspace it sends or receives,
/// and never puts the API secret, or more of the API key than its first characters, in logs, messages or <see cref="ToString"/>.
/// </summary>
/// <remarks>
/// The client talks only to <see cref="StructurizrClientOptions.ApiUrl"/>: a redirect is an error
/// (<see cref="StructurizrRedirectException"/>), because following it would send the credentials and the workspace to
/// another address. Give it an <see cref="HttpClient"/> that does not follow redirects: <see cref="CreateHttpClient"/>,
/// or <see cref="StructurizrServiceCollectionExtensions.AddStructurizrHttpClient"/> for an <see cref="IHttpClientFactory"/>, or your own handler with
/// <c>AllowAutoRedirect = false</c>. A client that follows redirects (the default of <c>new HttpClient()</c>) is
/// detected only after the fact, when the request has already reached the other address; the client then fails with
/// <see cref="StructurizrRedirectException.Followed"/> set. Answers are read within limits
/// (<see cref="StructurizrClientOptions.MaxWorkspaceBytes"/>) and checked: a success that is not what the API sends is
/// a <see cref="StructurizrInvalidResponseException"/>.
/// </remarks>
/// <example>
/// <code>
/// var options = StructurizrClientOptions.FromEnvironment();
/// using var http = StructurizrClient.CreateHttpClient();
/// var client = new StructurizrClient(options, http, logger);
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

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/> (not disposed by the client). It must not
    /// follow redirects: use <see cref="CreateHttpClient"/> or a handler with <c>AllowAutoRedirect = false</c>.
    /// </summary>
    /// <param name="options">Server, workspace, credentials, retries and archive. Retry and timeout settings are read now.</param>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="logger">Where to log (nothing when null).</param>
    /// <param name="timeProvider">The clock for nonces, timestamps and retry delays (the system clock when null).</param>
    public StructurizrClient(StructurizrClientOptions options, HttpClient httpClient, ILogger? logger = null, TimeProvider? timeProvider = null)
        : this(options, RequireClient(httpClient), logger, timeProvider, 0) { }

    /// <summary>
    /// Creates a client that takes the named client <see cref="HttpClientName"/> from <paramref name="httpClientFactory"/>
    /// for each request. Register it with <see cref="StructurizrServiceCollectionExtensions.AddStructurizrHttpClient"/>, so that it does not follow redirects.
    /// </summary>
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

    /// <summary>
    /// Creates an <see cref="HttpClient"/> for this client: it does not follow redirects, and has no overall timeout
    /// (<see cref="StructurizrClientOptions.RequestTimeout"/> limits each attempt). The caller disposes it.
    /// </summary>
    /// <example><code>using var http = StructurizrClient.CreateHttpClient();</code></example>
    public static HttpClient CreateHttpClient() => new(CreateHttpMessageHandler()) { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>Whether Structurizr servers take <paramref name="branch"/> as a branch name: a letter or digit, then letters, digits, '.', '_' or '-' (ASCII).</summary>
    /// <param name="branch">The branch name.</param>
    public static bool IsValidBranchName(string? branch) => BranchName.IsValid(branch);

    /// <summary>Downloads the workspace JSON as the server stores it, archives it, and checks that it is a workspace.</summary>
    /// <param name="branch">A branch (2026 server), or null for the main branch.</param>
    /// <param name="cancellationToken">Cancels the download and any retry wait.</param>
    /// <exception cref="StructurizrApiException">The server refused or failed (see the subclasses).</exception>
    /// <exception cref="StructurizrInvalidResponseException">The answer is not a workspace (the archived copy is named).</exception>
    /// <exception cref="StructurizrConfigurationException">The archive folder cannot be written.</exception>
    /// <exception cref="ArgumentException">The branch name is not one the servers take (<see cref="IsValidBranchName"/>).</exception>
    public async Task<string> GetWorkspaceJsonAsync(string? branch = null, CancellationToken cancellationToken = default)
        => Encoding.UTF8.GetString((await PullAsync(branch, PullWords(branch), cancellationToken).ConfigureAwait(false)).Json);

    /// <summary>Downloads the workspace, archives the JSON as received, and reads it.</summary>
    /// <param name="branch">A branch (2026 server), or null for the main branch.</param>
    /// <param name="cancellationToken">Cancels the download and any retry wait.</param>
    /// <exception cref="StructurizrApiException">The server refused or failed (see the subclasses).</exception>
    /// <exception cref="StructurizrInvalidResponseException">The answer cannot be read as a workspace (the archived copy is named).</exception>
    /// <exception cref="StructurizrConfigurationException">The archive folder cannot be written.</exception>
    /// <exception cref="ArgumentException">The branch name is not one the servers take (<see cref="IsValidBranchName"/>).</exception>
    /// <example><code>Workspace workspace = await client.GetWorkspaceAsync();</code></example>
    public async Task<Workspace> GetWorkspaceAsync(string? branch = null, CancellationToken cancellationToken = default)
        => (await PullAsync(branch, PullWords(branch), cancellationToken).ConfigureAwait(false)).Workspace;

    /// <summary>
    /// Downloads the workspace into a local file: archives what was received, checks that it is a workspace, archives
    /// the local file it replaces (when it differs), then writes the new one in one step (a temporary file in the same
    /// folder, renamed over the old one). A failed pull leaves the local file as it was.
    /// </summary>
    /// <param name="path">The local file, e.g. <c>architecture/workspace.json</c>; its folder is created when missing.</param>
    /// <param name="branch">A branch (2026 server), or null for the main branch.</param>
    /// <param name="cancellationToken">Cancels the download and any retry wait.</param>
    /// <exception cref="StructurizrApiException">The server refused or failed (see the subclasses).</exception>
    /// <exception cref="StructurizrInvalidResponseException">The answer is not a workspace; the local file is unchanged.</exception>
    /// <exception cref="StructurizrConfigurationException">The archive folder cannot be written; the local file is unchanged.</exception>
    /// <exception cref="IOException">The local file or its folder cannot be written (the message names it); the local file is unchanged.</exception>
    /// <exception cref="ArgumentException">The branch name is not one the servers take (<see cref="IsValidBranchName"/>).</exception>
    /// <example><code>var pulled = await client.PullWorkspaceToFileAsync("architecture/workspace.json"); // pulled.ReplacedArchivedTo</code></example>
    public async Task<StructurizrPullResult> PullWorkspaceToFileAsync(string path, string? branch = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var target = Path.GetFullPath(path);
        var (json, archived, _) = await PullAsync(branch, PullWords(branch), cancellationToken).ConfigureAwait(false);
        string? replaced = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (File.Exists(target))
            {
                var previous = await File.ReadAllBytesAsync(target, cancellationToken).ConfigureAwait(false);
                // the archive already holds the pulled bytes; an identical local file adds nothing
                if (!previous.AsSpan().SequenceEqual(json)) replaced = Archive(branch, previous, ArchiveDirection.Replaced);
            }
            AtomicFile.Write(target, json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Pulled workspace {Options.WorkspaceId}{BranchWords(branch)}, but could not write it to '{target}': {FileSystemWords.WhyNotWritten(Path.GetDirectoryName(target)!, e)}.", e);
        }
        return new StructurizrPullResult(Options.WorkspaceId, branch, target, archived, replaced);
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
    /// <exception cref="StructurizrInvalidResponseException">The server's answer is not the API's <c>{"success":true}</c>: the push is not counted as done.</exception>
    /// <exception cref="StructurizrConfigurationException">The archive folder cannot be written; nothing was sent.</exception>
    /// <exception cref="ArgumentException">The branch name is not one the servers take (<see cref="IsValidBranchName"/>).</exception>
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
    /// <exception cref="ArgumentException">The text is not a JSON object, or the branch name is not one the servers take.</exception>
    /// <exception cref="StructurizrApiException">The server refused or failed (see the subclasses).</exception>
    /// <exception cref="StructurizrInvalidResponseException">The server's answer is not the API's <c>{"success":true}</c>.</exception>
    /// <exception cref="StructurizrConfigurationException">The archive folder cannot be written; nothing was sent.</exception>
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
        _transport.RequireSuccess(request, response);
        ClientLog.Locked(_logger, Options.WorkspaceId, Options.User, Options.Agent);
    }

    /// <summary>Releases the lock held by <see cref="StructurizrClientOptions.User"/> and <see cref="StructurizrClientOptions.Agent"/>.</summary>
    /// <exception cref="StructurizrApiException">The server did not unlock it (e.g. someone else holds the lock).</exception>
    public async Task UnlockWorkspaceAsync(CancellationToken cancellationToken = default)
    {
        var request = LockRequest(HttpMethod.Delete, "unlock");
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        _transport.RequireSuccess(request, response);
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
        throw _transport.Logged(request, new StructurizrInvalidResponseException($"Could not list the branches of workspace {Options.WorkspaceId}: the answer{StructurizrTransport.MediaTypeWords(response)} has no \"branches\" list. Is {Options.ApiUrl} a 2026 Structurizr server with branches enabled?", response.StatusCode, null));
    }

    /// <summary>Deletes a branch (2026 server). The main branch cannot be deleted.</summary>
    public async Task DeleteBranchAsync(string branch, CancellationToken cancellationToken = default)
    {
        CheckBranch(branch);
        var request = new StructurizrRequest(HttpMethod.Delete, WorkspacePath(branch), [], null, $"delete branch '{branch}' of workspace {Options.WorkspaceId}");
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        _transport.RequireSuccess(request, response);
    }

    /// <inheritdoc />
    public override string ToString() => "StructurizrClient for " + Options;

    /// <summary>
    /// Downloads, archives as received, then reads the workspace; an answer that is not one is an error naming the
    /// archived copy. <paramref name="description"/> is what errors say could not be done ("Could not …").
    /// </summary>
    private async Task<(byte[] Json, string? ArchivedTo, Workspace Workspace)> PullAsync(string? branch, string description, CancellationToken cancellationToken)
    {
        var request = new StructurizrRequest(HttpMethod.Get, WorkspacePath(branch), [], null, description, ReturnsWorkspace: true);
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        ClientLog.Pulled(_logger, Options.WorkspaceId, BranchWords(branch), response.Body.Length);
        var archived = Archive(branch, response.Body, ArchiveDirection.Pulled);
        try
        {
            return (response.Body, archived, WorkspaceJson.Deserialize(response.Body));
        }
        catch (WorkspaceJsonException e)
        {
            // a server that reports its failure with a 200 and {"success":false}
            if (_transport.CheckSuccess(request, response) is { } failure) throw failure;
            var copy = archived is null ? string.Empty : $" The answer as received is at '{archived}'.";
            throw _transport.Logged(request, new StructurizrInvalidResponseException(
                $"Could not {request.Description}: the server at {Options.ApiUrl} answered HTTP {(int)response.StatusCode}{StructurizrTransport.MediaTypeWords(response)}, but the answer is not a workspace: {e.Message}{copy} Check that the URL is the API base (for on-premises, Lite and the 2026 server it ends in /api) and that no proxy or login page answers in its place.",
                response.StatusCode, archived, e));
        }
    }

    private async Task<string?> MergeLayoutFromRemoteAsync(Workspace workspace, string? branch, CancellationToken cancellationToken)
    {
        try
        {
            // a failure here fails the push, so its message says push: the user asked for no pull
            var (_, archived, remote) = await PullAsync(branch, $"push workspace {Options.WorkspaceId}{BranchWords(branch)} (reading the server's copy first, to keep its layout)", cancellationToken).ConfigureAwait(false);
            var summary = WorkspaceLayoutMerge.CopyLayout(workspace, remote);
            ClientLog.LayoutMerged(_logger, Options.WorkspaceId, summary.ToString());
            return archived;
        }
        catch (StructurizrWorkspaceNotFoundException) when (branch is not null)
        {
            return null; // a new branch: nothing to merge from
        }
        catch (StructurizrInvalidResponseException e)
        {
            // The server's copy is archived, so nothing is lost by pushing without its layout; the push's own answer is checked.
            ClientLog.LayoutNotMerged(_logger, Options.WorkspaceId, e.Message, e.ArchivedTo ?? "(archiving is off)");
            return e.ArchivedTo;
        }
    }

    private async Task<StructurizrPushResult> PutWorkspaceBytesAsync(byte[] json, string? branch, string? remoteArchive, CancellationToken cancellationToken)
    {
        CheckJsonObject(json);
        var path = WorkspacePath(branch);
        // Archive first: whatever happens to the request, the workspace is on disk.
        var archived = Archive(branch, json, ArchiveDirection.Pushed);
        var request = new StructurizrRequest(HttpMethod.Put, path, [], json, $"push workspace {Options.WorkspaceId}{BranchWords(branch)}");
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var revision = _transport.RequireSuccess(request, response).Revision;
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

    private string PullWords(string? branch) => $"pull workspace {Options.WorkspaceId}{BranchWords(branch)}";

    private static string BranchWords(string? branch) => branch is null ? string.Empty : $" (branch '{branch}')";

    private static void CheckBranch(string branch)
    {
        ArgumentNullException.ThrowIfNull(branch);
        if (!BranchName.IsValid(branch))
            throw new ArgumentException($"'{branch}' is not a valid branch name: {BranchName.Rule}.", nameof(branch));
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
            throw new ArgumentException(JsonSyntaxError.Describe(e, json), nameof(json), e);
        }
    }

    internal static HttpMessageHandler CreateHttpMessageHandler() => new HttpClientHandler { AllowAutoRedirect = false };

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
