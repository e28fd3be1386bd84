using System.Globalization;

namespace RadAi.Dsl.Client;

/// <summary>
/// Where and how <see cref="StructurizrClient"/> talks to a Structurizr server: the API URL, the workspace id,
/// the credentials, retries and the local archive.
/// </summary>
/// <remarks>
/// The API secret is kept out of <see cref="ToString"/>, logs and exception messages.
/// </remarks>
/// <example>
/// <code>
/// // cloud service (API key and secret: HMAC mode)
/// var cloud = new StructurizrClientOptions(new Uri("https://api.structurizr.com"), 1234, key, secret);
/// // on-premises or Lite: the URL ends in /api
/// var onPremises = new StructurizrClientOptions(new Uri("https://structurizr.example.com/api"), 1, key, secret);
/// // the 2026 Structurizr server: no secret, API-key mode
/// var server = new StructurizrClientOptions(new Uri("https://structurizr.example.com/api"), 1, key);
/// // or from STRUCTURIZR_URL, STRUCTURIZR_WORKSPACE_ID, STRUCTURIZR_API_KEY and STRUCTURIZR_API_SECRET
/// var fromEnvironment = StructurizrClientOptions.FromEnvironment();
/// </code>
/// </example>
public sealed class StructurizrClientOptions
{
    /// <summary>The environment variable holding the API URL.</summary>
    public const string UrlVariable = "STRUCTURIZR_URL";
    /// <summary>The environment variable holding the workspace id.</summary>
    public const string WorkspaceIdVariable = "STRUCTURIZR_WORKSPACE_ID";
    /// <summary>The environment variable holding the API key.</summary>
    public const string ApiKeyVariable = "STRUCTURIZR_API_KEY";
    /// <summary>The environment variable holding the API secret (leave it unset for the 2026 server's API-key mode).</summary>
    public const string ApiSecretVariable = "STRUCTURIZR_API_SECRET";

    /// <summary>The default folder for archived workspaces, relative to the working directory.</summary>
    public const string DefaultArchiveDirectory = ".structurizr/archive";

    /// <summary>The default <see cref="MaxWorkspaceBytes"/>: 256 MiB.</summary>
    public const int DefaultMaxWorkspaceBytes = 256 * 1024 * 1024;

    // the largest byte array .NET allocates (Array.MaxLength)
    private const int MaxArrayLength = 0x7FFFFFC7;

    private readonly string? _apiSecret;
    private int _maxRetryAttempts = 4;
    private TimeSpan _maxRetryDuration = TimeSpan.FromSeconds(60);
    private TimeSpan _retryBaseDelay = TimeSpan.FromSeconds(1);
    private TimeSpan _requestTimeout = TimeSpan.FromSeconds(30);
    private string _agent = DefaultAgent();
    private string _user = Environment.UserName;
    private string _archiveDirectory = DefaultArchiveDirectory;
    private int _maxWorkspaceBytes = DefaultMaxWorkspaceBytes;

    /// <summary>Creates options for one workspace.</summary>
    /// <param name="apiUrl">
    /// The API base URL: <c>https://api.structurizr.com</c> for the cloud service, <c>https://host/api</c> for
    /// on-premises, Lite and the 2026 server. HTTPS is required, except for loopback addresses.
    /// </param>
    /// <param name="workspaceId">The workspace id (greater than 0).</param>
    /// <param name="apiKey">The workspace API key.</param>
    /// <param name="apiSecret">The API secret (HMAC mode), or null or empty for the 2026 server's API-key mode.</param>
    /// <exception cref="ArgumentException">The URL is not absolute, not HTTPS (and not loopback), has credentials or a query, the id is not positive or the key is empty.</exception>
    public StructurizrClientOptions(Uri apiUrl, long workspaceId, string apiKey, string? apiSecret = null)
    {
        ArgumentNullException.ThrowIfNull(apiUrl);
        ApiUrl = UrlProblem(apiUrl, out var checkedUrl) is { } problem ? throw new ArgumentException(problem, nameof(apiUrl)) : checkedUrl;
        if (workspaceId <= 0)
            throw new ArgumentOutOfRangeException(nameof(workspaceId), workspaceId, $"The workspace id must be greater than 0 (it is {workspaceId}); find it in the workspace's settings on the server.");
        WorkspaceId = workspaceId;
        if (string.IsNullOrWhiteSpace(apiKey))
            throw new ArgumentException("The API key is empty; copy it from the workspace's settings on the server.", nameof(apiKey));
        ApiKey = apiKey;
        _apiSecret = string.IsNullOrEmpty(apiSecret) ? null : apiSecret;
    }

    /// <summary>The API base URL (without a trailing slash).</summary>
    public Uri ApiUrl { get; }

    /// <summary>The workspace id.</summary>
    public long WorkspaceId { get; }

    /// <summary>
    /// The API key. In API-key mode it is the whole credential, so messages, logs and <see cref="ToString"/> show only
    /// its first characters and its length.
    /// </summary>
    public string ApiKey { get; }

    /// <summary>HMAC when a secret was given, otherwise API-key mode.</summary>
    public StructurizrAuthenticationMode AuthenticationMode => _apiSecret is null ? StructurizrAuthenticationMode.ApiKey : StructurizrAuthenticationMode.Hmac;

    internal string? ApiSecret => _apiSecret;

    /// <summary>The user recorded as <c>lastModifiedUser</c> and as the lock holder (default: the OS user name).</summary>
    public string User
    {
        get => _user;
        set => _user = RequireText(value, nameof(User));
    }

    /// <summary>The agent recorded as <c>lastModifiedAgent</c>, sent as <c>User-Agent</c> and as the lock agent (default <c>radai-dsl/VERSION</c>).</summary>
    public string Agent
    {
        get => _agent;
        set => _agent = RequireText(value, nameof(Agent));
    }

    /// <summary>Whether layout (positions, vertices) is copied from the server's copy before a push (default true), as structurizr-java does.</summary>
    public bool MergeLayoutFromRemote { get; set; } = true;

    /// <summary>Whether every pushed or pulled workspace is saved to <see cref="ArchiveDirectory"/> (default true).</summary>
    public bool ArchiveEnabled { get; set; } = true;

    /// <summary>The archive folder; a relative path is taken from the working directory at the time of the push or pull (default <c>.structurizr/archive</c>).</summary>
    public string ArchiveDirectory
    {
        get => _archiveDirectory;
        set => _archiveDirectory = RequireText(value, nameof(ArchiveDirectory));
    }

    /// <summary>How many times a failed request is retried (429, 5xx, timeouts, dropped connections); default 4, 0 turns retries off.</summary>
    public int MaxRetryAttempts
    {
        get => _maxRetryAttempts;
        set => _maxRetryAttempts = value is >= 0 and <= 100 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRetryAttempts), value, "Use 0 (no retries) to 100.");
    }

    /// <summary>No retry starts later than this after the first attempt (default 60 seconds); a Retry-After beyond it is not waited for.</summary>
    public TimeSpan MaxRetryDuration
    {
        get => _maxRetryDuration;
        set => _maxRetryDuration = RequirePositive(value, nameof(MaxRetryDuration));
    }

    /// <summary>The first backoff delay; it doubles with each retry, with jitter (default 1 second).</summary>
    public TimeSpan RetryBaseDelay
    {
        get => _retryBaseDelay;
        set => _retryBaseDelay = RequirePositive(value, nameof(RetryBaseDelay));
    }

    /// <summary>Whether backoff delays get jitter (always on for users; tests turn it off to assert exact delays).</summary>
    internal bool RetryJitter { get; set; } = true;

    /// <summary>How long one attempt may take before it counts as timed out and is retried (default 30 seconds; <see cref="Timeout.InfiniteTimeSpan"/> for none).</summary>
    public TimeSpan RequestTimeout
    {
        get => _requestTimeout;
        set => _requestTimeout = value == Timeout.InfiniteTimeSpan ? value : RequirePositive(value, nameof(RequestTimeout));
    }

    /// <summary>
    /// The largest workspace accepted from the server, in bytes (default <see cref="DefaultMaxWorkspaceBytes"/>, 256 MiB).
    /// A longer answer fails with <see cref="StructurizrResponseTooLargeException"/> as soon as it passes the limit, so
    /// a server that sends an endless body cannot fill the memory. The servers' other answers are refused beyond 1 MiB,
    /// and of an error answer only the first 4 KiB are read.
    /// </summary>
    public int MaxWorkspaceBytes
    {
        get => _maxWorkspaceBytes;
        set => _maxWorkspaceBytes = value is > 0 and <= MaxArrayLength ? value : throw new ArgumentOutOfRangeException(nameof(MaxWorkspaceBytes), value, $"Use 1 to {MaxArrayLength} bytes.");
    }

    /// <summary>
    /// Reads the options from <c>STRUCTURIZR_URL</c>, <c>STRUCTURIZR_WORKSPACE_ID</c>, <c>STRUCTURIZR_API_KEY</c> and
    /// (optional: without it the client uses API-key mode) <c>STRUCTURIZR_API_SECRET</c>.
    /// </summary>
    /// <exception cref="StructurizrConfigurationException">A variable is missing or invalid; the message names it.</exception>
    public static StructurizrClientOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Reads the options through <paramref name="getVariable"/> (for tests and other configuration sources).</summary>
    /// <exception cref="StructurizrConfigurationException">A variable is missing or invalid; the message names it.</exception>
    public static StructurizrClientOptions FromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var url = Required(getVariable, UrlVariable, "the API URL, e.g. https://api.structurizr.com or https://structurizr.example.com/api");
        var id = Required(getVariable, WorkspaceIdVariable, "the numeric workspace id");
        var key = Required(getVariable, ApiKeyVariable, "the workspace API key");
        var secret = getVariable(ApiSecretVariable);

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            throw new StructurizrConfigurationException(UrlVariable, $"{UrlVariable} is not an absolute URL; set it to e.g. https://api.structurizr.com or https://structurizr.example.com/api.");
        // checked here too, so that the message names the variable and not a constructor parameter
        if (UrlProblem(uri, out _) is { } problem)
            throw new StructurizrConfigurationException(UrlVariable, $"{UrlVariable}: {problem}");
        if (!long.TryParse(id.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var workspaceId) || workspaceId <= 0)
            throw new StructurizrConfigurationException(WorkspaceIdVariable, $"{WorkspaceIdVariable} must be a positive whole number (it is '{id}').");
        return new StructurizrClientOptions(uri, workspaceId, key.Trim(), string.IsNullOrWhiteSpace(secret) ? null : secret.Trim());
    }

    /// <summary>Describes the options for messages: URL, workspace, mode and the key's first characters and length, never the secret.</summary>
    public override string ToString()
        => $"Structurizr workspace {WorkspaceId} at {ApiUrl} ({AuthenticationMode} mode, API key {ApiKeyFingerprint.Of(ApiKey)}{(AuthenticationMode == StructurizrAuthenticationMode.Hmac ? ", API secret set" : string.Empty)})";

    private static string Required(Func<string, string?> getVariable, string name, string what)
    {
        var value = getVariable(name);
        if (string.IsNullOrWhiteSpace(value))
            throw new StructurizrConfigurationException(name, $"The environment variable {name} is not set; set it to {what}.");
        return value;
    }

    /// <summary>What is wrong with an API URL, or null (and the URL as the client uses it) when nothing is.</summary>
    private static string? UrlProblem(Uri url, out Uri checkedUrl)
    {
        checkedUrl = url;
        if (!url.IsAbsoluteUri)
            return $"The API URL '{url}' is not absolute; use e.g. https://api.structurizr.com or https://structurizr.example.com/api.";
        if (!string.IsNullOrEmpty(url.UserInfo))
            return "The API URL must not contain a user name or password; give the API key and secret separately.";
        var safe = url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
            return $"The API URL '{safe}' must not have a query or fragment.";
        var isHttps = url.Scheme == Uri.UriSchemeHttps;
        var isLoopbackHttp = url.Scheme == Uri.UriSchemeHttp && url.IsLoopback;
        if (!isHttps && !isLoopbackHttp)
            return $"The API URL '{safe}' must use https (plain http is allowed only for loopback addresses such as localhost or 127.0.0.1).";
        checkedUrl = new Uri(safe.TrimEnd('/'), UriKind.Absolute);
        return null;
    }

    private static string RequireText(string value, string name)
        => string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} must not be empty.", name) : value;

    private static TimeSpan RequirePositive(TimeSpan value, string name)
        => value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");

    private static string DefaultAgent() => "radai-dsl/" + LibraryInfo.Version;
}
