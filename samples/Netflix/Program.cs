using RadAi.Dsl.Samples.Netflix.Cli;

// dotnet run --project samples/Netflix -- [generate] [--output DIR] | push | pull [--output DIR]
return await NetflixCommandLine.Create().Parse(args).InvokeAsync();
