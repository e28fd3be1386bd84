using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary>The options of <c>radai push</c>.</summary>
internal sealed class PushSettings : WorkspaceSettings
{
    [CommandOption("--branch <NAME>")]
    [Description("Push to a branch (the 2026 Structurizr server only); the main branch when left out.")]
    public string? Branch { get; set; }

    public override ValidationResult Validate() => BranchOption.Validate(Branch);
}
