using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client;

/// <summary>Branch names as the servers take them (the on-premises server's [a-zA-Z0-9][a-zA-Z0-9-_.]*); nothing else reaches a URL.</summary>
public sealed class StructurizrBranchNameTests
{
    [Theory]
    [InlineData("main")]
    [InlineData("feature-x")]
    [InlineData("v1.2_rc")]
    [InlineData("0")]
    public void Names_the_servers_take_are_valid(string branch) => Assert.True(StructurizrClient.IsValidBranchName(branch));

    [Theory]
    [InlineData("")]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData("-x")]
    [InlineData(".x")]
    [InlineData("main\n")]
    [InlineData("a b")]
    [InlineData("café")]
    [InlineData("a%2F..")]
    public void Other_names_are_not(string branch) => Assert.False(StructurizrClient.IsValidBranchName(branch));

    [Fact]
    public async Task A_branch_with_a_trailing_line_break_is_refused_before_anything_is_sent()
    {
        await using var f = await ClientFixture.StartAsync(Server.FakeServerKind.ApiKey);

        var e = await Assert.ThrowsAsync<ArgumentException>(() => f.Client(f.Options(secret: null)).GetWorkspaceJsonAsync("main\n"));

        Assert.Contains("letters, digits", e.Message, StringComparison.Ordinal);
        Assert.Empty(f.Server.Requests);
    }
}
