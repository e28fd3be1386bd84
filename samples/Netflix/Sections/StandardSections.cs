using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Sections;

/// <summary>
/// What the example's standard arc42 documents state beyond the C4 model: the external interfaces of §3, and in §5 the
/// platform's layers and the parts of its own tools.
/// </summary>
/// <remarks>
/// The containers carry one group each, and the sample keeps the RAD-AI container diagram's grouping (AI Models, Data
/// Infrastructure, ML Operations, Operational AI, Storage) because the RAD-AI diagrams are drawn from it; the standard
/// building block view layers the same platform differently, so its layers are a table here, not a second grouping.
/// The parts of Metaflow, Maestro, data processing and serving are listed, not modelled as components: only the Maestro
/// scheduler and signal service take part in any relationship or diagram of the example, and they are components.
/// </remarks>
internal static class StandardSections
{
    public static void AddTo(RadAiModel ai)
    {
        ai.Sections.Add(DocumentId.ContextAndScope, new UserSection
        {
            Title = "External interfaces",
            Prose = "The interfaces through which people and neighbouring systems reach the platform, and the platform reaches them.",
            Table = new UserTable
            {
                Header = ["Interface", "Technology", "Direction", "Protocol", "Used for"],
                Rows =
                [
                    ["Metaflow client API", "Python SDK", "inbound", "Python API", "data scientists write and run ML workflows"],
                    ["Maestro REST API", "REST/HTTP", "inbound", "JSON over HTTPS", "scheduling, triggering and managing workflows"],
                    ["Model serving endpoints", "REST/HTTP", "outbound", "JSON over HTTPS", "predictions for product microservices"],
                    ["Kafka topics", "Apache Kafka", "inbound", "Avro/Protobuf", "member interaction events in, predictions out"],
                    ["S3 storage", "AWS S3", "both ways", "S3 API", "model artifacts, training data, experiment logs"],
                    ["Hive metastore", "Hive/Spark SQL", "both ways", "JDBC/Thrift", "structured data for training and batch inference"],
                    ["Spinnaker pipelines", "REST/HTTP", "outbound", "JSON over HTTPS", "starting deployment pipelines for model updates"],
                    ["Monitoring APIs", "Prometheus/Grafana", "outbound", "PromQL", "model and infrastructure metrics"],
                ],
            },
        });

        ai.Sections.Add(DocumentId.BuildingBlockView, new UserSection
        {
            Title = "Platform layers",
            Prose = "The platform seen as layers rather than as the containers' groups.",
            Table = new UserTable
            {
                Header = ["Layer", "Responsibility", "Technology"],
                Rows =
                [
                    ["Metaflow", "defining and running ML workflows; managing artifacts", "Python framework"],
                    ["Maestro", "orchestration, scheduling and event-driven triggers", "Java service"],
                    ["Data Processing Layer", "ingesting and transforming data; computing features", "Apache Flink, Apache Spark"],
                    ["Model Training Infrastructure", "distributed training on GPU and CPU clusters", "PyTorch, TensorFlow, Horovod"],
                    ["Model Serving Layer", "real-time and batch inference", "Metaflow Hosting (REST), batch inference"],
                    ["Experimentation Platform", "A/B tests: allocation and analysis", "ABlaze, Ignite"],
                    ["Storage Layer", "data lake, model artifacts, feature data", "S3, Hive, Cassandra"],
                    ["Monitoring and Observability", "platform and model metrics; alerting", "Prometheus, Grafana, internal tools"],
                ],
            },
        });
        Parts(ai, "Parts of Metaflow",
        [
            ["Flow DSL", "Python decorators that declare workflow steps and how they depend on each other"],
            ["Client Library", "local runs, prototyping experiments, notebooks"],
            ["Metadata Service", "records flow runs, step executions and artifacts"],
            ["Datastore", "keeps artifacts (models, datasets, metrics) in S3"],
            ["Configuration Service", "configuration of flows at run time"],
        ]);
        Parts(ai, "Parts of Maestro",
        [
            ["Workflow Engine", "runs workflow DAGs and the dependencies between steps"],
            ["Scheduler", "starts workflows by time and by event"],
            ["Signal Service", "publish-subscribe signals between workflows"],
            ["Resource Manager", "shares compute among workflows"],
            ["UI/API", "web interface and REST API for managing workflows"],
        ]);
        Parts(ai, "Parts of data processing",
        [
            ["Flink Jobs (15,000+)", "real-time stream processing, feature computation, transformation"],
            ["Spark Jobs", "batch ETL, historical processing, preparing training data"],
            ["Kafka Connect", "source and sink connectors for integrating data"],
            ["Schema Registry", "schemas of the data streams, and their validation"],
        ]);
        Parts(ai, "Parts of model serving",
        [
            ["Metaflow Hosting", "REST model endpoints that scale automatically, down to zero"],
            ["Batch Inference", "batch prediction pipelines scheduled by Maestro"],
            ["Model Registry", "versions and artifacts, stored in S3"],
            ["Feature Retrieval", "looks up features to add to a request at inference time"],
        ]);
    }

    private static void Parts(RadAiModel ai, string title, EquatableList<EquatableList<string>> rows)
        => ai.Sections.Add(DocumentId.BuildingBlockView, new UserSection
        {
            Title = title,
            Table = new UserTable { Header = ["Part", "Responsibility"], Rows = rows },
        });
}
