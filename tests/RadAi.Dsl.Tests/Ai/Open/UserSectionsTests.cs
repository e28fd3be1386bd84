using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai.Open;

public class UserSectionsTests
{
    [Fact]
    public void The_sections_of_a_document_are_kept_in_order_of_addition()
    {
        var ai = OpenRecordsModel.Build().RadAi();

        Assert.Equal(["Escalation contacts", "Open questions"], ai.Sections.Of(DocumentId.AiBoundaryDelineation).Select(s => s.Title));
        Assert.Empty(ai.Sections.Of(DocumentId.ModelRegistry));
        Assert.Equal(3, ai.Sections.Count);
    }

    [Fact]
    public void A_table_row_of_another_length_than_the_header_is_refused()
    {
        var ai = OpenRecordsModel.Build().RadAi();

        var error = Assert.Throws<ArgumentException>(() => ai.Sections.Add(DocumentId.ModelRegistry, new UserSection
        {
            Title = "Scale", Table = new UserTable { Header = ["Metric", "Value"], Rows = [["ML projects"]] },
        }));

        Assert.Contains("table row 0 has 1 cells but the header has 2", error.Message);
        Assert.Equal(3, ai.Sections.Count);
    }

    [Fact]
    public void A_section_without_a_title_or_with_a_fenced_diagram_is_refused()
    {
        var ai = OpenRecordsModel.Build().RadAi();

        Assert.Throws<ArgumentException>(() => ai.Sections.Add(DocumentId.Index, new UserSection { Title = " " }));
        var fenced = Assert.Throws<ArgumentException>(() => ai.Sections.Add(DocumentId.Index, new UserSection { Title = "Flow", Mermaid = "```mermaid\nflowchart LR\n```" }));
        Assert.Contains("code fence", fenced.Message);
    }
}
