using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Sections;

/// <summary>
/// E3: streaming (Flink) and batch (Spark) side by side, aspect by aspect. Freshness and scale are also typed on the
/// pipelines; the other aspects have no field.
/// </summary>
internal static class PipelineSections
{
    public static void AddTo(RadAiModel ai)
        => ai.Sections.Add(DocumentId.DataPipelines, new UserSection
        {
            Title = "Streaming and batch compared",
            Table = new UserTable
            {
                Header = ["Aspect", "Streaming (Flink)", "Batch (Spark)"],
                Rows =
                [
                    ["Freshness", "sub-second to seconds", "hours to a day"],
                    ["Use case", "real-time serving: what to show now", "training data: patterns over time"],
                    ["Scale", "15,000+ concurrent jobs, 60+ PB a day", "nightly scheduled runs, petabytes each"],
                    ["State management", "Flink managed state on RocksDB", "stateless transformations of immutable data"],
                    ["Failure recovery", "from checkpoint (< 30s)", "restart from the last stage that succeeded"],
                    ["Cost model", "resources allocated continuously", "resources in bursts during scheduled windows"],
                ],
            },
        });
}
