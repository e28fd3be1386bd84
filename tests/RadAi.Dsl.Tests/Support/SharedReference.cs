namespace RadAi.Dsl.Tests.Support;

/// <summary>
/// Reference data too large, or not ours to copy, that stays outside the repository in <c>../shared</c> beside it: the
/// benchmark workspaces (<c>structurizr/benchmark</c>) and the hand-written RAD-AI example (<c>radai/...</c>). Small
/// reference files are in the repository instead (<see cref="RepoPaths.Fixtures"/>).
/// </summary>
/// <remarks>
/// A test that needs such a folder is a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c> and takes the folder from
/// <see cref="Require(string)"/>. A clone without <c>../shared</c> then reports the test skipped, with a reason that
/// names the folder, so the README's <c>dotnet test</c> passes on a fresh machine. With <c>CI=true</c> the missing
/// folder fails the test instead: CI always runs these tests.
/// </remarks>
internal static class SharedReference
{
    /// <summary>What a test does about a folder of <c>../shared</c>.</summary>
    internal enum Outcome
    {
        /// <summary>The folder is there: the test runs.</summary>
        Run,

        /// <summary>The folder is missing outside CI: the test is reported skipped.</summary>
        Skip,

        /// <summary>The folder is missing under CI: the test fails.</summary>
        Fail,
    }

    /// <summary>The environment variable that marks a CI run; CI services set it to <c>true</c>.</summary>
    public const string CiVariable = "CI";

    /// <summary>The <c>../shared</c> folder beside the repository root.</summary>
    public static string Root => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared"));

    /// <summary>
    /// The full path of <c>../shared/<paramref name="folder"/></c> (a folder, <c>/</c>-separated). Skips the calling
    /// test when the folder is missing, or fails it when the environment variable <c>CI</c> is <c>true</c>.
    /// </summary>
    public static string Require(string folder) => Require(Root, folder, Environment.GetEnvironmentVariable(CiVariable));

    /// <summary><see cref="Require(string)"/> for a given shared root and value of <c>CI</c>.</summary>
    internal static string Require(string sharedRoot, string folder, string? ci)
    {
        var path = Path.GetFullPath(Path.Combine([sharedRoot, .. folder.Split('/')]));
        var shown = "../shared/" + folder;
        switch (Decide(Directory.Exists(path), ci))
        {
            case Outcome.Skip:
                throw new SkipException(
                    $"needs {shown} beside the repository, which is missing ({path}); set {CiVariable}=true to make this a failure");
            case Outcome.Fail:
                Assert.Fail($"{shown} is missing ({path}); {CiVariable}=true, so a test that needs it fails instead of being skipped");
                break;
        }
        return path;
    }

    /// <summary>The rule: a present folder runs the test; a missing one skips it, except under CI where it fails.</summary>
    internal static Outcome Decide(bool folderExists, string? ci)
        => folderExists ? Outcome.Run : IsCi(ci) ? Outcome.Fail : Outcome.Skip;

    /// <summary><c>CI=true</c> (any case) or <c>CI=1</c>, the values CI services set.</summary>
    internal static bool IsCi(string? ci)
        => string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase) || ci == "1";
}
