using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace RadAi.Dsl.Tests.Client.Server;

/// <summary>
/// A second server, on another loopback address (127.0.0.2), that a hostile Structurizr server redirects to. It records
/// every request that reaches it (with its headers, where credentials would show) and answers as a server would, so
/// a client that follows the redirect finishes instead of hanging.
/// </summary>
public sealed class RedirectTarget : IAsyncDisposable
{
    public sealed record Received(string Method, string Target, string Headers);

    private LoopbackHost _host = null!;

    public static async Task<RedirectTarget> StartAsync()
    {
        var target = new RedirectTarget();
        target._host = await LoopbackHost.StartAsync(IPAddress.Parse("127.0.0.2"), target.HandleAsync);
        return target;
    }

    /// <summary>e.g. http://127.0.0.2:41234</summary>
    public string BaseUrl => _host.BaseUrl;

    /// <summary>Every request that reached this server: none, when the client refuses redirects.</summary>
    public ConcurrentQueue<Received> Requests { get; } = new();

    public string Describe() => string.Join("\n", Requests.Select(r => $"{r.Method} {r.Target} [{r.Headers}]"));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var headers = string.Join("; ", context.Request.Headers.Select(h => h.Key + ": " + h.Value));
        Requests.Enqueue(new Received(context.Request.Method, context.Request.Path + context.Request.QueryString, headers));
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync("{\"success\":true,\"message\":\"OK\"}");
    }
}
