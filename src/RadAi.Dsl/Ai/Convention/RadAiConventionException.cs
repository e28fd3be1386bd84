namespace RadAi.Dsl;

/// <summary>A workspace does not follow the RAD-AI convention; the message names the element, property and JSON location.</summary>
public sealed class RadAiConventionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RadAiConventionException(string message, string? location = null, string? jsonPath = null, Exception? inner = null)
        : base(message, inner)
    {
        Location = location;
        JsonPath = jsonPath;
    }

    /// <summary>Creates the exception.</summary>
    public RadAiConventionException() : this("The workspace does not follow the RAD-AI convention.") { }

    /// <summary>Creates the exception.</summary>
    public RadAiConventionException(string message) : this(message, null, null, null) { }

    /// <summary>Creates the exception.</summary>
    public RadAiConventionException(string message, Exception inner) : this(message, null, null, inner) { }

    /// <summary>Where the bad value was: an element and property, a workspace property or a decision.</summary>
    public string? Location { get; }

    /// <summary>The JSON path inside the stored value, when it was JSON.</summary>
    public string? JsonPath { get; }
}
