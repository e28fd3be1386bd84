using Microsoft.Extensions.Logging;
using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client;

/// <summary>
/// The API secret never appears, and the API key (the whole credential in API-key mode) appears only as a fingerprint,
/// in logs, exception messages (with inner exceptions and stack traces) and ToString().
/// </summary>
public class StructurizrSecretTests
{
    [Theory]
    [InlineData(FakeServerKind.LegacyHmac)]
    [InlineData(FakeServerKind.ApiKey)]
    public async Task Neither_the_secret_nor_the_whole_API_key_appears_anywhere(FakeServerKind kind)
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

        for (var i = 0; i < 5; i++) f.Server.Faults.Enqueue(ServerFault.InternalError);
        await Capture(() => client.GetWorkspaceAsync());
        for (var i = 0; i < 5; i++) f.Server.Faults.Enqueue(new ServerFault.Drop());
        await Capture(() => client.PutWorkspaceJsonAsync(ClientFixture.EmptyWorkspaceJson));
        f.Server.Faults.Enqueue(ServerFault.Unauthorized);
        await Capture(() => client.GetWorkspaceAsync());
        // rejected credentials: the 401 message says which key was used
        var wrong = new StructurizrClientOptions(f.Server.ApiUrl, 1, ClientFixture.ApiKey + "-wrong", secret is null ? null : secret + "-wrong") { ArchiveDirectory = f.Archive.Path, RequestTimeout = Timeout.InfiniteTimeSpan };
        texts.Add(wrong.ToString());
        await Capture(() => f.Client(wrong).PutWorkspaceJsonAsync(ClientFixture.EmptyWorkspaceJson));
        f.Server.Faults.Enqueue(new ServerFault.Redirect(307, "http://127.0.0.2:9/api/workspace/1"));
        await Capture(() => client.GetWorkspaceAsync());
        f.Server.LockAs(1, "alice@example.com", "structurizr-web/3.1.0");
        await Capture(() => client.LockWorkspaceAsync());
        await Capture(() => f.Client(f.Options(secret, workspaceId: 404)).GetWorkspaceAsync());

        Assert.True(f.Logger.Entries.Count(e => e.Level >= LogLevel.Information) > 5, "the run logged");
        texts.Add(f.Logger.AllText);
        Assert.All(texts, t => Assert.DoesNotContain(ClientFixture.ApiKey, t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain(ClientFixture.Secret, t, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("API key k3y-… (32 chars)", StringComparison.Ordinal));
        // the archive holds workspaces, not credentials
        Assert.All(f.Archive.Files(), p => Assert.DoesNotContain(ClientFixture.Secret, File.ReadAllText(p), StringComparison.Ordinal));
        Assert.All(f.Archive.Files(), p => Assert.DoesNotContain(ClientFixture.ApiKey, File.ReadAllText(p), StringComparison.Ordinal));
    }

    [Fact]
    public void Options_and_signer_text_name_the_mode_and_a_fingerprint_of_the_key_but_not_the_secret()
    {
        var options = new StructurizrClientOptions(new Uri("https://api.structurizr.com"), 7, "caea989b-80a3-4db2-8e5e-7e89be284847", ClientFixture.Secret);
        Assert.Equal("Structurizr workspace 7 at https://api.structurizr.com/ (Hmac mode, API key caea… (36 chars), API secret set)", options.ToString());
        var signer = new RadAi.Dsl.Client.HmacRequestSigner("the-key", ClientFixture.Secret).ToString();
        Assert.DoesNotContain(ClientFixture.Secret, signer, StringComparison.Ordinal);
        Assert.DoesNotContain("the-key", signer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "… (3 chars)")]
    [InlineData("abcdefgh", "ab… (8 chars)")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", "abcd… (26 chars)")]
    public void A_short_key_shows_at_most_a_quarter_of_itself(string key, string shown)
        => Assert.Contains($"API key {shown}", new StructurizrClientOptions(new Uri("https://a.example"), 1, key).ToString(), StringComparison.Ordinal);
}
