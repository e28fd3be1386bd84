// Says whether the assemblies of an installed radai carry ReadyToRun code (issue 22: the tool ships compiled code on
// the platforms it is built for, and portable IL elsewhere). Usage: dotnet run --file check.cs -- readytorun|il <folder>
// Every managed .dll in the folder must be as expected; exit 1 names those that are not, 2 on bad arguments.
using System.Reflection.PortableExecutable;

if (args is not [var expected and ("readytorun" or "il"), var folder] || !Directory.Exists(folder))
{
    Console.Error.WriteLine("usage: dotnet run --file check.cs -- readytorun|il <folder with the tool's assemblies>");
    return 2;
}
var checkedCount = 0;
var wrong = new List<string>();
foreach (var file in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
{
    using var stream = File.OpenRead(file);
    using var pe = new PEReader(stream);
    if (!pe.HasMetadata) continue;
    // A ReadyToRun image has a managed native header: the precompiled code's table of contents.
    var readyToRun = pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    checkedCount++;
    if (readyToRun != (expected == "readytorun")) wrong.Add($"{Path.GetFileName(file)} ({(readyToRun ? "ReadyToRun" : "IL only")})");
}
if (checkedCount == 0)
{
    Console.Error.WriteLine($"readytorun-check: no managed assembly in {folder}");
    return 1;
}
if (wrong.Count > 0)
{
    Console.Error.WriteLine($"readytorun-check: expected {expected} in {folder}, but: {string.Join(", ", wrong)}");
    return 1;
}
Console.WriteLine($"readytorun-check: {checkedCount} assemblies in {folder}, all {(expected == "readytorun" ? "ReadyToRun" : "IL only")}");
return 0;
