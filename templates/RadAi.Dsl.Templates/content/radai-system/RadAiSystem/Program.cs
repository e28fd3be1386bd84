using RadAi.Dsl.Inspections;
using RadAi.Dsl.Rendering;
using RadAiSystem;

// dotnet run [-- OUTPUT-FOLDER]: writes the documentation set, prints the inspections, exits 1 when one finds an error.
var output = args is [var folder] ? folder : "architecture";
var workspace = Architecture.Build();
var written = new RadAiDocumentation(workspace).WriteTo(output);
Console.WriteLine($"Wrote {written.Count} files to {output}/ (start with {output}/README.md).");

var report = Inspector.Run(workspace);
Console.Write(InspectionFormatter.Format(report, InspectionFormat.Text));
return InspectionExitCode.For(report, InspectionSeverity.Error);
