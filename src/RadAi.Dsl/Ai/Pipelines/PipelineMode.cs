namespace RadAi.Dsl;

/// <summary>How a pipeline processes data.</summary>
public enum PipelineMode
{
    /// <summary>Scheduled batch runs.</summary>
    Batch,
    /// <summary>Continuous streaming.</summary>
    Streaming,
    /// <summary>Streaming and batch parts.</summary>
    Hybrid,
    /// <summary>Runs when an event or signal arrives.</summary>
    EventDriven,
}
