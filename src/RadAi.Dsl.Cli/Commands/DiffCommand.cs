using System.Text;
using RadAi.Dsl.Diff;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary>
/// <c>radai diff</c>: what changed in the architecture between two workspace JSON files. Exit code 0 when nothing
/// architectural changed, 1 when something did (so a workflow can label the pull request), 2 for bad input.
/// </summary>
internal sealed class DiffCommand : Command<DiffSettings>
{
    public override int Execute(CommandContext context, DiffSettings settings, CancellationToken cancellationToken)
    {
        var diff = TerminalProgress.Run($"Comparing {settings.Before} with {settings.After}", () =>
            WorkspaceDiff.Compare(WorkspaceInput.Read(settings.Before), WorkspaceInput.Read(settings.After)));
        var text = settings.Format.ToUpperInvariant() switch
        {
            "MARKDOWN" => diff.ToMarkdown(),
            "JSON" => diff.ToJson(),
            _ => diff.ToText(),
        };
        if (settings.Output is { } output) Write(output, text, settings);
        else StandardOutput.Write(text);
        return diff.HasChanges ? (int)ExitCode.ChangesFound : (int)ExitCode.Success;
    }

    private static void Write(string output, string text, DiffSettings settings)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(output))!;
        foreach (var input in new[] { settings.Before, settings.After })
            new InputFile(input).RefuseToBeReplaced(directory, [Path.GetFileName(output)]);
        if (Directory.Exists(output))
            throw new BadInputException($"--output: '{output}' is a directory, not a file. Name the file to write the diff to.");
        OutputFolder.Write(directory, () =>
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(output, text, new UTF8Encoding(false));
            return output;
        });
    }
}
