using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary>The options of <c>radai pull</c>.</summary>
internal sealed class PullSettings : CommandSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("The folder to write workspace.json into (created when missing; an existing workspace.json is archived, then replaced).")]
    public string? Output { get; set; }

    [CommandOption("--branch <NAME>")]
    [Description("Pull a branch (the 2026 Structurizr server only); the main branch when left out.")]
    public string? Branch { get; set; }

    public override ValidationResult Validate()
        => string.IsNullOrWhiteSpace(Output) ? ValidationResult.Error("--output is required: name the folder to write workspace.json into, e.g. --output architecture.") : BranchOption.Validate(Branch);
}
