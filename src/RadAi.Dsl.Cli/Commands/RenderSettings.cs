using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary>The options of <c>radai render</c>: a workspace and the folder to write into.</summary>
internal sealed class RenderSettings : WorkspaceSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("The folder to write the documents into (created when missing; existing files with the same names are replaced).")]
    public string? Output { get; set; }

    public override ValidationResult Validate()
        => base.Validate() is { Successful: false } workspace ? workspace
            : string.IsNullOrWhiteSpace(Output) ? ValidationResult.Error("--output is required: name the folder to write the documentation into, e.g. --output docs/architecture.") : ValidationResult.Success();
}
