using System.CommandLine;

namespace RadAi.Dsl.Samples.Netflix.Cli;

/// <summary>The verbs of the sample: <c>generate</c> (the default), <c>push</c> and <c>pull</c>.</summary>
internal static class NetflixCommandLine
{
    public const string DefaultOutput = "out/netflix";

    public static RootCommand Create()
    {
        var generateOutput = OutputOption("Folder for the documentation set, workspace.json and workspace.dsl.");
        var generate = new Command("generate", "Write the whole RAD-AI documentation set of the Netflix example (the default).") { generateOutput };
        generate.SetAction(result => GenerateCommand.Run(result.GetRequiredValue(generateOutput), Console.Out, Console.Error));

        var push = new Command("push",
            "Push the Netflix workspace to the Structurizr server named by STRUCTURIZR_URL, STRUCTURIZR_WORKSPACE_ID, "
            + "STRUCTURIZR_API_KEY and STRUCTURIZR_API_SECRET (leave the secret unset for API-key mode).");
        push.SetAction((_, cancellation) => StructurizrCommands.PushAsync(Console.Out, Console.Error, cancellation));

        var pullOutput = OutputOption("Folder that receives workspace.json.");
        var pull = new Command("pull", "Fetch the workspace from the same Structurizr server into DIR/workspace.json.") { pullOutput };
        pull.SetAction((result, cancellation) => StructurizrCommands.PullAsync(result.GetRequiredValue(pullOutput), Console.Out, Console.Error, cancellation));

        var rootOutput = OutputOption("Folder for the documentation set (same as 'generate --output').");
        var root = new RootCommand("The Netflix ML platform of the RAD-AI example, built in C# with RadAi.Dsl.") { rootOutput, generate, push, pull };
        root.SetAction(result => GenerateCommand.Run(result.GetRequiredValue(rootOutput), Console.Out, Console.Error));
        return root;
    }

    private static Option<string> OutputOption(string description) => new("--output", "-o")
    {
        Description = description,
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultOutput,
    };
}
