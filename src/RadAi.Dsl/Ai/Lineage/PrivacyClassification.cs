namespace RadAi.Dsl;

/// <summary>How sensitive data is.</summary>
public enum PrivacyClassification
{
    /// <summary>Public.</summary>
    Public,
    /// <summary>Internal.</summary>
    Internal,
    /// <summary>Confidential.</summary>
    Confidential,
    /// <summary>Restricted.</summary>
    Restricted,
}
