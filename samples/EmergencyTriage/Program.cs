using System.CommandLine;
using RadAi.Dsl.Samples.EmergencyTriage.Cli;

// dotnet run --project samples/EmergencyTriage -- [--output DIR]
// Exit codes as the radai tool's (README, "Exit codes"): 0 done, 2 bad command line or output folder, 70 a bug.
const int InternalError = 70;
var parsed = TriageCommandLine.Create().Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine("error: " + error.Message);
    Console.Error.WriteLine("Run with --help for the options.");
    return GenerateCommand.BadInput;
}
try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // generate reports the failures it expects; anything else is a bug, said in one line rather than a stack trace
    Console.Error.WriteLine($"error: the sample failed unexpectedly ({e.GetType().Name}): {e.Message} Please report this with the command line you ran.");
    return InternalError;
}
