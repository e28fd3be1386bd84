using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace RadAi.Dsl.Tests.Cli;

/// <summary>What one run of the radai tool returned.</summary>
public sealed record RadaiResult(int ExitCode, string StdOut, string StdErr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>
/// Runs the radai tool as a separate process (<c>dotnet radai.dll ...</c>), built by the test project's ProjectReference
/// in the same configuration; its path is recorded at build time in the test assembly's metadata.
/// </summary>
internal static class RadaiProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string DllPath
    {
        get
        {
            var path = typeof(RadaiProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RadaiCliPath")?.Value;
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
                throw new InvalidOperationException($"radai.dll not found at '{path}'; build the test project (it builds src/RadAi.Dsl.Cli first).");
            return path;
        }
    }

    /// <summary>Runs radai with <paramref name="args"/>. No STRUCTURIZR_* variable is inherited; <paramref name="environment"/> adds some.</summary>
    public static async Task<RadaiResult> RunAsync(IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(DllPath);
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("STRUCTURIZR_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"radai {string.Join(' ', args)} did not finish within {Limit}.");
        }
        return new RadaiResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<RadaiResult> RunAsync(params string[] args) => RunAsync((IEnumerable<string>)args);
}
