using System.Text.Json;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix;

// Builds the Netflix sample and a custom stereotype, writes the workspace JSON, reads it back with its RAD-AI model,
// renders the documentation, exports the DSL and inspects it, all with reflection-based serialization off. Prints one
// line starting "ok" and exits 0; any failure ends the process with the exception (exit code not 0).
// With a folder as its argument it also writes what a consumer writes there (workspace.json, the documentation set
// under docs/, the website under site/, the inspection report as SARIF): tools/aot-consumer publishes it with Native AOT and checks those files.
if (JsonSerializer.IsReflectionEnabledByDefault)
    throw new InvalidOperationException("Reflection-based serialization is on: the project's switch did not apply.");

var built = NetflixWorkspace.Build();
var llm = built.RadAi().Stereotypes.Register(new Stereotype("LLM", "LLM") { RequiredProperties = [new("provider", "Who hosts it")] });
built.Model.SoftwareSystems[0].AddContainer("Assistant", "Answers questions", "GPT").ApplyStereotype(llm);

var json = WorkspaceJson.Serialize(built);
var read = WorkspaceJson.Deserialize(json);
var ai = RadAiModel.Load(read);
Require(WorkspaceJson.Serialize(read) == json, "the workspace read back is written with other bytes");
Require(ai.Debt.Items.SequenceEqual(built.RadAi().Debt.Items), "the debt register read back differs");
Require(ai.Registry.Models.SequenceEqual(built.RadAi().Registry.Models), "the model registry read back differs");
Require(ai.Decisions.All.SequenceEqual(built.RadAi().Decisions.All), "the AI-ADRs read back differ");
Require(ai.Stereotypes.Custom.SequenceEqual([llm]), "the custom stereotype read back differs");

var documents = new RadAiDocumentation(read).Render();
var dsl = StructurizrDslExporter.Export(read).Workspace;
var report = Inspector.Run(read);
if (args is [var folder])
{
    Directory.CreateDirectory(folder);
    var file = Path.Combine(folder, "workspace.json");
    File.WriteAllText(file, json);
    var written = new RadAiDocumentation(WorkspaceJson.ReadFile(file)).WriteTo(Path.Combine(folder, "docs"));
    // the website too: Markdig and the embedded assets (Mermaid) must work trimmed and compiled ahead of time
    var site = new RadAiDocumentation(WorkspaceJson.ReadFile(file)).WriteSite(Path.Combine(folder, "site"));
    var fromFile = Inspector.RunFile(file);
    Require(fromFile.Findings.Count == report.Findings.Count, "the inspections of the written file differ from those of the model");
    File.WriteAllText(Path.Combine(folder, "radai.sarif"), InspectionFormatter.Format(fromFile, InspectionFormat.Sarif));
    Console.WriteLine($"wrote {file}, {written.Count} documentation files, {site.Count} website files and radai.sarif");
}

Console.WriteLine($"ok: {json.Length} characters of JSON, {ai.Debt.Items.Count} debt items, {documents.Count} documents, {dsl.Length} characters of DSL, {report.Findings.Count} findings");
return 0;

static void Require(bool holds, string failure)
{
    if (!holds) throw new InvalidOperationException(failure);
}
