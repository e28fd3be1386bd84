using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Support;

/// <summary>
/// The rule for tests that need ../shared: a missing folder skips the test on a developer's clone and fails it under
/// CI, so CI never passes with those tests left out.
/// </summary>
public class SharedReferenceTests
{
    [Theory]
    [InlineData(true, null, "Run")]
    [InlineData(true, "true", "Run")]
    [InlineData(false, null, "Skip")]
    [InlineData(false, "", "Skip")]
    [InlineData(false, "false", "Skip")]
    [InlineData(false, "0", "Skip")]
    [InlineData(false, "true", "Fail")]
    [InlineData(false, "True", "Fail")]
    [InlineData(false, "1", "Fail")]
    public void A_missing_folder_skips_except_under_CI_where_it_fails(bool folderExists, string? ci, string expected)
        => Assert.Equal(expected, SharedReference.Decide(folderExists, ci).ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("true")]
    public void A_present_folder_is_returned_as_a_full_path(string? ci)
    {
        using var shared = new TempFolder();
        Directory.CreateDirectory(Path.Combine(shared.Path, "radai", "example"));

        Assert.Equal(Path.Combine(shared.Path, "radai", "example"), SharedReference.Require(shared.Path, "radai/example", ci));
    }

    [Fact]
    public void A_missing_folder_outside_CI_skips_the_test_with_a_reason_naming_the_folder()
    {
        using var shared = new TempFolder();

        var skip = Assert.Throws<SkipException>(() => SharedReference.Require(shared.Path, "structurizr/benchmark", ci: null));
        Assert.Contains("needs ../shared/structurizr/benchmark beside the repository", skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_under_CI_fails_the_test_instead_of_skipping_it()
    {
        using var shared = new TempFolder();

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SharedReference.Require(shared.Path, "structurizr/benchmark", ci: "true"));
        Assert.Contains("../shared/structurizr/benchmark is missing", failure.Message, StringComparison.Ordinal);
        Assert.Contains("CI=true", failure.Message, StringComparison.Ordinal);
    }
}
