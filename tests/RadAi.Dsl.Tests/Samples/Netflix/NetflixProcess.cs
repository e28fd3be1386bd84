using System.Diagnostics;
using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>What one run of the sample returned.</summary>
internal sealed record NetflixRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs the built sample as a user would (<c>dotnet RadAi.Dsl.Samples.Netflix.dll …</c>), with no STRUCTURIZR_* variable inherited.</summary>
internal static class NetflixProcess
{
    private static readonly string[] StructurizrVariables =
    [
        StructurizrClientOptions.UrlVariable, StructurizrClientOptions.WorkspaceIdVariable,
        StructurizrClientOptions.ApiKeyVariable, StructurizrClientOptions.ApiSecretVariable,
    ];

    public static NetflixRun Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
        => RunSample(SampleDll("Netflix", "RadAi.Dsl.Samples.Netflix"), workingDirectory, environment, args);

    /// <summary>Runs the other sample, samples/EmergencyTriage, the same way.</summary>
    public static NetflixRun RunEmergencyTriage(string workingDirectory, params string[] args)
        => RunSample(SampleDll("EmergencyTriage", "RadAi.Dsl.Samples.EmergencyTriage"), workingDirectory, new Dictionary<string, string>(), args);

    private static NetflixRun RunSample(string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in StructurizrVariables) start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The sample did not finish within 2 minutes.");
        }
        return new NetflixRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A sample's own build output (built with the test project, same configuration).</summary>
    private static string SampleDll(string folder, string assembly)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoPaths.Root, "samples", folder, "bin", configuration, "net10.0", assembly + ".dll");
        Assert.True(File.Exists(dll), $"Build the sample first: {dll} is missing.");
        return dll;
    }
}
