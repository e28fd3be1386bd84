using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary>The settings of every command that reads a workspace JSON file.</summary>
internal class WorkspaceSettings : CommandSettings
{
    [CommandArgument(0, "<WORKSPACE>")]
    [Description("The Structurizr workspace JSON file (written by RadAi.Dsl, structurizr-java or the Structurizr DSL).")]
    public string Workspace { get; set; } = string.Empty;

    /// <summary>Checks the workspace argument; commands with options of their own check those after calling this.</summary>
    public override ValidationResult Validate()
        => string.IsNullOrWhiteSpace(Workspace) ? ValidationResult.Error("WORKSPACE is empty: name the workspace JSON file.") : ValidationResult.Success();
}
