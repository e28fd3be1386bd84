using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client;

/// <summary>
/// A server that redirects (307) to another host must not receive the credentials or the workspace there: the client
/// does not follow redirects, and a redirect is an error that names where it pointed.
/// </summary>
public sealed class StructurizrRedirectTests
{
    public static TheoryData<FakeServerKind, bool> KindsAndDirections => new()
    {
        { FakeServerKind.LegacyHmac, true }, { FakeServerKind.LegacyHmac, false },
        { FakeServerKind.ApiKey, true }, { FakeServerKind.ApiKey, false },
    };

    [Theory, MemberData(nameof(KindsAndDirections))]
    public async Task A_redirect_to_another_host_is_refused_and_nothing_reaches_that_host(FakeServerKind kind, bool push)
    {
        await using var f = await ClientFixture.StartAsync(kind);
        await using var target = await RedirectTarget.StartAsync();
        var location = target.BaseUrl + "/api/workspace/1";
        for (var i = 0; i < 10; i++) f.Server.Faults.Enqueue(new ServerFault.Redirect(307, location));
        var client = f.Client(f.Options(secret: kind == FakeServerKind.LegacyHmac ? ClientFixture.Secret : null));

        var e = await Assert.ThrowsAsync<StructurizrRedirectException>(() => push ? client.PutWorkspaceAsync(ClientFixture.SampleWorkspace()) : client.GetWorkspaceJsonAsync());

        Assert.True(target.Requests.IsEmpty, "reached the redirect target:\n" + target.Describe());
        Assert.Contains(location, e.Message, StringComparison.Ordinal);
        Assert.Equal(new Uri(location), e.Location);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, e.StatusCode);
        Assert.False(e.Followed);
        Assert.Single(f.Server.Requests); // not retried
    }

    [Fact]
    public async Task A_relative_redirect_is_named_as_an_absolute_address()
    {
        await using var f = await ClientFixture.StartAsync();
        f.Server.Faults.Enqueue(new ServerFault.Redirect(302, "/login?next=/api"));

        var e = await Assert.ThrowsAsync<StructurizrRedirectException>(() => f.Client().GetWorkspaceJsonAsync());

        Assert.Equal(new Uri(f.Server.ApiUrl, "/login?next=/api"), e.Location);
        Assert.Contains(e.Location!.AbsoluteUri, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registered_factory_client_does_not_follow_redirects_either()
    {
        await using var f = await ClientFixture.StartAsync(FakeServerKind.ApiKey);
        await using var target = await RedirectTarget.StartAsync();
        for (var i = 0; i < 10; i++) f.Server.Faults.Enqueue(new ServerFault.Redirect(308, target.BaseUrl + "/api/workspace/1"));
        var services = new ServiceCollection();
        services.AddStructurizrHttpClient();
        using var provider = services.BuildServiceProvider();
        var client = new StructurizrClient(f.Options(secret: null), provider.GetRequiredService<IHttpClientFactory>(), f.Logger, f.Time);

        await Assert.ThrowsAsync<StructurizrRedirectException>(() => client.PutWorkspaceAsync(ClientFixture.SampleWorkspace()));

        Assert.True(target.Requests.IsEmpty, "reached the redirect target:\n" + target.Describe());
    }

    [Fact]
    public async Task A_supplied_client_that_follows_redirects_is_caught_after_the_fact()
    {
        // new HttpClient() follows redirects: the request reaches the target before the client can refuse it
        await using var f = await ClientFixture.StartAsync(FakeServerKind.ApiKey);
        await using var target = await RedirectTarget.StartAsync();
        var location = target.BaseUrl + "/api/workspace/1";
        f.Server.Faults.Enqueue(new ServerFault.Redirect(307, location));
        using var following = new HttpClient();
        var client = new StructurizrClient(f.Options(secret: null), following, f.Logger, f.Time);

        var e = await Assert.ThrowsAsync<StructurizrRedirectException>(() => client.GetWorkspaceJsonAsync());

        Assert.True(e.Followed);
        Assert.Equal(new Uri(location), e.Location);
        Assert.Contains(nameof(StructurizrClient.CreateHttpClient), e.Message, StringComparison.Ordinal);
        Assert.Empty(f.Archive.Files()); // what the other address answered is not taken as the workspace
    }
}
