using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>
/// The library works where System.Text.Json may not reflect over types (trimmed and Native AOT applications,
/// file-based apps): tests/RadAi.Dsl.ReflectionFree, built with reflection-based serialization off, runs the Netflix
/// sample through JSON, the RAD-AI model, the documentation, the DSL and the inspections in a process of its own.
/// </summary>
public class ReflectionFreeTests
{
    [Fact]
    public async Task The_sample_round_trips_renders_and_inspects_with_reflection_based_serialization_off()
    {
        var app = typeof(ReflectionFreeTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ReflectionFreeAppPath").Value;
        Assert.True(File.Exists(app), $"The reflection-free app is not built at '{app}'.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(app!);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{await stdout}\n{await stderr}");
        Assert.StartsWith("ok: ", await stdout, StringComparison.Ordinal);
    }
}
