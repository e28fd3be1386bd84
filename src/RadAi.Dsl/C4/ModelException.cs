namespace RadAi.Dsl;

/// <summary>
/// The one exception for a mistake in building a model: what Structurizr would reject (duplicate names,
/// relationships between a parent and its child, bad view keys, elements from another workspace) and what the RAD-AI
/// registers reject (a duplicate id, a reference to something not registered, a cycle of triggers, a second stereotype).
/// The message names the culprit and says what would fix it. Malformed text given to a value's <c>Parse</c> is a
/// <see cref="FormatException"/>, and a null argument an <see cref="ArgumentNullException"/>, as elsewhere in .NET.
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
