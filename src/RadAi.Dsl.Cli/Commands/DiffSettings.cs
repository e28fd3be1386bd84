using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary>The arguments and options of <c>radai diff</c>.</summary>
internal sealed class DiffSettings : CommandSettings
{
    [CommandArgument(0, "<BEFORE>")]
    [Description("The workspace JSON file before the change (e.g. built from the pull request's base).")]
    public string Before { get; set; } = string.Empty;

    [CommandArgument(1, "<AFTER>")]
    [Description("The workspace JSON file after the change (e.g. built from the pull request's head).")]
    public string After { get; set; } = string.Empty;

    [CommandOption("-f|--format <FORMAT>")]
    [Description("How to write the diff: text (for a terminal), markdown (for a pull-request comment) or json (for scripts).")]
    [DefaultValue("text")]
    public string Format { get; set; } = "text";

    [CommandOption("-o|--output <FILE>")]
    [Description("The file to write the diff to. Without it, the diff is printed to standard output.")]
    public string? Output { get; set; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Before)) return ValidationResult.Error("BEFORE is empty: name the workspace JSON file before the change.");
        if (string.IsNullOrWhiteSpace(After)) return ValidationResult.Error("AFTER is empty: name the workspace JSON file after the change.");
        if (Format.ToUpperInvariant() is not ("TEXT" or "MARKDOWN" or "JSON"))
            return ValidationResult.Error($"--format: '{Format}' is not a diff format. Use text, markdown or json.");
        if (Output is not null && string.IsNullOrWhiteSpace(Output))
            return ValidationResult.Error("--output is empty: name a file, or leave the option out to print to standard output.");
        return ValidationResult.Success();
    }
}
