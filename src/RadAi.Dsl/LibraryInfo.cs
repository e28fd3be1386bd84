using System.Reflection;

namespace RadAi.Dsl;

/// <summary>
/// The library's version and project address, as the build stamps them into the assembly: one place for what SARIF's
/// tool driver, the client's agent string, the rule help links and the radai tool report.
/// </summary>
internal static class LibraryInfo
{
    /// <summary>The library's informational version without the source revision the SDK appends after '+' ("0.1.0").</summary>
    public static string Version { get; } = VersionOf(typeof(LibraryInfo).Assembly);

    /// <summary>
    /// The project's home page: the <c>PackageProjectUrl</c> of Directory.Build.props, stamped by RadAi.Dsl.csproj as
    /// assembly metadata so that the packages and the library name the same address.
    /// </summary>
    public static Uri ProjectUrl { get; } = new(
        typeof(LibraryInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectUrl").Value!.TrimEnd('/'));

    /// <summary>
    /// An assembly's informational version without the "+commit" suffix: output that quotes it (SARIF, the agent
    /// string) stays the same bytes for every build of one version.
    /// </summary>
    public static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? informational[..plus] : informational;
    }
}
