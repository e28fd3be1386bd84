namespace RadAi.Dsl.Tests.Support;

/// <summary>Finds the repository root, the test project and the read-only ../shared reference data.</summary>
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

    /// <summary>The shared reference folder beside the repository (../shared).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A file under ../shared/structurizr.</summary>
    public static string Structurizr(params string[] parts) => Path.Combine([Shared, "structurizr", .. parts]);

    /// <summary>A golden file written by structurizr-java 5.0.3.</summary>
    public static string Golden(string name) => Structurizr("examples", "generated-structurizr-java-5.0.3", name);
}
