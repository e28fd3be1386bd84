using RadAi.Dsl.Samples.EmergencyTriage.Cli;

// dotnet run --project samples/EmergencyTriage -- [--output DIR]
return await TriageCommandLine.Create().Parse(args).InvokeAsync();
