using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

public class ParallelDocumentationTests
{
    // A new model per rendering: the parts a model makes on first use (stored registers, indexes, tag lists) are then
    // made by concurrent renderers, which is where a race would show.
    public static TheoryData<string> Models => ["rich", "netflix-scale"];

    private static Workspace Build(string model) => model == "rich" ? RadAi.Dsl.Tests.Ai.RichModel.Build() : NetflixScaleWorkspace.Generate(7, 3_000);

    [Theory]
    [MemberData(nameof(Models))]
    public void The_set_rendered_on_many_threads_is_the_bytes_of_the_set_rendered_on_one(string model)
    {
        var expected = new RadAiDocumentation(Build(model)) { MaxDegreeOfParallelism = 1 }.Render().Select(d => (d.Path, d.Content)).ToList();
        for (var run = 0; run < 4; run++)
        {
            var parallel = new RadAiDocumentation(Build(model)) { MaxDegreeOfParallelism = 8 }.Render();
            Assert.Equal(expected, parallel.Select(d => (d.Path, d.Content)));
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_folder_written_on_many_threads_holds_the_bytes_of_the_set_rendered_on_one(string model)
    {
        var expected = new RadAiDocumentation(Build(model)) { MaxDegreeOfParallelism = 1 }.Render();
        var folder = Path.Combine(Path.GetTempPath(), "radai-parallel-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = new RadAiDocumentation(Build(model)) { MaxDegreeOfParallelism = 8 }.WriteTo(folder);
            Assert.Equal(expected.Select(d => Path.Combine(folder, d.Path.Replace('/', Path.DirectorySeparatorChar))), written);
            foreach (var document in expected)
                Assert.Equal(document.Content, File.ReadAllText(Path.Combine(folder, document.Path)));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_default_degree_is_the_processor_count_and_less_than_one_is_refused()
    {
        var workspace = new Workspace("Empty");
        Assert.Equal(Environment.ProcessorCount, new RadAiDocumentation(workspace).MaxDegreeOfParallelism);
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new RadAiDocumentation(workspace) { MaxDegreeOfParallelism = 0 });
        Assert.Equal("value", refused.ParamName);
    }

    [Fact]
    public void A_folder_that_cannot_be_written_fails_with_the_IO_error_itself_not_an_aggregate()
    {
        var file = Path.GetTempFileName();
        try
        {
            // A file where the folder should be: every renderer fails to create its folder.
            Assert.ThrowsAny<IOException>(() => new RadAiDocumentation(RadAi.Dsl.Tests.Ai.RichModel.Build()) { MaxDegreeOfParallelism = 4 }.WriteTo(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
