using RadAi.Dsl.Ai;
using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl.C4;
using RadAi.Dsl.Rendering.Markdown;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

public class ConcurrentRenderingTests
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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void The_failure_thrown_is_that_of_the_earliest_renderer_in_the_catalog_whatever_the_threads(int threads)
    {
        using var secondStarted = new ManualResetEventSlim();
        var ran = new bool[6];
        var renderers = new DocumentRenderer[]
        {
            new Fake(0, ran, () => { if (threads > 1) secondStarted.Wait(TimeSpan.FromSeconds(5)); }),
            new Fake(1, ran, () => { secondStarted.Set(); Thread.Sleep(50); throw new InvalidOperationException("renderer 1"); }),
            new Fake(2, ran),
            new Fake(3, ran, () => throw new InvalidOperationException("renderer 3")),
            new Fake(4, ran),
            new Fake(5, ran),
        };
        var workspace = new Workspace("W");
        var failure = Assert.Throws<InvalidOperationException>(() =>
            ConcurrentRendering.Run(workspace, RadAiModel.Of(workspace), renderers, threads, (r, c) => r.Render(c).ToList()));
        Assert.Equal("renderer 1", failure.Message);
        Assert.True(ran[0] && ran[1]);
        // Renderers are started in catalog order, and none after a failure: with one thread, nothing after renderer 1.
        if (threads == 1) Assert.Equal([true, true, false, false, false, false], ran);
        Assert.False(ran[5] && !ran[4], "a renderer was started before one earlier in the catalog");
    }

    [Fact]
    public void Results_come_back_in_catalog_order_each_thread_with_its_own_context()
    {
        var ran = new bool[40];
        var renderers = Enumerable.Range(0, 40).Select(i => (DocumentRenderer)new Fake(i, ran, () => Thread.Sleep(i % 3))).ToList();
        var workspace = new Workspace("W");
        var contexts = new System.Collections.Concurrent.ConcurrentDictionary<DocumentContext, int>();
        var results = ConcurrentRendering.Run(workspace, RadAiModel.Of(workspace), renderers, 3, (r, c) =>
        {
            contexts.AddOrUpdate(c, Environment.CurrentManagedThreadId, (_, thread) => thread == Environment.CurrentManagedThreadId ? thread : -1);
            return r.Render(c).Single().Path;
        });
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"doc-{i}.md"), results);
        Assert.All(ran, Assert.True);
        Assert.InRange(contexts.Count, 1, 3);
        Assert.DoesNotContain(-1, contexts.Values); // a context is never shared between threads
    }

    private sealed class Fake(int number, bool[] ran, Action? body = null) : DocumentRenderer
    {
        public override DocumentGroup Group => DocumentGroup.Analysis;

        public override IEnumerable<GeneratedDocument> Render(DocumentContext context)
        {
            ran[number] = true;
            body?.Invoke();
            yield return new GeneratedDocument($"doc-{number}.md", $"Doc {number}", string.Empty);
        }
    }
}
