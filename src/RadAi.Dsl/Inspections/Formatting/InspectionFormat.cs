namespace RadAi.Dsl.Inspections;

/// <summary>The output formats of an inspection report.</summary>
public enum InspectionFormat
{
    /// <summary>
    /// One line per finding (<c>file: warning RADAI021: item: message (help)</c>) and a summary; for people and CI logs.
    /// Control characters and bidirectional overrides in names and messages are written as <c>\uXXXX</c>, so the
    /// report is safe to print to a terminal and every finding stays on one line.
    /// </summary>
    Text,

    /// <summary>A JSON document with the summary and every finding; for scripts.</summary>
    Json,

    /// <summary>SARIF 2.1.0, which code-scanning tools (GitHub, Azure DevOps, GitLab) show as annotations.</summary>
    Sarif,
}
