using RadAi.Dsl.Client;

namespace RadAi.Dsl.Tests.Client;

public class StructurizrClientOptionsTests
{
    private static Func<string, string?> Env(params (string Name, string? Value)[] values)
    {
        var map = values.ToDictionary(v => v.Name, v => v.Value);
        return name => map.GetValueOrDefault(name);
    }

    private static readonly (string, string?)[] Complete =
    [
        ("STRUCTURIZR_URL", "https://structurizr.example.com/api"),
        ("STRUCTURIZR_WORKSPACE_ID", "42"),
        ("STRUCTURIZR_API_KEY", "key"),
        ("STRUCTURIZR_API_SECRET", "secret"),
    ];

    [Fact]
    public void From_environment_with_a_secret_is_hmac_mode()
    {
        var options = StructurizrClientOptions.FromEnvironment(Env(Complete));
        Assert.Equal(new Uri("https://structurizr.example.com/api"), options.ApiUrl);
        Assert.Equal(42, options.WorkspaceId);
        Assert.Equal("key", options.ApiKey);
        Assert.Equal(StructurizrAuthenticationMode.Hmac, options.AuthenticationMode);
    }

    [Fact]
    public void From_environment_without_a_secret_is_api_key_mode()
    {
        var options = StructurizrClientOptions.FromEnvironment(Env([.. Complete.Where(v => v.Item1 != "STRUCTURIZR_API_SECRET")]));
        Assert.Equal(StructurizrAuthenticationMode.ApiKey, options.AuthenticationMode);
    }

    [Theory]
    [InlineData("STRUCTURIZR_URL")]
    [InlineData("STRUCTURIZR_WORKSPACE_ID")]
    [InlineData("STRUCTURIZR_API_KEY")]
    public void A_missing_variable_is_named(string missing)
    {
        var e = Assert.Throws<StructurizrConfigurationException>(() => StructurizrClientOptions.FromEnvironment(Env([.. Complete.Where(v => v.Item1 != missing)])));
        Assert.Equal(missing, e.VariableName);
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("STRUCTURIZR_WORKSPACE_ID", "abc")]
    [InlineData("STRUCTURIZR_WORKSPACE_ID", "0")]
    [InlineData("STRUCTURIZR_URL", "not a url")]
    [InlineData("STRUCTURIZR_URL", "http://structurizr.example.com/api")]
    public void An_invalid_variable_is_named(string name, string value)
    {
        var e = Assert.Throws<StructurizrConfigurationException>(() => StructurizrClientOptions.FromEnvironment(Env([.. Complete.Where(v => v.Item1 != name), (name, value)])));
        Assert.Equal(name, e.VariableName);
        Assert.Contains(name, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.structurizr.com")]
    [InlineData("https://structurizr.example.com/api/")]
    [InlineData("http://localhost:8080/api")]
    [InlineData("http://127.0.0.1:8080/api")]
    [InlineData("http://127.1.2.3/api")]
    [InlineData("http://[::1]:8080/api")]
    public void Https_or_loopback_is_accepted(string url)
    {
        var options = new StructurizrClientOptions(new Uri(url), 1, "key", "secret");
        Assert.Equal(url.TrimEnd('/'), options.ApiUrl.AbsoluteUri.TrimEnd('/'));
        Assert.False(options.ApiUrl.AbsolutePath.Length > 1 && options.ApiUrl.AbsolutePath.EndsWith('/'));
    }

    [Theory]
    [InlineData("http://structurizr.example.com/api")]
    [InlineData("http://10.0.0.5/api")]
    [InlineData("ftp://structurizr.example.com/api")]
    [InlineData("https://user:pw@structurizr.example.com/api")]
    [InlineData("https://structurizr.example.com/api?x=1")]
    public void Plain_http_to_other_hosts_and_odd_urls_are_refused(string url)
    {
        var e = Assert.Throws<ArgumentException>(() => new StructurizrClientOptions(new Uri(url), 1, "key", "secret"));
        Assert.DoesNotContain("pw", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_are_refused_with_a_reason()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StructurizrClientOptions(new Uri("https://a.example"), 0, "key"));
        Assert.Throws<ArgumentException>(() => new StructurizrClientOptions(new Uri("https://a.example"), 1, " "));
        var options = new StructurizrClientOptions(new Uri("https://a.example"), 1, "key");
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxRetryAttempts = -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.RetryBaseDelay = TimeSpan.Zero);
        Assert.Throws<ArgumentException>(() => options.User = "");
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxWorkspaceBytes = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxWorkspaceBytes = int.MaxValue);
    }

    [Fact]
    public void Defaults_follow_the_issue()
    {
        var options = new StructurizrClientOptions(new Uri("https://a.example"), 1, "key");
        Assert.Equal(4, options.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(60), options.MaxRetryDuration);
        Assert.True(options.ArchiveEnabled);
        Assert.Equal(".structurizr/archive", options.ArchiveDirectory);
        Assert.True(options.MergeLayoutFromRemote);
        Assert.StartsWith("radai-dsl/", options.Agent, StringComparison.Ordinal);
        Assert.Equal(256 * 1024 * 1024, options.MaxWorkspaceBytes);
    }
}
