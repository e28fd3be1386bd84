using RadAi.Dsl.Client;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace RadAi.Dsl.Cli;

/// <summary>
/// Spectre's help, with a header naming the tool and, per command, footers for what a pipeline needs beyond the options:
/// the exit codes and the environment variables.
/// </summary>
internal sealed class RadaiHelp(ICommandAppSettings settings) : HelpProvider(settings)
{
    // Every command can meet a bug. Declared first: the tables below include it, and static fields are set in order.
    private static readonly (string Code, string Meaning) Bug = ("70", "a bug in radai: the message says so; please report it");

    private static readonly (string Code, string Meaning)[] ServerExitCodes =
    [
        ("0", "done"),
        ("2", "bad input: a file that cannot be read or is not a workspace, an unwritable folder, a missing or invalid variable"),
        ("3", "the server refused the request (its message is shown) or could not be reached"),
        Bug,
    ];

    private static readonly (string Code, string Meaning)[] AllExitCodes =
    [
        ("0", "done; for validate, no finding reaches --fail-on; for diff, no architectural change"),
        ("1", "validate: at least one finding reaches --fail-on; diff: the architecture changed"),
        ("2", "bad input or usage: no command, an unknown option, a file that cannot be read or is not a workspace, an unwritable folder, a missing variable"),
        ("3", "the Structurizr server refused the request or could not be reached (push, pull)"),
        Bug,
    ];

    private static readonly (string Name, string Meaning)[] Variables =
    [
        (StructurizrClientOptions.UrlVariable, "the API URL: https://api.structurizr.com for the cloud service, https://HOST/api for on-premises, Lite and the 2026 server"),
        (StructurizrClientOptions.WorkspaceIdVariable, "the workspace id, a positive number"),
        (StructurizrClientOptions.ApiKeyVariable, "the workspace API key"),
        (StructurizrClientOptions.ApiSecretVariable, "the API secret (HMAC signing); leave it unset for the 2026 server's API-key mode"),
    ];

    public override IEnumerable<IRenderable> GetHeader(ICommandModel model, ICommandInfo? command)
        => command is null
            ? [new Text($"radai {RadaiApp.Version}: checks, documents and exports Structurizr workspace JSON, with the RAD-AI extensions for AI systems."), Text.NewLine, Text.NewLine]
            : [];

    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        switch (command?.Name)
        {
            case "validate":
                return Section("EXIT CODES",
                [
                    ("0", "no finding reaches --fail-on"),
                    ("1", "at least one finding reaches --fail-on (or the JSON has errors that stop it loading as a workspace)"),
                    ("2", "the file cannot be read or is not JSON; the message, with the line and column or the JSON path, is on standard error"),
                    Bug,
                ]);
            case "render" or "export":
                return Section("EXIT CODES",
                [
                    ("0", "done; the files written are listed on standard output"),
                    ("2", "the file cannot be read or is not a workspace, or the output folder cannot be written"),
                    Bug,
                ]);
            case "diff":
                return Section("EXIT CODES",
                [
                    ("0", "no architectural change between the two workspaces"),
                    ("1", "the architecture changed; the diff is on standard output or in --output"),
                    ("2", "a file cannot be read or is not a workspace, or --output cannot be written"),
                    Bug,
                ]);
            case "push" or "pull":
                return [.. Section("ENVIRONMENT", Variables), .. Section("EXIT CODES", ServerExitCodes)];
            case null:
                return [.. Section("EXIT CODES", AllExitCodes), Text.NewLine, new Text("Run 'radai COMMAND --help' for a command's options, exit codes and environment variables."), Text.NewLine];
            default:
                return [];
        }
    }

    private static IEnumerable<IRenderable> Section(string title, IEnumerable<(string Term, string Meaning)> rows)
    {
        var grid = new Grid().AddColumn(new GridColumn().PadLeft(4).PadRight(4).NoWrap()).AddColumn();
        foreach (var (term, meaning) in rows) grid.AddRow(new Text(term), new Text(meaning));
        return [Text.NewLine, new Text(title + ":", new Style(Color.Yellow, decoration: Decoration.Bold)), Text.NewLine, grid];
    }
}
