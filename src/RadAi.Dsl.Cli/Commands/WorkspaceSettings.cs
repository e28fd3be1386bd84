using System.ComponentModel;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary>The settings of every command that reads a workspace JSON file.</summary>
internal class WorkspaceSettings : CommandSettings
{
    [CommandArgument(0, "<WORKSPACE>")]
    [Description("The Structurizr workspace JSON file (written by RadAi.Dsl, structurizr-java or the Structurizr DSL).")]
    public string Workspace { get; set; } = string.Empty;
}
