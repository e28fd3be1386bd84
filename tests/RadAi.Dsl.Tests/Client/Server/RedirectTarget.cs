using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RadAi.Dsl.Tests.Client.Server;

/// <summary>
/// A second server, on another loopback address (127.0.0.2), that a hostile Structurizr server redirects to. It records
/// every request that reaches it (with its headers, where credentials would show) and answers as a server would, so
/// a client that follows the redirect finishes instead of hanging.
/// </summary>
public sealed class RedirectTarget : IAsyncDisposable
{
    public sealed record Received(string Method, string Target, string Headers);

    private readonly WebApplication _app;

    private RedirectTarget(WebApplication app) => _app = app;

    public static async Task<RedirectTarget> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Parse("127.0.0.2"), 0));
        var app = builder.Build();
        var target = new RedirectTarget(app);
        app.Run(async context =>
        {
            var headers = string.Join("; ", context.Request.Headers.Select(h => h.Key + ": " + h.Value));
            target.Requests.Enqueue(new Received(context.Request.Method, context.Request.Path + context.Request.QueryString, headers));
            context.Response.ContentType = "application/json; charset=UTF-8";
            await context.Response.WriteAsync("{\"success\":true,\"message\":\"OK\"}");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        target.BaseUrl = address.TrimEnd('/');
        return target;
    }

    /// <summary>e.g. http://127.0.0.2:41234</summary>
    public string BaseUrl { get; private set; } = null!;

    /// <summary>Every request that reached this server: none, when the client refuses redirects.</summary>
    public ConcurrentQueue<Received> Requests { get; } = new();

    public string Describe() => string.Join("\n", Requests.Select(r => $"{r.Method} {r.Target} [{r.Headers}]"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
