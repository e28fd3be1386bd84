using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Tests.Inspections;

public class ParallelInspectionTests
{
    private static string Json(InspectionReport report) => InspectionFormatter.Format(report, InspectionFormat.Json);

    // A new model per run: what a model makes on first use (stored registers, indexes, tag lists) is then made by rules
    // running at once, which is where a race would show.
    [Fact]
    public void Rules_run_on_many_threads_report_what_they_report_on_one()
    {
        static Workspace Model() => NetflixScaleWorkspace.Generate(11, 3_000);
        var expected = Json(Inspector.Run(Model(), new InspectorOptions { MaxDegreeOfParallelism = 1 }));
        Assert.Contains("RADAI", expected, StringComparison.Ordinal); // the model has findings of RAD-AI rules
        for (var run = 0; run < 4; run++)
            Assert.Equal(expected, Json(Inspector.Run(Model(), new InspectorOptions { MaxDegreeOfParallelism = 8 })));
    }

    [Fact]
    public void Inspecting_JSON_on_many_threads_reports_what_it_reports_on_one()
    {
        var json = WorkspaceJson.SerializeToUtf8Bytes(RadAi.Dsl.Tests.Ai.RichModel.Build());
        var expected = Json(Inspector.RunJson(json, new InspectorOptions { MaxDegreeOfParallelism = 1 }));
        Assert.Equal(expected, Json(Inspector.RunJson(json, new InspectorOptions { MaxDegreeOfParallelism = 8 })));
    }

    [Fact]
    public void The_default_degree_is_the_processor_count_less_than_one_is_refused_and_a_copy_for_a_file_keeps_it()
    {
        Assert.Equal(Environment.ProcessorCount, new InspectorOptions().MaxDegreeOfParallelism);
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new InspectorOptions { MaxDegreeOfParallelism = 0 });
        Assert.Equal("value", refused.ParamName);
        var copy = new InspectorOptions { MaxDegreeOfParallelism = 1 }.WithSource("workspace.json"); // what RunFile does
        Assert.Equal((1, "workspace.json"), (copy.MaxDegreeOfParallelism, copy.Source));
    }
}
