using System.ComponentModel;
using RadAi.Dsl.Inspections;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary>The options of <c>radai validate</c>.</summary>
internal sealed class ValidateSettings : WorkspaceSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("How to write the report: text (one line per finding), json (for scripts) or sarif (SARIF 2.1.0 for code scanning).")]
    [DefaultValue("text")]
    public string Format { get; set; } = "text";

    [CommandOption("--fail-on <SEVERITY>")]
    [Description("The least severe finding that fails the run (exit code 1): error, warning or info.")]
    [DefaultValue("error")]
    public string FailOn { get; set; } = "error";

    public InspectionFormat ReportFormat => Format.ToUpperInvariant() switch
    {
        "TEXT" => InspectionFormat.Text,
        "JSON" => InspectionFormat.Json,
        "SARIF" => InspectionFormat.Sarif,
        _ => throw new BadInputException($"'{Format}' is not a report format. Use text, json or sarif."),
    };

    public InspectionSeverity Threshold => InspectionExitCode.ParseFailOn(FailOn);

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } workspace) return workspace;
        try
        {
            _ = ReportFormat;
            _ = Threshold;
            return ValidationResult.Success();
        }
        catch (Exception e) when (e is BadInputException or ArgumentException)
        {
            return ValidationResult.Error(e is ArgumentException ? $"--fail-on: '{FailOn}' is not a threshold. Use error, warning or info." : "--format: " + e.Message);
        }
    }
}
