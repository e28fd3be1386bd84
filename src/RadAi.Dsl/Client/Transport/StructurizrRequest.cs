namespace RadAi.Dsl.Client;

/// <summary>One API call: method, path under the API URL, the unescaped query (lock), the body, and words for messages.</summary>
/// <param name="Method">GET, PUT or DELETE.</param>
/// <param name="Path">The path below the API URL, e.g. <c>/workspace/1</c>.</param>
/// <param name="Query">Query parameters in order, unescaped (they are signed unescaped, as the servers rebuild them).</param>
/// <param name="Body">The body, or null for none.</param>
/// <param name="Description">What is being done, e.g. "push workspace 1".</param>
/// <param name="ReturnsWorkspace">True when the answer is a workspace (read up to <see cref="StructurizrClientOptions.MaxWorkspaceBytes"/>).</param>
internal sealed record StructurizrRequest(HttpMethod Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Query, byte[]? Body, string Description, bool ReturnsWorkspace = false)
{
    /// <summary>True for a workspace upload (JSON body with the exact Content-Type).</summary>
    public bool IsJsonUpload => Body is { Length: > 0 };
}
