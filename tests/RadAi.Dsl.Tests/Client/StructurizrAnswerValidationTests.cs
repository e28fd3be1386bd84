using System.Net;
using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client;

/// <summary>A 200 that is not what the Structurizr API answers (e.g. a proxy's HTML login page) is an error, not a success.</summary>
public sealed class StructurizrAnswerValidationTests
{
    private const string LoginPage = "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action=\"/login\"></form></body></html>";

    private static ServerFault HtmlLoginPage => new ServerFault.Body(200, "text/html; charset=utf-8", LoginPage);

    [Fact]
    public async Task A_pull_answered_with_an_HTML_page_is_an_error_naming_the_archived_answer()
    {
        await using var f = await ClientFixture.StartAsync();
        f.Server.Faults.Enqueue(HtmlLoginPage);

        var e = await Assert.ThrowsAsync<StructurizrInvalidResponseException>(() => f.Client().GetWorkspaceJsonAsync());

        Assert.Contains("not a workspace", e.Message, StringComparison.Ordinal);
        Assert.Contains("(text/html)", e.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, e.StatusCode);
        Assert.Contains(e.ArchivedTo!, e.Message, StringComparison.Ordinal);
        Assert.Equal(LoginPage, File.ReadAllText(e.ArchivedTo!));
    }

    [Fact]
    public async Task A_pull_answered_with_success_false_and_a_200_reports_the_servers_message()
    {
        await using var f = await ClientFixture.StartAsync();
        f.Server.Faults.Enqueue(new ServerFault.Status(200, "Workspace is archived"));

        var e = await Assert.ThrowsAsync<StructurizrApiException>(() => f.Client().GetWorkspaceAsync());

        Assert.Equal("Workspace is archived", e.ServerMessage);
    }

    [Fact]
    public async Task A_push_answered_with_an_HTML_page_is_an_error()
    {
        await using var f = await ClientFixture.StartAsync();
        var options = f.Options();
        options.MergeLayoutFromRemote = false;
        f.Server.Faults.Enqueue(HtmlLoginPage);

        var e = await Assert.ThrowsAsync<StructurizrInvalidResponseException>(() => f.Client(options).PutWorkspaceAsync(ClientFixture.SampleWorkspace()));

        Assert.Contains("{\"success\":true}", e.Message, StringComparison.Ordinal);
        Assert.Contains("not counted as done", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_push_whose_layout_merge_gets_an_HTML_page_still_checks_the_push_answer()
    {
        await using var f = await ClientFixture.StartAsync();
        f.Server.Faults.Enqueue(HtmlLoginPage);
        f.Server.Faults.Enqueue(HtmlLoginPage);

        await Assert.ThrowsAsync<StructurizrInvalidResponseException>(() => f.Client().PutWorkspaceAsync(ClientFixture.SampleWorkspace()));

        Assert.Contains(f.Logger.Entries, e => e.Text.Contains("Could not read the server's copy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_lock_or_unlock_answered_with_an_HTML_page_is_an_error(bool lockIt)
    {
        await using var f = await ClientFixture.StartAsync();
        f.Server.Faults.Enqueue(HtmlLoginPage);
        var client = f.Client();

        await Assert.ThrowsAsync<StructurizrInvalidResponseException>(() => lockIt ? client.LockWorkspaceAsync() : client.UnlockWorkspaceAsync());
    }
}
