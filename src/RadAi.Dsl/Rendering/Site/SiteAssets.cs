using System.Reflection;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The files every site carries, embedded in the library: its style sheet and script, and a pinned copy of Mermaid with
/// its MIT licence. Mermaid is shipped, not fetched from a CDN, so that a site works offline, from <c>file://</c> and from
/// any static host, and draws the same diagrams the checks in CI drew (tools/mermaid-check and tools/diagram-check pin
/// the same version; a test keeps the three equal).
/// </summary>
internal static class SiteAssets
{
    /// <summary>The version of the shipped mermaid.min.js (the npm package's dist/mermaid.min.js, unmodified).</summary>
    public const string MermaidVersion = "11.17.2";

    /// <summary>The folder of the site that holds the assets.</summary>
    public const string Folder = "assets/";

    public const string StyleSheet = Folder + "site.css";
    public const string Script = Folder + "site.js";
    public const string Mermaid = Folder + "mermaid/mermaid.min.js";
    public const string MermaidLicence = Folder + "mermaid/LICENSE.txt";

    /// <summary>Every asset's path in the site, in the order they are written.</summary>
    public static readonly string[] Paths = [StyleSheet, Script, Mermaid, MermaidLicence];

    /// <summary>Copies an asset's bytes (as embedded: the same on every run) to <paramref name="output"/>.</summary>
    public static void CopyTo(string path, Stream output)
    {
        // Resource names are the site paths (LogicalName in RadAi.Dsl.csproj).
        using var resource = typeof(SiteAssets).Assembly.GetManifestResourceStream("site/" + path)
            ?? throw new InvalidOperationException($"The library has no embedded site asset '{path}': it was built without Rendering/Site/Assets.");
        resource.CopyTo(output);
    }

    /// <summary>An asset's text (UTF-8), for tests and for the version check.</summary>
    public static string Text(string path)
    {
        using var bytes = new MemoryStream();
        CopyTo(path, bytes);
        return System.Text.Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }
}
