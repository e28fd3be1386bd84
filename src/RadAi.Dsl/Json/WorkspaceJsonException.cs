namespace RadAi.Dsl;

/// <summary>
/// Structurizr workspace JSON could not be read: malformed or truncated text, a value of the wrong type,
/// or a reference to an element, relationship or view that does not exist. The message names the JSON path.
/// </summary>
public class WorkspaceJsonException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public WorkspaceJsonException() { }

    /// <summary>Creates an exception with a message.</summary>
    public WorkspaceJsonException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the cause.</summary>
    public WorkspaceJsonException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates an exception for a location in the document.</summary>
    public WorkspaceJsonException(string jsonPath, string problem, Exception? innerException = null)
        : base($"{jsonPath}: {problem}", innerException) => JsonPath = jsonPath;

    /// <summary>Where the problem is, e.g. <c>$.model.softwareSystems[0].relationships[1].destinationId</c>.</summary>
    public string? JsonPath { get; }
}
