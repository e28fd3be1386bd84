namespace RadAi.Dsl;

/// <summary>
/// Thrown when a workspace is built in a way Structurizr would reject: duplicate names,
/// relationships between a parent and its child, bad view keys, elements from another workspace.
/// The message names the culprit and says what would fix it.
/// </summary>
public class ModelException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public ModelException() { }

    /// <summary>Creates an exception with a message.</summary>
    public ModelException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the cause.</summary>
    public ModelException(string message, Exception innerException) : base(message, innerException) { }
}
