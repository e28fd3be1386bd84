using RadAi.Dsl.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli;

/// <summary>The <c>radai</c> commands, their help text and examples.</summary>
internal static class RadaiApp
{
    /// <summary>
    /// Runs radai. With no command at all it prints the usage on standard error and returns
    /// <see cref="ExitCode.BadInput"/>: a pipeline step that lost its arguments must fail, not pass having done nothing.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length > 0) return await Create().RunAsync(args, cancellationToken).ConfigureAwait(false);
        var usage = Create(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
        await usage.RunAsync(["--help"], cancellationToken).ConfigureAwait(false);
        Console.Error.Write("error: no command given. Name one of the commands above, e.g. 'radai validate workspace.json'.\n");
        return (int)ExitCode.BadInput;
    }

    /// <summary>The commands; help and messages go to <paramref name="console"/> (standard output when null).</summary>
    public static CommandApp Create(IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            if (console is not null) config.ConfigureConsole(console);
            config.SetApplicationName("radai");
            config.SetApplicationVersion(Version);
            config.SetExceptionHandler((exception, _) => (int)FailureReport.Write(exception, Console.Error));
            config.Settings.StrictParsing = true;
            config.Settings.TrimTrailingPeriod = false;
            config.SetHelpProvider(new RadaiHelp(config.Settings));
            config.AddExample("validate", "workspace.json", "--fail-on", "warning");
            config.AddExample("render", "workspace.json", "--output", "docs/architecture");
            config.AddExample("export", "workspace.json", "--format", "mermaid", "--output", "diagrams");

            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Checks a workspace JSON file against the Structurizr and RAD-AI inspection rules and prints the findings.")
                .WithExample("validate", "workspace.json")
                .WithExample("validate", "workspace.json", "--fail-on", "warning")
                .WithExample("validate", "workspace.json", "--format", "sarif", ">", "radai.sarif");

            config.AddCommand<RenderCommand>("render")
                .WithDescription("Writes the markdown documentation set of a workspace JSON file into a folder: arc42/C4 and RAD-AI documents, with an index README.md.")
                .WithExample("render", "workspace.json", "--output", "docs/architecture");

            config.AddCommand<SiteCommand>("site")
                .WithDescription("Writes the documentation set of a workspace JSON file as a static website into a folder: an index.html, a page per document with navigation, and the diagrams drawn by a copy of Mermaid shipped with the site (works offline, from file:// and any static host).")
                .WithExample("site", "workspace.json", "--output", "site");

            config.AddCommand<ExportCommand>("export")
                .WithDescription("Exports a workspace JSON file as Structurizr DSL, or each of its views as a Mermaid or C4-PlantUML diagram.")
                .WithExample("export", "workspace.json", "--format", "dsl", "--output", "dsl")
                .WithExample("export", "workspace.json", "--format", "mermaid", "--output", "diagrams")
                .WithExample("export", "workspace.json", "--format", "plantuml");

            config.AddCommand<DiffCommand>("diff")
                .WithDescription("Says what changed in the architecture between two workspace JSON files: C4 elements, relationships and views, each RAD-AI extension, and the gap-analysis, Annex IV and inspection consequences. Exit code 1 when something changed.")
                .WithExample("diff", "before.json", "after.json")
                .WithExample("diff", "base.json", "head.json", "--format", "markdown", "--output", "diff.md");

            config.AddCommand<PushCommand>("push")
                .WithDescription("Uploads a workspace JSON file to a Structurizr server, keeping the layout already there; archives it under .structurizr/archive.")
                .WithExample("push", "workspace.json");

            config.AddCommand<PullCommand>("pull")
                .WithDescription("Downloads the workspace JSON from a Structurizr server into a folder as workspace.json; archives it under .structurizr/archive.")
                .WithExample("pull", "--output", "architecture");
        });
        return app;
    }

    /// <summary>The package version, without the source revision the SDK appends after '+'.</summary>
    public static string Version => LibraryInfo.VersionOf(typeof(RadaiApp).Assembly);
}
