using System.Text;
using System.Text.RegularExpressions;
using RadAi.Dsl.Client;

namespace RadAi.Dsl.Tests.Client.Transport;

/// <summary>Who holds a lock, read from the servers' messages in one pass, however long or odd the message.</summary>
public sealed class LockMessageTests
{
    [Theory]
    [InlineData("The workspace is already locked by alice@example.com using structurizr-web/3.1.0.", "alice@example.com", "structurizr-web/3.1.0")]
    [InlineData("The workspace could not be locked; it was locked by bob using structurizr-cli/2026.1 at 26 Nov 2026 09:33 UTC", "bob", "structurizr-cli/2026.1")]
    public void Both_servers_messages_name_the_holder_and_the_agent(string message, string user, string agent)
    {
        Assert.True(LockMessage.TryParse(message, out var u, out var a));
        Assert.Equal(user, u);
        Assert.Equal(agent, a);
    }

    [Fact]
    public void Holders_on_a_line_before_the_last_are_not_read()
    {
        // 160 KB: a backtracking pattern tries each "locked by " with each " using " after it (minutes for this input)
        var message = string.Concat(Enumerable.Repeat("locked by a using ", 9_000)) + "\nz\n";

        Assert.False(LockMessage.TryParse(message, out var user, out var agent));
        Assert.Null(user);
        Assert.Null(agent);
    }

    [Fact]
    public void A_megabyte_of_openings_without_a_holder_is_not_a_lock_message()
    {
        var message = string.Concat(Enumerable.Repeat("locked by x at y", 65_536)) + "\n.";

        Assert.False(LockMessage.TryParse(message, out _, out _));
    }

    [Fact]
    public void A_long_message_with_many_holders_and_times_names_the_first()
    {
        var message = "The workspace is already locked by alice using web" + string.Concat(Enumerable.Repeat(" at 9 using x", 80_000)) + ".";

        Assert.True(LockMessage.TryParse(message, out var user, out var agent));
        Assert.Equal("alice", user);
        Assert.Equal("web", agent);
    }

    [Fact]
    public void Short_messages_read_as_the_servers_pattern_reads_them()
    {
        // the pattern that describes the messages, applied only to short texts where backtracking costs nothing
        var pattern = new Regex(@"locked by (?<user>.+?) using (?<agent>.+?)(?: at .+?)?\.?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));
        string[] pieces = ["locked by ", " using ", " at ", "locked by", "using", ".", "\n", " ", "a", "b", "x at", "\r"];
        var random = new Random(16);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 10); n > 0; n--) text.Append(pieces[random.Next(pieces.Length)]);
            var message = text.ToString();
            var expected = pattern.Match(message);

            var parsed = LockMessage.TryParse(message, out var user, out var agent);

            Assert.True(expected.Success == parsed, $"'{message}': pattern {expected.Success}, parser {parsed}");
            if (parsed)
            {
                Assert.Equal(expected.Groups["user"].Value.Trim(), user);
                Assert.Equal(expected.Groups["agent"].Value.Trim(), agent);
            }
        }
    }
}
