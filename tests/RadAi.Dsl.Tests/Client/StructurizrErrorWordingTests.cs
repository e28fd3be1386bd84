using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;
using RadAi.Dsl.Tests.Json;

namespace RadAi.Dsl.Tests.Client;

/// <summary>The client's errors say what went wrong in the user's terms: the variable, the command they ran, seconds, the host.</summary>
public sealed class StructurizrErrorWordingTests
{
    [Fact]
    public void A_URL_the_client_refuses_names_the_variable_not_a_constructor_parameter()
    {
        var variables = new Dictionary<string, string>
        {
            [StructurizrClientOptions.UrlVariable] = "http://structurizr.example.com/api",
            [StructurizrClientOptions.WorkspaceIdVariable] = "42",
            [StructurizrClientOptions.ApiKeyVariable] = "key",
        };

        var e = Assert.Throws<StructurizrConfigurationException>(() => StructurizrClientOptions.FromEnvironment(name => variables.GetValueOrDefault(name)));

        Assert.Equal("STRUCTURIZR_URL: The API URL 'http://structurizr.example.com/api' must use https (plain http is allowed only for loopback addresses such as localhost or 127.0.0.1).", e.Message);
        Assert.Equal(StructurizrClientOptions.UrlVariable, e.VariableName);
    }

    [Fact]
    public void The_constructor_names_its_own_parameter()
        => Assert.Equal("apiUrl", Assert.Throws<ArgumentException>(() => new StructurizrClientOptions(new Uri("http://structurizr.example.com/api"), 1, "key")).ParamName);

    [Fact]
    public async Task A_push_that_fails_while_reading_the_server_s_layout_says_push()
    {
        await using var f = await ClientFixture.StartAsync();
        f.Server.Faults.Enqueue(ServerFault.Unauthorized); // the first request of a push: the GET of the server's copy

        var e = await Assert.ThrowsAsync<StructurizrAuthenticationException>(() => f.Client().PutWorkspaceAsync(ClientFixture.SampleWorkspace()));

        Assert.StartsWith("Could not push workspace 1 (reading the server's copy first, to keep its layout)", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pull", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_server_nobody_listens_on_is_named_with_its_port()
    {
        using var archive = new TempFolder();
        // port 9 (discard) on loopback: nothing listens there on a test machine, so the connection is refused at once
        var options = new StructurizrClientOptions(new Uri("http://127.0.0.1:9/api"), 1, "key") { ArchiveDirectory = archive.Path, MaxRetryAttempts = 0 };
        using var http = StructurizrClient.CreateHttpClient();

        var e = await Assert.ThrowsAsync<StructurizrServerUnavailableException>(() => new StructurizrClient(options, http).GetWorkspaceAsync());

        Assert.Contains("could not connect to 127.0.0.1:9", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Connection refused", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("An error occurred", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workspace_JSON_to_push_that_is_malformed_is_placed_by_line_and_column()
    {
        await using var f = await ClientFixture.StartAsync();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => f.Client().PutWorkspaceJsonAsync("{\"a\":1,}"));

        Assert.Contains("Malformed JSON at line 1, column 8: a comma before the closing '}'", e.Message, StringComparison.Ordinal);
        foreach (var words in JsonErrorWordingTests.FrameworkWording.Where(w => w != "(Parameter '"))
            Assert.DoesNotContain(words, e.Message, StringComparison.Ordinal);
    }
}
