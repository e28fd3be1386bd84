using RadAi.Dsl.Client;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>Runs the built sample as a user would and checks exit codes, files and messages.</summary>
public sealed class NetflixConsoleTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("netflix-sample-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Generate_is_the_default_and_writes_the_documentation_set()
    {
        var output = Path.Combine(_temp, "out");

        var run = Run("--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var file in new[] { "README.md", "workspace.json", "workspace.dsl" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), $"{file} missing\n{run}");
            Assert.Contains(file, run.Stdout, StringComparison.Ordinal);
        }
        Assert.Matches(@"Netflix ML Platform: \d+ documents, \d+ elements, \d+ relationships, \d+ views; inspections: \d+ errors, \d+ warnings, \d+ info", run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void The_generate_verb_takes_the_same_option()
    {
        var output = Path.Combine(_temp, "verb");
        var run = Run("generate", "-o", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(output, "workspace.json")), run.ToString());
    }

    [Fact]
    public void Without_output_it_writes_to_out_netflix_under_the_working_directory()
    {
        var run = Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_temp, "out", "netflix", "workspace.json")), run.ToString());
    }

    [Fact]
    public void An_unwritable_output_folder_exits_with_2_and_says_why_on_stderr()
    {
        // A file where a folder should be: unwritable for every user, root included.
        var blocker = Path.Combine(_temp, "blocker");
        File.WriteAllText(blocker, "not a folder");
        var output = Path.Combine(blocker, "docs");

        var run = Run("--output", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Cannot write", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(output, run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"'{blocker}' is a file, not a folder.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find a part of the path", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal); // a message, not a stack trace
    }

    [Fact]
    public void Push_without_configuration_fails_and_names_the_missing_variable()
    {
        var run = Run("push");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(StructurizrClientOptions.UrlVariable, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pull_names_the_next_missing_variable()
    {
        var run = Run([StructurizrClientOptions.UrlVariable, "https://structurizr.example.com/api"], "pull", "--output", _temp);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(StructurizrClientOptions.WorkspaceIdVariable, run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp, "workspace.json")));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_called_a_file()
    {
        var file = Path.Combine(_temp, "afile");
        File.WriteAllText(file, "not a folder");

        var run = Run("--output", file);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"'{file}' is a file, not a folder.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("already exists", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--colour", "red")]
    [InlineData("publish")]
    public void A_command_line_it_does_not_understand_exits_2_as_in_radai(params string[] args)
    {
        var run = Run(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Push_without_configuration_is_bad_input_exit_2()
        => Assert.Equal(2, Run("push").ExitCode);

    private NetflixRun Run(params string[] args) => NetflixProcess.Run(_temp, new Dictionary<string, string>(), args);

    private NetflixRun Run(string[] environment, params string[] args)
    {
        var variables = new Dictionary<string, string>();
        for (var i = 0; i + 1 < environment.Length; i += 2) variables[environment[i]] = environment[i + 1];
        return NetflixProcess.Run(_temp, variables, args);
    }
}
