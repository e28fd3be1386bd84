using RadAi.Dsl.Inspections;
using RadAi.Dsl;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary><c>radai validate</c>: inspects a workspace JSON file and writes the report to standard output.</summary>
internal sealed class ValidateCommand : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        InspectionReport report;
        try
        {
            report = TerminalProgress.Run($"Inspecting {settings.Workspace}", () => Inspector.RunFile(settings.Workspace));
        }
        catch (WorkspaceJsonException e)
        {
            throw new BadInputException(e.Message, e);
        }
        StandardOutput.Write(InspectionFormatter.Format(report, settings.ReportFormat));
        return InspectionExitCode.For(report, settings.Threshold);
    }
}
