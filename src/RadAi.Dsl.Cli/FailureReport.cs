using RadAi.Dsl;
using RadAi.Dsl.Client;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli;

/// <summary>
/// Turns what stopped a command into one or two plain lines on standard error and an exit code. Never prints a stack
/// trace: the messages of the library's exceptions already say what is wrong and how to fix it. Messages quote servers
/// and models, so they are printed through <see cref="TerminalText"/>. Exit 70 is kept for bugs in radai: every
/// exception the library documents for bad input is bad input here.
/// </summary>
internal static class FailureReport
{
    public static ExitCode Write(Exception exception, TextWriter error)
    {
        var (code, message) = Classify(exception);
        error.Write("error: " + TerminalText.Line(message.TrimEnd()) + "\n");
        if (code == ExitCode.BadInput && exception is CommandParseException or CommandRuntimeException)
            error.Write("Run 'radai --help' or 'radai COMMAND --help' for the commands and their options.\n");
        return code;
    }

    private static (ExitCode Code, string Message) Classify(Exception exception) => exception switch
    {
        BadInputException e => (ExitCode.BadInput, e.Message),
        WorkspaceJsonException e => (ExitCode.BadInput, e.Message),
        RadAiConventionException e => (ExitCode.BadInput, e.Message),
        StructurizrConfigurationException e => (ExitCode.BadInput, e.Message),
        StructurizrApiException e => (ExitCode.ServerFailure, e.Message),
        HttpRequestException e => (ExitCode.ServerFailure, "The Structurizr server could not be reached: " + ConnectionFailure.Describe(e, null) + "."),
        OperationCanceledException => (ExitCode.Cancelled, "Cancelled."),
        CommandParseException or CommandRuntimeException => (ExitCode.BadInput, exception.Message),
        // a bug in radai or the library: the type helps a bug report, a stack trace would only frighten a CI log
        _ => (ExitCode.InternalError, $"radai failed unexpectedly ({exception.GetType().Name}): {exception.Message} Please report this with the command line you ran."),
    };
}
