namespace RadAi.Dsl.Tests.Support;

/// <summary>Finds the repository root, the test project and its reference files (what stays in ../shared: <see cref="SharedReference"/>).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RadAi.Dsl.sln"))) return dir.FullName;
        throw new InvalidOperationException("Could not find RadAi.Dsl.sln above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (where RadAi.Dsl.sln is).</summary>
    public static string Root => RootLazy.Value;

    /// <summary>tests/RadAi.Dsl.Tests.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "RadAi.Dsl.Tests");

    /// <summary>tests/RadAi.Dsl.Tests/Fixtures: the small third-party reference files, each source with its licence.</summary>
    public static string Fixtures => Path.Combine(TestProject, "Fixtures");

    /// <summary>A file of Fixtures/structurizr (Structurizr examples, goldens, schema, HMAC vectors).</summary>
    public static string Structurizr(params string[] parts) => Path.Combine([Fixtures, "structurizr", .. parts]);

    /// <summary>A golden file written by structurizr-java 5.0.3.</summary>
    public static string Golden(string name) => Structurizr("examples", "generated-structurizr-java-5.0.3", name);
}
