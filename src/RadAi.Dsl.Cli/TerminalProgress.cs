using Spectre.Console;

namespace RadAi.Dsl.Cli;

/// <summary>
/// A spinner on standard error while long work runs, shown only when standard error is a terminal; in pipelines
/// and redirected output nothing is drawn, so logs stay plain.
/// </summary>
internal static class TerminalProgress
{
    public static bool IsShown => !Console.IsErrorRedirected;

    public static async Task<T> RunAsync<T>(string status, Func<Task<T>> work)
    {
        if (!IsShown) return await work().ConfigureAwait(false);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Status().StartAsync(Markup.Escape(TerminalText.Line(status)), _ => work()).ConfigureAwait(false);
    }

    public static T Run<T>(string status, Func<T> work)
        => IsShown ? RunAsync(status, () => Task.Run(work)).GetAwaiter().GetResult() : work();
}
