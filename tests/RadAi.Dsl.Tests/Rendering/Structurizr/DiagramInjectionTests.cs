using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

/// <summary>
/// Model text lands in exported Mermaid and PlantUML as literal text: no line break or control character of a name,
/// title or key starts a line of its own, so no directive, front matter, comment or command written in the model is
/// read as one. The real parsers take them too (see <see cref="DiagramCheckOutput"/>).
/// </summary>
public sealed class DiagramInjectionTests
{
    [Fact]
    public void Hostile_model_text_cannot_add_a_line_to_an_exported_mermaid_diagram()
    {
        var diagrams = MermaidExporter.Export(WorkspaceJson.Deserialize(HostileDiagramText.JsonWithHostileKeys()));
        DiagramCheckOutput.Keep("hostile-mermaid", ".mmd", diagrams);
        Assert.Equal(8, diagrams.Count);
        foreach (var diagram in diagrams)
        {
            var lines = diagram.Definition.Split('\n');
            Assert.DoesNotContain(lines, line => line.Any(HostileDiagramText.BreaksALine));
            // the front matter is the first three lines, the title one line of it
            Assert.Equal("---", lines[0]);
            Assert.StartsWith("title: \"", lines[1], StringComparison.Ordinal);
            Assert.EndsWith("\"", lines[1], StringComparison.Ordinal);
            Assert.Equal("---", lines[2]);
            Assert.StartsWith("flowchart ", lines[3], StringComparison.Ordinal);
            Assert.DoesNotContain(lines.Skip(3), line => line.TrimStart().StartsWith("%%", StringComparison.Ordinal) || line == "---");
            // outside the front matter, no model text can form a directive anywhere (Mermaid looks for them everywhere)
            Assert.DoesNotContain("%%{", string.Join('\n', lines.Skip(3)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Hostile_model_text_cannot_add_a_line_to_an_exported_plantuml_diagram()
    {
        var diagrams = PlantUmlExporter.Export(WorkspaceJson.Deserialize(HostileDiagramText.JsonWithHostileKeys()));
        DiagramCheckOutput.Keep("hostile-plantuml", ".puml", diagrams);
        Assert.Equal(8, diagrams.Count);
        foreach (var diagram in diagrams)
        {
            var lines = diagram.Definition.TrimEnd('\n').Split('\n');
            Assert.DoesNotContain(lines, line => line.Any(HostileDiagramText.BreaksALine));
            Assert.Equal("@startuml", lines[0]);
            Assert.StartsWith("!include <C4/", lines[1], StringComparison.Ordinal);
            Assert.Equal("@enduml", lines[^1]);
            Assert.StartsWith("title ", Assert.Single(lines, l => l.StartsWith("title", StringComparison.Ordinal)), StringComparison.Ordinal);
            foreach (var line in lines[2..^1].Select(l => l.TrimStart()))
                Assert.False(line.StartsWith('@') || line.StartsWith('!') || line.StartsWith('\'') || line.StartsWith("end", StringComparison.Ordinal), line);
        }
    }

    [Fact]
    public void Hostile_model_text_cannot_add_a_line_to_a_mermaid_diagram_of_the_documentation()
    {
        var documents = new RadAiDocumentation(WorkspaceJson.Deserialize(HostileDiagramText.JsonWithHostileKeys())).Render();
        var blocks = 0;
        foreach (var document in documents)
        {
            DiagramCheckOutput.Keep("hostile-documents", document.Path, document.Content);
            var lines = document.Content.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i] != "```mermaid") continue;
                blocks++;
                for (i++; lines[i] != "```"; i++)
                {
                    Assert.False(lines[i].Any(HostileDiagramText.BreaksALine), $"{document.Path}: {lines[i]}");
                    Assert.False(lines[i].TrimStart().StartsWith("%%", StringComparison.Ordinal), $"{document.Path}: {lines[i]}");
                    Assert.DoesNotContain("%%{", lines[i], StringComparison.Ordinal);
                }
            }
        }
        // the context, container, building block, context scope and runtime documents each draw the hostile model
        Assert.True(blocks >= 5, $"only {blocks} Mermaid blocks");
    }
}
