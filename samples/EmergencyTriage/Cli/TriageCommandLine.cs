using System.CommandLine;

namespace RadAi.Dsl.Samples.EmergencyTriage.Cli;

/// <summary>One verb: write the documentation set (the sample has no Structurizr server of its own).</summary>
internal static class TriageCommandLine
{
    public const string DefaultOutput = "out/emergency-triage";

    public static RootCommand Create()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder for the documentation set, workspace.json and workspace.dsl.",
            HelpName = "DIR",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var root = new RootCommand("An illustrative emergency-department triage support system, documented with RadAi.Dsl.") { output };
        root.SetAction(result => GenerateCommand.Run(result.GetRequiredValue(output), Console.Out, Console.Error));
        return root;
    }
}
