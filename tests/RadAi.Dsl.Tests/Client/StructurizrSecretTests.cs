using Microsoft.Extensions.Logging;
using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client;

/// <summary>The API secret never appears in logs, exception messages (with inner exceptions and stack traces) or ToString().</summary>
public class StructurizrSecretTests
{
    [Fact]
    public async Task The_secret_appears_nowhere()
    {
        await using var f = await ClientFixture.StartAsync();
        var texts = new List<string>();
        var options = f.Options();
        var client = f.Client(options);
        texts.Add(options.ToString());
        texts.Add(client.ToString());

        await client.PutWorkspaceAsync(ClientFixture.SampleWorkspace());
        await client.GetWorkspaceAsync();
        await client.LockWorkspaceAsync();
        await client.UnlockWorkspaceAsync();

        async Task Capture(Func<Task> action)
        {
            var e = await Assert.ThrowsAnyAsync<Exception>(action);
            texts.Add(e.ToString());
            texts.Add(e.Message);
        }

        for (var i = 0; i < 5; i++) f.Server.Faults.Enqueue(ServerFault.InternalError);
        await Capture(() => client.GetWorkspaceAsync());
        for (var i = 0; i < 5; i++) f.Server.Faults.Enqueue(new ServerFault.Drop());
        await Capture(() => client.PutWorkspaceJsonAsync(ClientFixture.EmptyWorkspaceJson));
        f.Server.Faults.Enqueue(ServerFault.Unauthorized);
        await Capture(() => client.GetWorkspaceAsync());
        await Capture(() => f.Client(f.Options(secret: ClientFixture.Secret + "-wrong")).GetWorkspaceAsync());
        f.Server.LockAs(1, "alice@example.com", "structurizr-web/3.1.0");
        await Capture(() => client.LockWorkspaceAsync());
        await Capture(() => f.Client(f.Options(workspaceId: 404)).GetWorkspaceAsync());

        Assert.True(f.Logger.Entries.Count(e => e.Level >= LogLevel.Information) > 5, "the run logged");
        texts.Add(f.Logger.AllText);
        Assert.All(texts, t => Assert.DoesNotContain(ClientFixture.Secret, t, StringComparison.Ordinal));
        // the archive holds workspaces, not credentials
        Assert.All(f.Archive.Files(), p => Assert.DoesNotContain(ClientFixture.Secret, File.ReadAllText(p), StringComparison.Ordinal));
    }

    [Fact]
    public void Options_and_signer_text_name_the_mode_and_a_fingerprint_of_the_key_but_not_the_secret()
    {
        var options = new StructurizrClientOptions(new Uri("https://api.structurizr.com"), 7, "caea989b-80a3-4db2-8e5e-7e89be284847", ClientFixture.Secret);
        Assert.Equal("Structurizr workspace 7 at https://api.structurizr.com/ (Hmac mode, API key caea… (36 chars), API secret set)", options.ToString());
        Assert.DoesNotContain(ClientFixture.Secret, new RadAi.Dsl.Client.Hmac.HmacRequestSigner("the-key", ClientFixture.Secret).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("the-key", new RadAi.Dsl.Client.Hmac.HmacRequestSigner("the-key", ClientFixture.Secret).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FakeServerKind.LegacyHmac)]
    [InlineData(FakeServerKind.ApiKey)]
    public async Task The_API_key_appears_nowhere_in_full(FakeServerKind kind)
    {
        await using var f = await ClientFixture.StartAsync(kind);
        var secret = kind == FakeServerKind.LegacyHmac ? ClientFixture.Secret : null;
        var options = f.Options(secret);
        var client = f.Client(options);
        var texts = new List<string> { options.ToString(), client.ToString() };

        await client.PutWorkspaceAsync(ClientFixture.SampleWorkspace());
        await client.GetWorkspaceAsync();
        await client.LockWorkspaceAsync();
        await client.UnlockWorkspaceAsync();

        async Task Capture(Func<Task> action)
        {
            var e = await Assert.ThrowsAnyAsync<Exception>(action);
            texts.Add(e.ToString());
        }

        f.Server.Faults.Enqueue(ServerFault.Unauthorized);
        await Capture(() => client.GetWorkspaceAsync());
        var wrongKey = new StructurizrClientOptions(f.Server.ApiUrl, 1, ClientFixture.ApiKey + "-wrong", secret) { ArchiveDirectory = f.Archive.Path, RequestTimeout = Timeout.InfiniteTimeSpan };
        texts.Add(wrongKey.ToString());
        await Capture(() => f.Client(wrongKey).PutWorkspaceJsonAsync(ClientFixture.EmptyWorkspaceJson));
        for (var i = 0; i < 5; i++) f.Server.Faults.Enqueue(ServerFault.InternalError);
        await Capture(() => client.GetWorkspaceAsync());
        for (var i = 0; i < 5; i++) f.Server.Faults.Enqueue(new ServerFault.Drop());
        await Capture(() => client.PutWorkspaceJsonAsync(ClientFixture.EmptyWorkspaceJson));
        f.Server.LockAs(1, "alice@example.com", "structurizr-web/3.1.0");
        await Capture(() => client.LockWorkspaceAsync());
        await Capture(() => f.Client(f.Options(secret, workspaceId: 404)).GetWorkspaceAsync());
        texts.Add(f.Logger.AllText);

        Assert.All(texts, t => Assert.DoesNotContain(ClientFixture.ApiKey, t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain(ClientFixture.Secret, t, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("k3y-… (32 chars)", StringComparison.Ordinal)); // the 401 hint names which key was used
    }
}
