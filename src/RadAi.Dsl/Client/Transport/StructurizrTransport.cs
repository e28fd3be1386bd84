using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using RadAi.Dsl.Client;

namespace RadAi.Dsl.Client;

/// <summary>
/// Sends signed requests with retries (Polly): exponential backoff with jitter on 429 (honouring Retry-After), 5xx,
/// timeouts and dropped connections; every attempt gets a fresh nonce and signature. Maps failures to clear exceptions.
/// </summary>
internal sealed class StructurizrTransport
{
    private static readonly ResiliencePropertyKey<long> StartedAt = new("radai.structurizr.started");
    private static readonly ResiliencePropertyKey<string> Description = new("radai.structurizr.description");

    private readonly StructurizrClientOptions _options;
    private readonly Func<HttpClient> _httpClient;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly NonceSource _nonces;
    private readonly HmacRequestSigner? _signer;
    private readonly ResiliencePipeline<TransportResponse> _pipeline;

    public StructurizrTransport(StructurizrClientOptions options, Func<HttpClient> httpClient, TimeProvider time, ILogger logger)
    {
        _options = options;
        _httpClient = httpClient;
        _time = time;
        _logger = logger;
        _nonces = new NonceSource(time);
        _signer = options.ApiSecret is { } secret ? new HmacRequestSigner(options.ApiKey, secret) : null;
        _pipeline = BuildPipeline();
    }

    /// <summary>The path as the server sees it and signs it: API base path + path + unescaped query.</summary>
    public string SignedPath(StructurizrRequest request)
        => BasePath + request.Path + (request.Query.Count == 0 ? string.Empty : "?" + string.Join('&', request.Query.Select(p => p.Key + "=" + p.Value)));

    /// <summary>The URL sent: as <see cref="SignedPath"/>, with only what a URL cannot carry escaped.</summary>
    public Uri WireUri(StructurizrRequest request)
    {
        var query = request.Query.Count == 0 ? string.Empty : "?" + string.Join('&', request.Query.Select(p => p.Key + "=" + EscapeQueryValue(p.Value)));
        return new Uri(_options.ApiUrl.GetLeftPart(UriPartial.Authority) + BasePath + request.Path + query, UriKind.Absolute);
    }

    private string BasePath => _options.ApiUrl.AbsolutePath.TrimEnd('/');

    /// <summary>Builds the HTTP message of one attempt: fresh nonce, signature, exact Content-Type.</summary>
    public HttpRequestMessage CreateMessage(StructurizrRequest request)
    {
        var message = new HttpRequestMessage(request.Method, WireUri(request));
        if (!message.Headers.UserAgent.TryParseAdd(_options.Agent))
            message.Headers.TryAddWithoutValidation("User-Agent", _options.Agent);

        var contentType = request.IsJsonUpload ? HmacRequestSigner.JsonContentType : string.Empty;
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            // Sent verbatim: the server signs the header it receives, and .NET would otherwise write charset=utf-8.
            if (contentType.Length > 0) message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (_signer is null)
        {
            message.Headers.TryAddWithoutValidation("X-Authorization", _options.ApiKey);
            return message;
        }

        var nonce = _nonces.Next().ToString(CultureInfo.InvariantCulture);
        var signed = _signer.Sign(request.Method.Method, SignedPath(request), request.Body ?? [], contentType, nonce);
        message.Headers.TryAddWithoutValidation("X-Authorization", signed.XAuthorization);
        message.Headers.TryAddWithoutValidation("Nonce", signed.Nonce);
        if (message.Content is not null) message.Content.Headers.TryAddWithoutValidation("Content-MD5", signed.ContentMd5Header);
        return message;
    }

    /// <summary>
    /// Sends the request (with retries) and returns a 2xx answer, or throws a <see cref="StructurizrApiException"/>.
    /// A redirect is refused, not followed; the body is read within its limit.
    /// </summary>
    public async Task<TransportResponse> SendAsync(StructurizrRequest request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StartedAt, _time.GetTimestamp());
        context.Properties.Set(Description, request.Description);
        var attempts = new StrongBox<int>();
        try
        {
            var response = await _pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    state.attempts.Value++;
                    return await state.self.AttemptAsync(state.request, state.attempts.Value, ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                (self: this, request, attempts)).ConfigureAwait(false);

            if (IsTransient(response.StatusCode))
                throw Unavailable(request, response.StatusCode, ApiResponse.Parse(response.Body).Message, attempts.Value, null);
            if ((int)response.StatusCode is < 200 or > 299)
                throw MapFailure(request, response.StatusCode, ApiResponse.Parse(response.Body));
            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (StructurizrApiException e)
        {
            throw Logged(request, e);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or OperationCanceledException or IOException)
        {
            throw Logged(request, Unavailable(request, null, null, attempts.Value, e));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Returns the answer's <c>{"success":true,…}</c>; otherwise throws the matching exception.</summary>
    public ApiResponse RequireSuccess(StructurizrRequest request, TransportResponse response)
    {
        var api = ApiResponse.Parse(response.Body);
        if (api.Success == true) return api;
        if (api.Success == false) throw Logged(request, MapFailure(request, response.StatusCode, api));
        throw Logged(request, new StructurizrInvalidResponseException(
            $"Could not {request.Description}: the server at {_options.ApiUrl} answered HTTP {(int)response.StatusCode}{MediaTypeWords(response)}, but not with the Structurizr API's {{\"success\":true}}, so it is not counted as done. Check that the URL is the API base (for on-premises, Lite and the 2026 server it ends in /api) and that no proxy or login page answers in its place.",
            response.StatusCode, null));
    }

    /// <summary>Turns a 2xx answer with <c>"success":false</c> into the matching exception.</summary>
    public StructurizrApiException? CheckSuccess(StructurizrRequest request, TransportResponse response)
    {
        var api = ApiResponse.Parse(response.Body);
        return api.Success == false ? Logged(request, MapFailure(request, response.StatusCode, api)) : null;
    }

    /// <summary>Writes an exception the client raises after the transport (e.g. an unreadable answer) to the log, and returns it.</summary>
    public StructurizrApiException Logged(StructurizrRequest request, StructurizrApiException exception)
    {
        ClientLog.Failed(_logger, request.Description, exception.Message);
        return exception;
    }

    /// <summary>" (text/html)" when the server named a media type, for messages about answers that are not what was expected.</summary>
    public static string MediaTypeWords(TransportResponse response) => response.MediaType is { Length: > 0 } type ? $" ({type})" : string.Empty;

    private async Task<TransportResponse> AttemptAsync(StructurizrRequest request, int attempt, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(request);
        var sentTo = message.RequestUri!;
        ClientLog.Sending(_logger, request.Method.Method, sentTo.AbsolutePath, request.Description, attempt, _options.AuthenticationMode);
        // Headers only: the body is read below within its limit, not buffered whole by HttpClient.
        using var response = await _httpClient().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        RefuseRedirect(request, sentTo, response);

        var success = response.IsSuccessStatusCode;
        var limit = !success ? ResponseBody.ErrorLimit : request.ReturnsWorkspace ? _options.MaxWorkspaceBytes : ResponseBody.ApiAnswerLimit;
        var (body, complete) = await ResponseBody.ReadAsync(response.Content, limit, keepStart: !success, cancellationToken).ConfigureAwait(false);
        if (success && !complete)
        {
            var setting = request.ReturnsWorkspace ? $" ({nameof(StructurizrClientOptions)}.{nameof(StructurizrClientOptions.MaxWorkspaceBytes)}; raise it if the workspace really is that large)" : string.Empty;
            throw new StructurizrResponseTooLargeException(
                $"Could not {request.Description}: the answer from {_options.ApiUrl} is larger than {Size(limit)}{setting}. The client stopped reading at the limit.",
                response.StatusCode, limit);
        }
        return new TransportResponse(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter);
    }

    /// <summary>
    /// A redirect would carry X-Authorization (the whole credential in API-key mode) and the workspace to another
    /// address, so it is an error. A supplied HttpClient that follows redirects is caught after the fact.
    /// </summary>
    private void RefuseRedirect(StructurizrRequest request, Uri sentTo, HttpResponseMessage response)
    {
        if (response.RequestMessage?.RequestUri is { } answeredFrom && !answeredFrom.Equals(sentTo))
        {
            throw new StructurizrRedirectException(
                $"Could not {request.Description}: the server at {_options.ApiUrl} redirected the request to {answeredFrom.AbsoluteUri}, and the HTTP client followed the redirect, so the request and its credentials reached that address. Give {nameof(StructurizrClient)} an HttpClient that does not follow redirects ({nameof(StructurizrClient)}.{nameof(StructurizrClient.CreateHttpClient)}(), or a handler with AllowAutoRedirect = false), and replace the API key if that address is not yours.",
                response.StatusCode, answeredFrom, followed: true);
        }
        var code = (int)response.StatusCode;
        if (code is < 300 or > 399) return;
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l : new Uri(sentTo, l)) : null;
        var where = location is null ? "no valid Location" : location.AbsoluteUri;
        throw new StructurizrRedirectException(
            $"Could not {request.Description}: the server at {_options.ApiUrl} answered HTTP {code}, a redirect to {where}. Redirects are not followed, so that the credentials and the workspace go only to the configured URL; if the server has moved, set {StructurizrClientOptions.UrlVariable} (the API URL) to its new address.",
            response.StatusCode, location, followed: false);
    }

    private static string Size(int bytes) => bytes % (1024 * 1024) == 0
        ? (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MiB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";

    private StructurizrApiException MapFailure(StructurizrRequest request, HttpStatusCode status, ApiResponse api)
    {
        var server = api.Message is null ? string.Empty : $" The server said: \"{api.Message}\"";
        var code = (int)status;
        if (status == HttpStatusCode.Unauthorized)
        {
            var mode = _options.AuthenticationMode;
            var hint = mode == StructurizrAuthenticationMode.Hmac
                ? $"HMAC mode was used (API key {ApiKeyFingerprint.Of(_options.ApiKey)} and an API secret, signed with a nonce): check {StructurizrClientOptions.ApiKeyVariable} and {StructurizrClientOptions.ApiSecretVariable}, and that the machine's clock is right; a 2026 Structurizr server wants the API key alone (leave {StructurizrClientOptions.ApiSecretVariable} unset)."
                : $"API-key mode was used (the key {ApiKeyFingerprint.Of(_options.ApiKey)} alone, because no API secret was given): check {StructurizrClientOptions.ApiKeyVariable}; the cloud service, on-premises installations and Lite also need {StructurizrClientOptions.ApiSecretVariable}.";
            return new StructurizrAuthenticationException($"Could not {request.Description} at {_options.ApiUrl}: HTTP 401, the server rejected the credentials. {hint}{server}", mode, api.Message);
        }
        if (status == HttpStatusCode.NotFound || (status == HttpStatusCode.BadRequest && api.Message == "404"))
            return new StructurizrWorkspaceNotFoundException($"Could not {request.Description}: the server at {_options.ApiUrl} has no such workspace or branch (HTTP {code}). Check {StructurizrClientOptions.WorkspaceIdVariable}, and that the URL is the API base (for on-premises, Lite and the 2026 server it ends in /api).{server}", status, api.Message);
        var namesLockHolder = LockMessage.TryParse(api.Message, out var user, out var agent);
        if (status == HttpStatusCode.Conflict || namesLockHolder)
        {
            var who = user is null ? "someone else" : user + (agent is null ? string.Empty : " using " + agent);
            return new StructurizrWorkspaceLockedException($"Could not {request.Description}: the workspace is locked by {who}. Ask them to unlock it (or unlock it on the server), then try again.{server}", status, api.Message, user, agent);
        }
        return new StructurizrApiException($"Could not {request.Description}: the server at {_options.ApiUrl} answered HTTP {code}{(api.Success == false && code < 300 ? " with success=false" : string.Empty)}.{server}", status, api.Message);
    }

    private StructurizrServerUnavailableException Unavailable(StructurizrRequest request, HttpStatusCode? status, string? serverMessage, int attempts, Exception? inner)
    {
        var what = status is { } s ? $"HTTP {(int)s}" : ConnectionFailure.Describe(inner, _options.ApiUrl, _options.RequestTimeout);
        var server = serverMessage is null ? string.Empty : $" The server said: \"{serverMessage}\"";
        return new StructurizrServerUnavailableException($"Could not {request.Description} at {_options.ApiUrl} after {attempts} attempt{(attempts == 1 ? string.Empty : "s")}: {what}. Nothing was lost: try again later.{server}", status, serverMessage, attempts, inner);
    }

    private static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private ResiliencePipeline<TransportResponse> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<TransportResponse> { TimeProvider = _time };
        if (_options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<TransportResponse>
            {
                MaxRetryAttempts = _options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = _options.RetryJitter,
                Delay = _options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, args.AttemptNumber)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome)),
                OnRetry = args =>
                {
                    ClientLog.Retrying(_logger, args.Context.Properties.GetValue(Description, "request"), args.AttemptNumber + 1, Reason(args.Outcome), args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }
        if (_options.RequestTimeout != Timeout.InfiniteTimeSpan)
            builder.AddTimeout(_options.RequestTimeout);
        return builder.Build();
    }

    private bool ShouldRetry(Outcome<TransportResponse> outcome, ResilienceContext context, int attemptNumber)
    {
        var transient = outcome.Exception switch
        {
            null => IsTransient(outcome.Result!.StatusCode),
            OperationCanceledException when context.CancellationToken.IsCancellationRequested => false,
            // a certificate problem will not go away by waiting
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => false,
            HttpRequestException or TimeoutRejectedException or OperationCanceledException or IOException => true,
            _ => false,
        };
        if (!transient) return false;
        // The retry budget: no retry may start later than MaxRetryDuration after the first attempt.
        var elapsed = _time.GetElapsedTime(context.Properties.GetValue(StartedAt, _time.GetTimestamp()));
        var nextDelay = RetryAfter(outcome) ?? _options.RetryBaseDelay * Math.Pow(2, attemptNumber);
        return elapsed + nextDelay <= _options.MaxRetryDuration;
    }

    private TimeSpan? RetryAfter(Outcome<TransportResponse> outcome)
    {
        var header = outcome.Result?.RetryAfter;
        if (header is null) return null;
        if (header.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    private static string Reason(Outcome<TransportResponse> outcome) => outcome.Exception switch
    {
        null => "HTTP " + (int)outcome.Result!.StatusCode,
        TimeoutRejectedException => "timed out",
        var e => e.GetType().Name,
    };

    private static string EscapeQueryValue(string value)
    {
        // Escape what a query cannot carry, but keep '@', '/' and ':' as the Java client sends them.
        var escaped = new StringBuilder(Uri.EscapeDataString(value));
        return escaped.Replace("%40", "@").Replace("%2F", "/").Replace("%3A", ":").ToString();
    }

    private sealed class StrongBox<T>
    {
        public T Value = default!;
    }
}
