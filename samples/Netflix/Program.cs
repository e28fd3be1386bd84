using System.CommandLine;
using RadAi.Dsl.Samples.Netflix.Cli;

// dotnet run --project samples/Netflix -- [generate] [--output DIR] | push | pull [--output DIR]
// Exit codes as the radai tool's (README, "Exit codes"): 0 done, 2 bad command line or input, 3 server, 70 a bug.
var parsed = NetflixCommandLine.Create().Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine("error: " + error.Message);
    Console.Error.WriteLine("Run with --help for the commands and their options.");
    return ExitCodes.BadInput;
}
try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // the commands report every failure they expect; anything else is a bug, said in one line rather than a stack trace
    Console.Error.WriteLine($"error: the sample failed unexpectedly ({e.GetType().Name}): {e.Message} Please report this with the command line you ran.");
    return ExitCodes.InternalError;
}
