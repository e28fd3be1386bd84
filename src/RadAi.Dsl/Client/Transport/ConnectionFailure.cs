using System.Globalization;
using System.Net.Http;

namespace RadAi.Dsl.Client;

/// <summary>
/// Why a request got no answer, in words: a timeout in seconds ("no answer within 30 seconds", never "00:00:30"),
/// and what HttpClient's exceptions mean for the person running the command, from their
/// <see cref="HttpRequestException.HttpRequestError"/> rather than their messages ("see inner exception").
/// </summary>
internal static class ConnectionFailure
{
    /// <summary>What went wrong reaching <paramref name="apiUrl"/>; <paramref name="timeout"/> is the per-attempt limit that ran out, if that was it.</summary>
    public static string Describe(Exception? failure, Uri apiUrl, TimeSpan timeout) => failure switch
    {
        Polly.Timeout.TimeoutRejectedException => "no answer within " + Seconds(timeout),
        OperationCanceledException => "the HTTP client's own time limit ran out",
        HttpRequestException e => Describe(e, apiUrl),
        IOException => "the connection was dropped while the answer was being read",
        null => "the connection failed",
        _ => "the connection failed: " + failure.Message,
    };

    /// <summary>What an <see cref="HttpRequestException"/> means, naming the host and port tried when known.</summary>
    public static string Describe(HttpRequestException e, Uri? apiUrl)
    {
        var server = apiUrl is null ? "the server" : apiUrl.IsDefaultPort ? apiUrl.Host : $"{apiUrl.Host}:{apiUrl.Port.ToString(CultureInfo.InvariantCulture)}";
        return e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"the host name {apiUrl?.Host ?? "of the server"} could not be found (check the URL and the network's DNS)",
            HttpRequestError.ConnectionError => $"could not connect to {server} (nothing listens there, the connection was refused, or a firewall is in the way)",
            HttpRequestError.SecureConnectionError => $"the secure (TLS) connection to {server} could not be set up (check the server's certificate and that the URL names its host)",
            HttpRequestError.ProxyTunnelError => $"the proxy refused to connect to {server}",
            HttpRequestError.ResponseEnded => $"{server} closed the connection before it answered",
            HttpRequestError.HttpProtocolError or HttpRequestError.InvalidResponse => $"the answer from {server} is not valid HTTP",
            // a reset connection: the runtime's words ("Unable to read data from the transport connection") say no more
            _ when e.InnerException is IOException => $"the connection to {server} was dropped before the answer came",
            _ => $"the connection to {server} failed" + (e.InnerException is { } inner ? $" ({inner.Message.TrimEnd('.')})" : string.Empty),
        };
    }

    /// <summary>"30 seconds", "1 second", "0.25 seconds".</summary>
    public static string Seconds(TimeSpan duration)
        => duration == TimeSpan.FromSeconds(1) ? "1 second" : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.###} seconds");
}
