using RadAi.Dsl.Cli;

// Ctrl+C cancels the running command (a push or pull stops its request and retry waits) instead of killing the process.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await RadaiApp.RunAsync(args, cancellation.Token).ConfigureAwait(false);
