using System.Reflection;
using RadAi.Dsl.Cli.Commands;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli;

/// <summary>The <c>radai</c> commands, their help text and examples.</summary>
internal static class RadaiApp
{
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
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

            config.AddCommand<ExportCommand>("export")
                .WithDescription("Exports a workspace JSON file as Structurizr DSL, or each of its views as a Mermaid or C4-PlantUML diagram.")
                .WithExample("export", "workspace.json", "--format", "dsl", "--output", "dsl")
                .WithExample("export", "workspace.json", "--format", "mermaid", "--output", "diagrams")
                .WithExample("export", "workspace.json", "--format", "plantuml");

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
    public static string Version
    {
        get
        {
            var informational = typeof(RadaiApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus >= 0 ? informational[..plus] : informational;
        }
    }
}
