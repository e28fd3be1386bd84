namespace RadAi.Dsl.Client;

/// <summary>The client's configuration (e.g. an environment variable) is missing or invalid.</summary>
public sealed class StructurizrConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StructurizrConfigurationException() : this("The Structurizr client configuration is invalid.") { }

    /// <summary>Creates the exception.</summary>
    public StructurizrConfigurationException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public StructurizrConfigurationException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for one variable.</summary>
    public StructurizrConfigurationException(string variableName, string message, Exception? innerException = null)
        : base(message, innerException) => VariableName = variableName;

    /// <summary>The environment variable (or setting) at fault, e.g. <c>STRUCTURIZR_WORKSPACE_ID</c>.</summary>
    public string? VariableName { get; }
}
