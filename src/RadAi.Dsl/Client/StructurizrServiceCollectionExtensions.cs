using Microsoft.Extensions.DependencyInjection;

namespace RadAi.Dsl.Client;

/// <summary>Registers what <see cref="StructurizrClient"/> takes from an <see cref="IHttpClientFactory"/>.</summary>
public static class StructurizrServiceCollectionExtensions
{
    /// <summary>
    /// Registers the named HTTP client <see cref="StructurizrClient.HttpClientName"/>: it does not follow redirects (so
    /// the credentials and the workspace go only to the configured server) and has no overall timeout
    /// (<see cref="StructurizrClientOptions.RequestTimeout"/> limits each attempt). Configure it further (proxy, headers)
    /// through the returned builder, but keep redirects off.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <example><code>services.AddStructurizrHttpClient(); // then new StructurizrClient(options, httpClientFactory)</code></example>
    public static IHttpClientBuilder AddStructurizrHttpClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddHttpClient(StructurizrClient.HttpClientName, static http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(StructurizrClient.CreateHttpMessageHandler);
    }
}
