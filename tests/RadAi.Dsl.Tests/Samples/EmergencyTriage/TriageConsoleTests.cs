using RadAi.Dsl.Tests.Samples.Netflix;

namespace RadAi.Dsl.Tests.Samples.EmergencyTriage;

/// <summary>The second sample run as a user would: the exit codes and messages of the radai tool and the Netflix sample.</summary>
public sealed class TriageConsoleTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triage-sample-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void An_output_path_that_is_a_file_is_bad_input_called_a_file()
    {
        var file = Path.Combine(_temp, "afile");
        File.WriteAllText(file, "not a folder");

        var run = NetflixProcess.RunEmergencyTriage(_temp, "--output", Path.Combine(file, "docs"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"'{file}' is a file, not a folder.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_exits_2()
    {
        var run = NetflixProcess.RunEmergencyTriage(_temp, "--colour", "red");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }
}
