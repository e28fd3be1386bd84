using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary>The options of <c>radai export</c>.</summary>
internal sealed class ExportSettings : WorkspaceSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("dsl (Structurizr DSL), mermaid (one .mmd per view) or plantuml (one C4-PlantUML .puml per view).")]
    public string? Format { get; set; }

    [CommandOption("-o|--output <DIR>")]
    [Description("The folder to write the files into. Without it, the DSL (workspace.dsl only) or every diagram is printed to standard output.")]
    public string? Output { get; set; }

    public ExportFormat ExportFormat => Format?.ToUpperInvariant() switch
    {
        "DSL" => ExportFormat.Dsl,
        "MERMAID" => ExportFormat.Mermaid,
        "PLANTUML" => ExportFormat.PlantUml,
        _ => throw new InvalidOperationException("Validate() accepts only dsl, mermaid and plantuml."),
    };

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } workspace) return workspace;
        if (string.IsNullOrWhiteSpace(Format))
            return ValidationResult.Error("--format is required: dsl, mermaid or plantuml.");
        if (Format.ToUpperInvariant() is not ("DSL" or "MERMAID" or "PLANTUML"))
            return ValidationResult.Error($"--format: '{Format}' is not an export format. Use dsl, mermaid or plantuml.");
        if (Output is not null && string.IsNullOrWhiteSpace(Output))
            return ValidationResult.Error("--output is empty: name a folder, or leave the option out to print to standard output.");
        return ValidationResult.Success();
    }
}
